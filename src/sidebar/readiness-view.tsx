/**
 * The Readiness view: the verdict with Check again, what is left, each area in brief, and Insert
 * readiness summary.
 */
import {useId} from 'preact/hooks';
import type {IsoDate, SidebarState} from '../contract';
import {plural} from '../core/text';
import {insertSummary, jumpTo} from './actions';
import {recordedBy, staleAge} from './area-card';
import {
  ActionButton,
  CheckAgainRow,
  Notes,
  StatusChip,
  Warning,
} from './controls';
import {formatDate} from './format';
import {GapWarnings, OneOnOneFacts} from './one-on-one-card';
import {TimelineChart} from './timeline-chart';
import {HintsCard} from './hints-card';
import {confirmationFacts} from './confirm-list';
import {ReviewCard} from './review-card';

/** The Insert readiness summary button (focused when the menu item opened the sidebar). */
export const INSERT_SUMMARY_ID = 'insert-summary';

interface ReadinessViewProps {
  state: SidebarState;
  /** When the sidebar last read the Doc (any reply), by the browser's clock. */
  checkedAt: number;
  /**
   * Opened from the menu's Insert readiness summary: that card comes first, saying that nothing is
   * written until the button is chosen.
   */
  insertFirst: boolean;
  /** The date of the summary this sidebar inserted, or null: the button then steps back. */
  summaryInserted: IsoDate | null;
  onSummaryInserted: (date: IsoDate) => void;
}

export function ReadinessView({
  state,
  checkedAt,
  insertFirst,
  summaryInserted,
  onSummaryInserted,
}: ReadinessViewProps) {
  const {report, today} = state;
  const {verdict} = report;
  const verdictId = useId();
  const areasId = useId();
  const logId = useId();
  const missingId = useId();
  const insertId = useId();
  const insertedId = useId();
  const logTitle =
    state.program.sections.find(s => !s.isArea)?.title ??
    'Weekly one-on-one log';
  const insertCard = (
    <section
      class={`card${insertFirst ? ' insert-first' : ''}`}
      aria-labelledby={insertId}
    >
      <h2 id={insertId} class="card-title">
        For the leadership group
      </h2>
      {insertFirst ? (
        <p class="explain explain-strong">
          Look over the check below, then insert a dated summary of it into the
          Doc's review section.
        </p>
      ) : (
        <p class="explain">
          Inserts a dated summary of this check into the Doc's review section.
        </p>
      )}
      <div class="button-row">
        <ActionButton
          variant={summaryInserted === today ? 'secondary' : 'primary'}
          id={INSERT_SUMMARY_ID}
          action={{
            ...insertSummary(),
            // Only a summary written counts (not "Set up first", not one kept as people changed it).
            onSuccess: next => {
              if (next.notice?.tone === 'success')
                onSummaryInserted(next.today);
            },
          }}
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
  return (
    <div class="readiness">
      {insertFirst && insertCard}
      <section
        class={`card verdict ${verdict.ready ? 'verdict-ready' : 'verdict-open'}`}
        aria-labelledby={verdictId}
        data-ready={verdict.ready}
      >
        <h2 id={verdictId} class="card-title">
          Readiness check
        </h2>
        <p class="verdict-headline">{verdict.headline}</p>
        {verdict.left.length > 0 && (
          <>
            <h3 class="subhead">What is left</h3>
            <ul class="left">
              {verdict.left.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </>
        )}
        <CheckAgainRow checkedAt={checkedAt} variant="secondary" />
      </section>

      <ReviewCard state={state} />

      <section class="card" aria-labelledby={areasId}>
        <h2 id={areasId} class="card-title">
          Areas
        </h2>
        <ul class="summary">
          {report.areas.map(area => {
            const facts = [
              area.criteria.length > 0 && area.coverage,
              plural(area.evidenceCount, 'entry', 'entries'),
              area.newestEvidence &&
                `newest ${formatDate(area.newestEvidence, today)}`,
              area.drafts.length > 0 &&
                plural(area.drafts.length, 'draft', 'drafts'),
              confirmationFacts(area),
            ].filter(Boolean);
            const by = recordedBy(area.recordedBy, state.program.roles);
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

      <section class="card" aria-labelledby={logId}>
        <h2 id={logId} class="card-title">
          {logTitle}
        </h2>
        <OneOnOneFacts report={report.oneOnOnes} today={today} />
        {report.oneOnOnes.gaps.length === 0 &&
          report.oneOnOnes.entryCount > 0 && (
            <p class="facts facts-minor">No long gaps between one-on-ones</p>
          )}
        <GapWarnings gaps={report.oneOnOnes.gaps} today={today} />
        <Notes notes={report.oneOnOnes.notes} />
      </section>

      <HintsCard report={report} />

      <TimelineChart report={report} />

      {report.missingSections.length > 0 && (
        <section class="card" aria-labelledby={missingId}>
          <h2 id={missingId} class="card-title">
            Missing sections
          </h2>
          <ul class="notes">
            {report.missingSections.map(title => (
              <li key={title}>{title}</li>
            ))}
          </ul>
          <p class="facts facts-minor">Set up document adds them back.</p>
        </section>
      )}

      {!insertFirst && insertCard}
    </div>
  );
}
