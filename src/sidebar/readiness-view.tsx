/** The Readiness view: the verdict, what is left, each area in brief, and Insert readiness summary. */
import {useId} from 'preact/hooks';
import type {SidebarState} from '../contract';
import {insertSummary} from './actions';
import {recordedBy, staleAge} from './area-card';
import {ONE_ON_ONE_LOG_ID} from './areas-view';
import {ActionButton, StatusChip, Warning} from './controls';
import {count, formatDate} from './format';
import {GapWarnings, OneOnOneFacts} from './one-on-one-card';

export function ReadinessView({state}: {state: SidebarState}) {
  const {report, today} = state;
  const {verdict} = report;
  const verdictId = useId();
  const areasId = useId();
  const logId = useId();
  const missingId = useId();
  const insertId = useId();
  const logTitle =
    state.program.sections.find(s => s.id === ONE_ON_ONE_LOG_ID)?.title ??
    'Weekly one-on-one log';
  return (
    <div class="readiness">
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
        <p class="facts facts-minor">
          Checked {formatDate(report.today, today)}
        </p>
      </section>

      <section class="card" aria-labelledby={areasId}>
        <h2 id={areasId} class="card-title">
          Areas
        </h2>
        <ul class="summary">
          {report.areas.map(area => {
            const covered = area.criteria.filter(c => c.covered).length;
            const facts = [
              area.criteria.length > 0 &&
                `${covered} of ${count(area.criteria.length, 'criterion', 'criteria')}`,
              count(area.evidenceCount, 'entry', 'entries'),
              area.newestEvidence &&
                `newest ${formatDate(area.newestEvidence, today)}`,
              area.drafts.length > 0 &&
                count(area.drafts.length, 'draft', 'drafts'),
            ].filter(Boolean);
            const by = recordedBy(area.recordedBy);
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
                {!area.sectionFound && (
                  <p class="note">Section missing — Set up will restore it</p>
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
      </section>

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

      <section class="card" aria-labelledby={insertId}>
        <h2 id={insertId} class="card-title">
          For the leadership group
        </h2>
        <p class="explain">
          Writes a dated summary table of this check into the review section of
          the Doc, for readers who do not use the add-on.
        </p>
        <ActionButton variant="primary" action={insertSummary()}>
          Insert readiness summary
        </ActionButton>
      </section>
    </div>
  );
}
