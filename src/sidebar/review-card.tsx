/**
 * The leadership review in the Readiness view: the stage, who agreed the evidence is complete
 * (and the button to agree), the targeted actions with Add evidence for one (anyone) and Mark
 * done (the manager), and for the manager the review's date and its decision. Every write is a
 * dated line in the Doc's review section, readable without the add-on.
 */
import {useId, useState} from 'preact/hooks';
import type {IsoDate, SidebarState} from '../contract';
import type {TargetedAction} from '../core/report';
import {openActions, stageSentence} from '../core/review';
import {ActionButton} from './controls';
import {
  addActionEvidence,
  markActionDone,
  recordReviewOutcome,
  recordSignOff,
  scheduleReview,
} from './completion-actions';
import {AddButtons} from './entry-controls';
import {AGREE_ID} from './focus-targets';
import {formatDate} from './format';
import {PROGRAM} from './program-view';
import {RoleNeeded} from './role';

export function ReviewCard({state}: {state: SidebarState}) {
  const headingId = useId();
  const {completion} = state.report;
  const {role, today} = state;
  const decided = completion.stage === 'accepted';
  const canAgree =
    role !== null &&
    completion.agreed[role] === null &&
    !decided &&
    completion.stage !== 'actions-requested';
  const manager = role === 'manager';
  const deciding =
    completion.stage === 'ready-to-share' || completion.stage === 'in-review';
  return (
    <section class="card review" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Leadership review
      </h2>
      <p class="stage" data-stage={completion.stage}>
        Stage:{' '}
        <strong>
          {stageSentence(completion, date => formatDate(date, today))}
        </strong>
      </p>
      <h3 class="subhead">Both agree the evidence is complete</h3>
      <ul class="sign-offs">
        {PROGRAM.roles.map(({id, label}) => {
          const agreed = completion.agreed[id];
          return (
            <li key={id} data-agreed={agreed !== null}>
              {label}:{' '}
              {agreed ? `agreed on ${formatDate(agreed, today)}` : 'not yet'}
            </li>
          );
        })}
      </ul>
      {!decided && (
        <RoleNeeded>
          Agreeing, and the review's date and decision, show once you say who
          you are.
        </RoleNeeded>
      )}
      {canAgree && (
        <div class="button-row">
          <ActionButton
            variant="secondary"
            id={AGREE_ID}
            action={recordSignOff()}
          >
            I believe the evidence is complete
          </ActionButton>
        </div>
      )}
      <TargetedActions state={state} />
      {manager && deciding && <ReviewDateForm today={today} />}
      {manager && deciding && <OutcomeForm />}
    </section>
  );
}

/** '(done: evidence recorded on 18 Dec)', '(marked done on 20 Dec)' or '(open)'. */
function actionState(action: TargetedAction, today: IsoDate): string {
  const on = action.doneOn ? ` on ${formatDate(action.doneOn, today)}` : '';
  switch (action.done) {
    case 'evidence':
      return `(done: evidence recorded${on})`;
    case 'marked':
      return `(marked done${on})`;
    default:
      return '(open)';
  }
}

function TargetedActions({state}: {state: SidebarState}) {
  const {completion} = state.report;
  if (completion.actions.length === 0) return null;
  const open = openActions(completion);
  return (
    <>
      <h3 class="subhead">Targeted actions</h3>
      <ul class="actions-list">
        {completion.actions.map(action => (
          <li key={action.text} data-done={action.done ?? 'open'}>
            <span>{action.text}</span>{' '}
            <span class="facts-minor">{actionState(action, state.today)}</span>
            {!action.done && state.role === 'manager' && (
              <ActionButton
                variant="link"
                action={markActionDone(action.text)}
                label={`Mark done: ${action.text}`}
              >
                Mark done
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      {open.length > 0 && (
        <ActionEvidenceForm actions={open.map(action => action.text)} />
      )}
    </>
  );
}

/**
 * Add evidence for an open action, under the area it belongs to (the entry names the action).
 * `initialAction`: the action chosen when the form opens (else the first).
 */
export function ActionEvidenceForm({
  actions,
  initialAction = '',
  onAdded,
}: {
  actions: readonly string[];
  initialAction?: string;
  /** After the entry is added. */
  onAdded?: () => void;
}) {
  const id = useId();
  const areas = PROGRAM.sections.filter(section => section.isArea);
  const [chosenAction, setAction] = useState(initialAction);
  const [chosenArea, setArea] = useState('');
  const action = actions.includes(chosenAction) ? chosenAction : actions[0];
  const area = areas.find(section => section.id === chosenArea) ?? areas[0];
  const kind = area?.kinds[0]?.id;
  if (!area || !kind || action === undefined) return null;
  return (
    <div class="add-form action-evidence">
      <div class="field">
        <label for={`${id}-action`}>Targeted action</label>
        <select
          id={`${id}-action`}
          value={action}
          onChange={event => setAction(event.currentTarget.value)}
        >
          {actions.map(text => (
            <option key={text} value={text}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-area`}>Area it belongs to</label>
        <select
          id={`${id}-area`}
          value={area.id}
          onChange={event => setArea(event.currentTarget.value)}
        >
          {areas.map(section => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>
      </div>
      <AddButtons
        label="Add evidence"
        name={`Add evidence for targeted action: ${action}`}
        action={role => ({
          ...addActionEvidence(area.id, kind, action, role),
          onSuccess: () => onAdded?.(),
        })}
      />
    </div>
  );
}

function ReviewDateForm({today}: {today: string}) {
  const id = useId();
  const [date, setDate] = useState('');
  return (
    <div class="add-form">
      <div class="field">
        <label for={`${id}-date`}>Leadership review date</label>
        <input
          id={`${id}-date`}
          type="date"
          min={today}
          value={date}
          onInput={event => setDate(event.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <ActionButton
          variant="secondary"
          action={scheduleReview(date)}
          unavailable={!/^\d{4}-\d{2}-\d{2}$/.test(date)}
        >
          Record review date
        </ActionButton>
      </div>
    </div>
  );
}

/**
 * The leadership group's decision. Nothing is chosen until the manager picks one: a decision
 * recorded by a stray click on a pre-selected "Accepted" would close the program by accident.
 */
function OutcomeForm() {
  const id = useId();
  const [outcome, setOutcome] = useState<'accepted' | 'further-actions' | null>(
    null,
  );
  const [actions, setActions] = useState('');
  const lines = actions
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '');
  return (
    <div class="add-form">
      <fieldset class="field">
        <legend>The leadership group's decision</legend>
        {(
          [
            ['accepted', 'Accepted'],
            ['further-actions', 'Further targeted actions'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {outcome === 'further-actions' && (
        <div class="field">
          <label for={`${id}-actions`}>Targeted actions, one per line</label>
          <textarea
            id={`${id}-actions`}
            rows={4}
            value={actions}
            onInput={event => setActions(event.currentTarget.value)}
          />
        </div>
      )}
      <div class="button-row">
        {outcome === null ? (
          <>
            <button
              type="button"
              class="btn btn-primary"
              disabled
              aria-describedby={`${id}-choose`}
            >
              Record the decision
            </button>
            <span id={`${id}-choose`} class="field-hint">
              Choose the decision first.
            </span>
          </>
        ) : (
          <ActionButton
            variant="primary"
            action={{
              ...recordReviewOutcome(outcome, lines),
              onSuccess: () => setActions(''),
            }}
            unavailable={outcome === 'further-actions' && lines.length === 0}
          >
            Record the decision
          </ActionButton>
        )}
      </div>
    </div>
  );
}
