/** What both kinds of card offer for a section: the add-entry form, drafts, and jumping to it. */
import type {ComponentChildren} from 'preact';
import {useEffect, useId, useRef, useState} from 'preact/hooks';
import type {Role, SectionView} from '../contract';
import type {CriterionCoverage, DraftEntry} from '../core/report';
import {plural} from '../core/text';
import type {Action} from './actions';
import {addEvidence, jumpTo} from './actions';
import {ActionButton} from './controls';
import {useRecorder} from './role';

export const GENERAL_HINT =
  'General entries count as evidence but cover no criterion.';
export const ACTION_HINT =
  'The entry is headed by the action; once written, the action is done.';

/** The drafts of a section that are about one criterion. */
export function draftsFor(
  drafts: readonly DraftEntry[],
  criterionId: string,
): DraftEntry[] {
  return drafts.filter(draft => draft.criterionIds.includes(criterionId));
}

/** The kind an entry takes by default: the criterion's own, else the section's first. */
function defaultKind(section: SectionView, criterionId: string): string {
  return (
    section.criteria.find(c => c.id === criterionId)?.kind ??
    section.kinds[0]?.id ??
    ''
  );
}

interface EntryChoicesProps {
  section: SectionView;
  /** The criterion chosen when the form opens ('' for a general entry). */
  initialCriterion: string;
  /** The open targeted actions the entry may be evidence for (none: the form does not ask). */
  actions?: readonly string[];
  /** Visible text of the button that adds the entry: "Add evidence" or "Add log entry". */
  label: string;
  /** Its accessible name, when it differs from `label`. */
  name?: string;
  /** Focus goes to the Add button on open (the choice is made already), not the first choice. */
  focusAdd?: boolean;
  onClose: () => void;
  /** After the entry is added, with the criterion it was for ('' for general). */
  onAdded: (criterionId: string) => void;
}

/**
 * The choices of one entry (the open targeted action it is for, if any; criterion, kind, and who
 * is recording while that is unknown) and the button that adds it. Choosing a criterion sets the
 * kind its evidence naturally takes, and choosing an action makes the entry general unless the
 * person picks a criterion too (the action names what it is about); either can be changed after.
 */
export function EntryChoices(props: EntryChoicesProps) {
  const {section, initialCriterion, label, name, focusAdd, onClose} = props;
  const actions = props.actions ?? [];
  const id = useId();
  const [chosenAction, setChosenAction] = useState('');
  // null until the person picks a criterion: until then the default for the action (or none) applies.
  const [chosenCriterion, setCriterion] = useState<string | null>(null);
  // null until the person picks a kind for the chosen criterion: until then its default applies.
  const [chosenKind, setChosenKind] = useState<string | null>(null);
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = focusAdd
      ? first.current?.querySelector<HTMLElement>('.btn-primary')
      : first.current?.querySelector<HTMLElement>('select, input:checked');
    target?.focus();
  }, [focusAdd]);

  const {criteria, kinds} = section;
  // An action that is no longer open (the state was refreshed meanwhile) is no longer offered.
  const action = actions.includes(chosenAction) ? chosenAction : '';
  const criterion = chosenCriterion ?? (action ? '' : initialCriterion);
  const kind =
    chosenKind !== null && kinds.some(k => k.id === chosenKind)
      ? chosenKind
      : defaultKind(section, criterion);
  const hintId = `${id}-hint`;
  const general = criteria.length > 0 && criterion === '';
  return (
    <div
      ref={first}
      class="add-form"
      onKeyDown={event => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {actions.length > 0 && (
        <div class="field">
          <label for={`${id}-action`}>Targeted action</label>
          <select
            id={`${id}-action`}
            value={action}
            aria-describedby={action ? `${id}-action-hint` : undefined}
            onChange={e => {
              setChosenAction(e.currentTarget.value);
              setChosenKind(null);
            }}
          >
            <option value="">None</option>
            {actions.map(text => (
              <option key={text} value={text}>
                {text}
              </option>
            ))}
          </select>
          {action && (
            <p id={`${id}-action-hint`} class="field-hint">
              {ACTION_HINT}
            </p>
          )}
        </div>
      )}
      {criteria.length > 0 && (
        <div class="field">
          <label for={`${id}-criterion`}>Criterion</label>
          <select
            id={`${id}-criterion`}
            value={criterion}
            aria-describedby={general ? hintId : undefined}
            onChange={e => {
              setCriterion(e.currentTarget.value);
              setChosenKind(null);
            }}
          >
            <option value="">General (no single criterion)</option>
            {criteria.map(c => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {general && (
            <p id={hintId} class="field-hint">
              {GENERAL_HINT}
            </p>
          )}
        </div>
      )}
      {kinds.length > 1 && (
        <div class="field">
          <label for={`${id}-kind`}>Entry kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={e => setChosenKind(e.currentTarget.value)}
          >
            {kinds.map(k => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <AddButtons
        label={label}
        name={name}
        action={role => ({
          ...addEvidence(section.id, criterion || null, kind, {
            ...(role ? {role} : {}),
            ...(action ? {action} : {}),
          }),
          onSuccess: () => props.onAdded(criterion),
        })}
      />
    </div>
  );
}

/**
 * The button that adds the entry; while nobody has said who they are, one per role ("Add evidence
 * as Candidate", "Add evidence as Sponsoring manager"). No role is chosen for the person: a
 * default would record a manager's hurried first entry as the candidate's, in the Doc, for the
 * leadership group to read. Yet whichever button they click adds the entry, so the first click
 * still ends with one, and the role it names is remembered, as if chosen up front.
 */
export function AddButtons({
  label,
  name = label,
  action,
}: {
  /** Visible text: "Add evidence". */
  label: string;
  /** Accessible name, starting with `label`: "Add evidence for <area>". */
  name?: string;
  /** The action that adds the entry, as `role` when the person chose it here. */
  action: (role: Role | null) => Action;
}) {
  const {role, roles} = useRecorder();
  const id = useId();
  if (role !== null || roles.length === 0) {
    return (
      <div class="button-row">
        <ActionButton
          variant="primary"
          action={action(null)}
          label={name === label ? undefined : name}
        >
          {label}
        </ActionButton>
      </div>
    );
  }
  // "Add evidence as Candidate for <area>": the visible text, then the rest of the name.
  const rest = name.startsWith(label) ? name.slice(label.length) : '';
  return (
    <div class="add-as" role="group" aria-labelledby={`${id}-who`}>
      <p id={`${id}-who`} class="add-as-question">
        Who is recording this entry?
      </p>
      <div class="button-row">
        {roles.map(option => (
          <ActionButton
            key={option.id}
            variant="primary"
            action={action(option.id)}
            label={`${label} as ${option.label}${rest}`}
          >
            {label} as {option.label}
          </ActionButton>
        ))}
      </div>
    </div>
  );
}

interface EntryDisclosureProps {
  /** Visible text: "Add evidence…". */
  text: string;
  /** Accessible name: "Add evidence… for <area>". */
  name: string;
  /** Set when the section is not in the Doc: the reason, shown beside the disabled control. */
  unavailable?: string;
  /** The form, given the way to close it (by default focus then returns to the disclosure). */
  form: (close: (returnFocus?: boolean) => void) => ComponentChildren;
  /** Shown beside the disclosure (the section's Go to section). */
  children?: ComponentChildren;
}

/** A disclosure button that opens an entry's choices under it; Escape closes them again. */
export function EntryDisclosure(props: EntryDisclosureProps) {
  const {text, name, unavailable, form, children} = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) toggle.current?.focus();
  };
  return (
    <div class="add-entry">
      <div class="button-row">
        <button
          type="button"
          ref={toggle}
          class="btn btn-secondary btn-disclosure"
          aria-expanded={open}
          aria-controls={open ? `${id}-form` : undefined}
          aria-label={name}
          aria-describedby={unavailable ? `${id}-reason` : undefined}
          disabled={Boolean(unavailable)}
          onClick={() => setOpen(!open)}
        >
          {text}
          <svg
            class="disclosure-icon"
            viewBox="0 0 12 12"
            width="12"
            height="12"
            aria-hidden="true"
          >
            <path
              d="M3 4.5 6 7.5 9 4.5"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
            />
          </svg>
        </button>
        {children}
      </div>
      {unavailable && (
        <p id={`${id}-reason`} class="unavailable-reason">
          {unavailable}
        </p>
      )}
      {open && <div id={`${id}-form`}>{form(close)}</div>}
    </div>
  );
}

interface AddEntryFormProps {
  /** The program's view of the section: the criteria and kinds to offer. */
  section: SectionView;
  /** Which of the section's criteria the Doc already covers; the default is the first that is not. */
  coverage?: CriterionCoverage[];
  /** The section's drafts: a criterion that already has one is not the default again. */
  drafts?: DraftEntry[];
  /** The open targeted actions an entry here may be evidence for (areas only). */
  actions?: readonly string[];
  /** Visible button text: "Add evidence" or "Add log entry". */
  label: string;
  /** The button's accessible name when it differs from `label`, e.g. "Add evidence for <area>". */
  name?: string;
  /** Set when the section is not in the Doc: why, in words shown beside the disabled control. */
  unavailable?: string;
  /** Shown beside the Add button (the section's Go to section). */
  children?: ComponentChildren;
}

/**
 * The section's Add button. When there is something to choose (criteria, more than one kind of
 * entry, an open targeted action, or who is recording), the card shows only "Add evidence…", a
 * disclosure that opens the choices and the real Add button, so the overview stays short; with
 * nothing to choose, the Add button itself. Once an entry is added the choices close (the Doc has the keyboard then), and the
 * default moves on to the next criterion, so adding again does not repeat the same entry.
 */
export function AddEntryForm(props: AddEntryFormProps) {
  const {section, coverage, drafts, actions, label, name, unavailable} = props;
  const {children} = props;
  const id = useId();
  const {role} = useRecorder();
  /** Criteria added from here since the card appeared (their entries are drafts until written). */
  const [added, setAdded] = useState<readonly string[]>([]);
  const {criteria, kinds} = section;
  const firstKind = kinds[0]?.id;
  if (!firstKind) return <div class="button-row">{children}</div>;

  const covered = (criterionId: string) =>
    coverage?.some(c => c.id === criterionId && c.covered) ?? false;
  const underway = (c: {id: string}) =>
    added.includes(c.id) || draftsFor(drafts ?? [], c.id).length > 0;
  const uncovered = criteria.filter(c => !covered(c.id));
  const firstUncovered =
    (uncovered.find(c => !underway(c)) ?? uncovered[0])?.id ?? '';

  const nothingToChoose =
    criteria.length === 0 &&
    kinds.length < 2 &&
    role !== null &&
    (actions ?? []).length === 0;
  if (nothingToChoose) {
    const reasonId = `${id}-reason`;
    return (
      <div class="add-entry">
        <div class="button-row">
          <ActionButton
            variant="primary"
            action={addEvidence(section.id, null, firstKind)}
            unavailable={Boolean(unavailable)}
            label={name}
            describedBy={unavailable ? reasonId : undefined}
          >
            {label}
          </ActionButton>
          {children}
        </div>
        {unavailable && (
          <p id={reasonId} class="unavailable-reason">
            {unavailable}
          </p>
        )}
      </div>
    );
  }
  return (
    <EntryDisclosure
      text={`${label}…`}
      name={`${label}… for ${section.title}`}
      unavailable={unavailable}
      form={close => (
        <EntryChoices
          section={section}
          initialCriterion={firstUncovered}
          actions={actions}
          label={label}
          name={name}
          onClose={close}
          onAdded={criterion => {
            // The Doc takes the keyboard after an entry is added.
            close(false);
            if (criterion) setAdded(before => [...before, criterion]);
          }}
        />
      )}
    >
      {children}
    </EntryDisclosure>
  );
}

/** One draft, with the button that puts the cursor on it. */
export function GoToDraft({draft}: {draft: DraftEntry}) {
  const title = draft.title || 'Untitled entry';
  return (
    <ActionButton
      variant="link"
      action={jumpTo({
        sectionId: draft.sectionId,
        entryIndex: draft.entryIndex,
      })}
      label={`Go to draft: ${title}`}
    >
      Go to draft
    </ActionButton>
  );
}

/**
 * Entries that still hold only prompts, each with a button that puts the cursor on it. The report
 * lists the newest of them (readiness.ts draftsOf); `count` is all of them.
 */
export function DraftList({
  drafts,
  count,
}: {
  drafts: DraftEntry[];
  count: number;
}) {
  if (count === 0) return null;
  const unlisted = count - drafts.length;
  return (
    <div class="drafts">
      <p class="drafts-title">
        {plural(count, 'draft', 'drafts')} still holding prompts (not counted
        yet):
      </p>
      <ul>
        {drafts.map(draft => (
          <li key={`${draft.sectionId}:${draft.entryIndex}`} class="draft">
            <span class="draft-title">{draft.title || 'Untitled entry'}</span>
            <GoToDraft draft={draft} />
          </li>
        ))}
      </ul>
      {unlisted > 0 && (
        <p class="facts facts-minor">
          and {unlisted} more earlier in the section
        </p>
      )}
    </div>
  );
}

export function GoToSection({
  sectionId,
  title,
  found,
}: {
  sectionId: string;
  title: string;
  found: boolean;
}) {
  return (
    <ActionButton
      variant="link"
      action={jumpTo({sectionId})}
      unavailable={!found}
      label={`Go to section: ${title}`}
    >
      Go to section
    </ActionButton>
  );
}
