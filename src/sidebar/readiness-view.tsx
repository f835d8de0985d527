/**
 * The Readiness view: the verdict with Check again, what is left, each area in brief, and Insert
 * readiness summary.
 */
import {useId} from 'preact/hooks';
import type {IsoDate, SectionView, SidebarState} from '../contract';
import {nameInSentence, type AreaReport, type LeftItem} from '../core/report';
import {plural} from '../core/text';
import {openActions} from '../core/review';
import {insertSummary, jumpTo} from './actions';
import {SECTION_MISSING} from '../core/readiness';
import {recordedBy, staleAge} from './area-card';
import {
  ActionButton,
  CheckAgainRow,
  Notes,
  StatusChip,
  Warning,
} from './controls';
import {
  EntryChoices,
  EntryDisclosure,
  GoToDraft,
  draftsFor,
} from './entry-controls';
import {formatDate} from './format';
import {GapWarnings, OneOnOneFacts} from './one-on-one-card';
import {HintsCard} from './hints-card';
import {TimelineChart} from './timeline-chart';
import {confirmationFacts} from './confirm-list';
import {ActionEvidenceForm, ReviewCard} from './review-card';
import {AGREE_ID, areaTitleId, confirmButtonId} from './focus-targets';
import {RoleNeeded, roleLabel} from './role';
import {PROGRAM} from './program-view';

interface ReadinessViewProps {
  state: SidebarState;
  /** When the sidebar last read the Doc (any reply), by the browser's clock. */
  checkedAt: number;
  /** True while the sidebar checks the Doc again by itself. */
  refreshing: boolean;
  /** The date of the summary this sidebar inserted, or null: the button then steps back. */
  summaryInserted: IsoDate | null;
  onSummaryInserted: (next: SidebarState) => void;
  /** Moves to the Areas view (what is left leads there to confirm an entry). */
  showInAreas: ShowInAreas;
}

export function ReadinessView({
  state,
  checkedAt,
  refreshing,
  summaryInserted,
  onSummaryInserted,
  showInAreas,
}: ReadinessViewProps) {
  return (
    <div class="readiness">
      <VerdictCard
        state={state}
        checkedAt={checkedAt}
        refreshing={refreshing}
        showInAreas={showInAreas}
      />
      <ReviewCard state={state} />
      <AreasInBrief state={state} />
      <LogInBrief state={state} />
      <HintsCard report={state.report} />
      <TimelineChart report={state.report} />
      <MissingSections titles={state.report.missingSections} />
      <InsertSummaryCard
        today={state.today}
        summaryInserted={summaryInserted}
        onSummaryInserted={onSummaryInserted}
      />
    </div>
  );
}

/** The verdict, what is left (each line leading to its next step), and Check again. */
function VerdictCard({
  state,
  checkedAt,
  refreshing,
  showInAreas,
}: Pick<
  ReadinessViewProps,
  'state' | 'checkedAt' | 'refreshing' | 'showInAreas'
>) {
  const {verdict} = state.report;
  const headingId = useId();
  return (
    <section
      class={`card verdict ${verdict.ready ? 'verdict-ready' : 'verdict-open'}`}
      aria-labelledby={headingId}
      data-ready={verdict.ready}
    >
      <h2 id={headingId} class="card-title">
        Readiness check
      </h2>
      <p class="verdict-headline">{verdict.headline}</p>
      <WhatIsLeft state={state} showInAreas={showInAreas} />
      <CheckAgainRow
        checkedAt={checkedAt}
        refreshing={refreshing}
        variant="secondary"
      />
    </section>
  );
}

/** Each area in a few facts: coverage, entries, drafts, confirmations, who recorded them. */
function AreasInBrief({state}: {state: SidebarState}) {
  const {report, today} = state;
  const headingId = useId();
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Areas
      </h2>
      <ul class="summary">
        {report.areas.map(area => {
          const facts = [
            area.criteria.length > 0 && area.coverage,
            plural(area.evidenceCount, 'entry', 'entries'),
            area.newestEvidence &&
              `newest ${formatDate(area.newestEvidence, today)}`,
            area.draftCount > 0 && plural(area.draftCount, 'draft', 'drafts'),
            confirmationFacts(area),
          ].filter(Boolean);
          const by = recordedBy(area.recordedBy, PROGRAM.roles);
          return (
            <li key={area.areaId} data-area-id={area.areaId}>
              <div class="summary-head">
                <span class="summary-title">{area.title}</span>
                <StatusChip status={area.status} />
              </div>
              <p class="facts facts-minor">{facts.join(' · ')}</p>
              {by && <p class="facts facts-minor">{by}</p>}
              {area.stale && area.newestEvidence && (
                <Warning>
                  No new evidence for {staleAge(area.newestEvidence, today)}
                </Warning>
              )}
              <Notes notes={area.notes} />
              {area.entriesOutside.length > 0 && (
                <ActionButton
                  variant="link"
                  action={jumpTo({
                    sectionId: area.areaId,
                    entryIndex: area.entriesOutside[0],
                  })}
                  label={`Go to the ${area.title} entries not under its heading`}
                >
                  Go to them
                </ActionButton>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The weekly one-on-one log in brief: its entries and any long gaps. */
function LogInBrief({state}: {state: SidebarState}) {
  const {report, today} = state;
  const headingId = useId();
  const title =
    PROGRAM.sections.find(s => !s.isArea)?.title ?? 'Weekly one-on-one log';
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        {title}
      </h2>
      <OneOnOneFacts report={report.oneOnOnes} today={today} />
      {report.oneOnOnes.gaps.length === 0 &&
        report.oneOnOnes.entryCount > 0 && (
          <p class="facts facts-minor">No long gaps between one-on-ones</p>
        )}
      <GapWarnings gaps={report.oneOnOnes.gaps} today={today} />
      <Notes notes={report.oneOnOnes.notes} />
    </section>
  );
}

function MissingSections({titles}: {titles: string[]}) {
  const headingId = useId();
  if (titles.length === 0) return null;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Missing sections
      </h2>
      <ul class="notes">
        {titles.map(title => (
          <li key={title}>{title}</li>
        ))}
      </ul>
      <p class="facts facts-minor">Set up document adds them back.</p>
    </section>
  );
}

/** Insert readiness summary; once this sidebar inserted today's, the button steps back. */
function InsertSummaryCard({
  today,
  summaryInserted,
  onSummaryInserted,
}: {today: IsoDate} & Pick<
  ReadinessViewProps,
  'summaryInserted' | 'onSummaryInserted'
>) {
  const headingId = useId();
  const insertedId = useId();
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        For the leadership group
      </h2>
      <p class="explain">
        Inserts a dated summary of this check into the Doc's review section.
      </p>
      <div class="button-row">
        <ActionButton
          variant={summaryInserted === today ? 'secondary' : 'primary'}
          action={{...insertSummary(), onSuccess: onSummaryInserted}}
          describedBy={summaryInserted ? insertedId : undefined}
        >
          Insert readiness summary
        </ActionButton>
        {summaryInserted && (
          <span id={insertedId} class="summary-inserted">
            Summary inserted for {summaryInserted}
          </span>
        )}
      </div>
    </section>
  );
}

/**
 * What is left, each line leading to its next step. An area still to evidence: Add evidence with
 * that area and criterion chosen (one click opens the form, one adds the entry), and Go to draft
 * for an entry already started; where each criterion needs evidence, each one left has its line,
 * elsewhere the area has one (any evidence completes it). An entry to confirm: the area's Confirm
 * list, for the manager. An open targeted action: Add evidence with that action chosen. An
 * agreement: the agree button, for the person who agrees. The recommendation: its section in the
 * Doc. Where the step is someone else's, the line says whose.
 */
function WhatIsLeft({
  state,
  showInAreas,
}: {
  state: SidebarState;
  showInAreas: ShowInAreas;
}) {
  const {areas, verdict, completion} = state.report;
  const items = verdict.leftItems;
  const open = areas.flatMap(area => {
    const section = PROGRAM.sections.find(s => s.id === area.areaId);
    const left = items.some(
      item => item.about === 'evidence' && item.areaId === area.areaId,
    );
    return left && section ? [{area, section}] : [];
  });
  // Each area still to evidence is shown as its steps above; the other lines follow in order.
  const others = items.filter(item => item.about !== 'evidence');
  if (open.length === 0 && others.length === 0) return null;
  const actions = openActions(completion).map(action => action.text);
  return (
    <>
      <h3 class="subhead">What is left</h3>
      <ul class="left">
        {open.map(({area, section}) => (
          <LeftArea key={area.areaId} area={area} section={section} />
        ))}
        {others.map(item => (
          <li key={item.text} class="left-other" data-about={item.about}>
            <LeftStep
              item={item}
              state={state}
              actions={actions}
              showInAreas={showInAreas}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** Moves to the Areas view, with the keyboard on the first of these ids there. */
export type ShowInAreas = (focusTargets: string[]) => void;

/** A line of what is left that is not an area's evidence, with its next step. */
function LeftStep({
  item,
  state,
  actions,
  showInAreas,
}: {
  item: LeftItem;
  state: SidebarState;
  /** The open targeted actions. */
  actions: readonly string[];
  showInAreas: ShowInAreas;
}) {
  const {role} = state;
  const manager = nameInSentence(roleLabel(PROGRAM.roles, 'manager'));
  switch (item.about) {
    case 'action':
      return (
        <EntryDisclosure
          text={item.text}
          name={`Add evidence… for ${item.text}`}
          form={close => (
            <ActionEvidenceForm
              actions={actions}
              initialAction={item.action}
              onAdded={() => close(false)}
            />
          )}
        />
      );
    case 'confirmation': {
      const area = state.report.areas.find(a => a.areaId === item.areaId);
      const first = area?.toConfirm[0];
      return (
        <>
          <span class="left-text">{item.text}</span>
          {role === 'manager' ? (
            <button
              type="button"
              class="btn btn-link"
              aria-label={`${first ? 'Go to Confirm' : 'Go to the area'}: ${item.text}`}
              onClick={() =>
                showInAreas([
                  ...(first ? [confirmButtonId(first)] : []),
                  areaTitleId(item.areaId),
                ])
              }
            >
              {first ? 'Go to Confirm' : 'Go to the area'}
            </button>
          ) : role ? (
            <p class="facts facts-minor">For {manager} to confirm.</p>
          ) : (
            <RoleNeeded>Confirm is for {manager}.</RoleNeeded>
          )}
        </>
      );
    }
    case 'agreement':
      return (
        <>
          <span class="left-text">{item.text}</span>
          {role === item.role ? (
            <button
              type="button"
              class="btn btn-link"
              aria-label={`Go to agree: ${item.text}`}
              onClick={() => document.getElementById(AGREE_ID)?.focus()}
            >
              Go to agree
            </button>
          ) : role ? (
            <p class="facts facts-minor">
              For {nameInSentence(roleLabel(PROGRAM.roles, item.role))} to
              agree, in their sidebar.
            </p>
          ) : (
            <RoleNeeded>Agreeing shows once you say who you are.</RoleNeeded>
          )}
        </>
      );
    case 'recommendation':
      return (
        <>
          <span class="left-text">{item.text}</span>
          <ActionButton
            variant="link"
            action={jumpTo({sectionId: item.sectionId})}
            label={`Go to the review section: ${item.text}`}
          >
            Go to the review section
          </ActionButton>
        </>
      );
    default:
      return <span class="left-text">{item.text}</span>;
  }
}

function LeftArea({area, section}: {area: AreaReport; section: SectionView}) {
  const uncovered = area.criteria.filter(c => !c.covered);
  const title = section.shortTitle;
  if (!area.sectionFound) {
    return (
      <li class="left-area" data-area-id={area.areaId}>
        <span class="left-title">{title}</span>
        <p class="facts facts-minor">{SECTION_MISSING}</p>
      </li>
    );
  }
  const lines =
    section.everyCriterion && uncovered.length > 0
      ? uncovered.map(c => ({
          key: c.id,
          text: c.label,
          criterionId: c.id,
          drafts: draftsFor(area.drafts, c.id),
        }))
      : [
          {
            key: '',
            text: 'No evidence yet',
            criterionId: uncovered[0]?.id ?? '',
            drafts: area.drafts,
          },
        ];
  return (
    <li class="left-area" data-area-id={area.areaId}>
      <span class="left-title">{title}</span>
      <ul class="left-lines">
        {lines.map(line => (
          <li key={line.key} class="left-line">
            <EntryDisclosure
              text={line.text}
              name={`Add evidence… for ${title}: ${line.text}`}
              form={close => (
                <EntryChoices
                  section={section}
                  initialCriterion={line.criterionId}
                  label="Add evidence"
                  name={`Add evidence for ${title}: ${line.text}`}
                  focusAdd
                  onClose={close}
                  onAdded={() => close(false)}
                />
              )}
            >
              {line.drafts.map(draft => (
                <GoToDraft key={draft.entryIndex} draft={draft} />
              ))}
            </EntryDisclosure>
          </li>
        ))}
      </ul>
    </li>
  );
}
