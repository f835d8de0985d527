/** One program area in the Areas view: status, coverage, evidence, drafts and its Add evidence. */
import {useId} from 'preact/hooks';
import type {IsoDate, SectionView} from '../contract';
import type {AreaReport, RecorderCounts} from '../core/report';
import {Notes, ScreenReaderText, StatusChip, Warning} from './controls';
import {AddEntryForm, DraftList, GoToSection} from './entry-controls';
import {count, daysBetween, formatDate} from './format';

interface AreaCardProps {
  area: AreaReport;
  /** The program's view of the section (criteria and kinds to offer); absent if it has none. */
  section: SectionView | undefined;
  today: IsoDate;
}

export function AreaCard({area, section, today}: AreaCardProps) {
  const headingId = useId();
  const notesId = useId();
  const notes = area.notes;
  return (
    <section
      class="card area"
      aria-labelledby={headingId}
      data-area-id={area.areaId}
      data-status={area.status}
    >
      <div class="card-head">
        <h3 id={headingId} class="card-title">
          {area.title}
        </h3>
        <StatusChip status={area.status} />
      </div>
      <EvidenceFacts area={area} today={today} />
      <CriteriaCoverage area={area} />
      {area.stale && area.newestEvidence && (
        <Warning>
          No new evidence for {staleAge(area.newestEvidence, today)}
        </Warning>
      )}
      <div id={notesId}>
        <Notes notes={notes} />
      </div>
      <DraftList drafts={area.drafts} />
      <AddEntryForm
        section={section}
        label="Add evidence"
        name={`Add evidence for ${area.title}`}
        unavailableReason={area.sectionFound ? undefined : notesId}
      >
        <GoToSection
          sectionId={area.areaId}
          title={area.title}
          found={area.sectionFound}
        />
      </AddEntryForm>
    </section>
  );
}

export function staleAge(newest: IsoDate, today: IsoDate): string {
  const days = daysBetween(newest, today);
  if (days === null) return 'a while';
  return days >= 14
    ? `${Math.floor(days / 7)} weeks`
    : count(days, 'day', 'days');
}

function EvidenceFacts({area, today}: {area: AreaReport; today: IsoDate}) {
  if (area.evidenceCount === 0) {
    return <p class="facts">No evidence yet</p>;
  }
  return (
    <>
      <p class="facts">
        {count(area.evidenceCount, 'entry', 'entries')}
        {area.newestEvidence &&
          ` · newest ${formatDate(area.newestEvidence, today)}`}
      </p>
      <p class="facts facts-minor">{recordedBy(area.recordedBy)}</p>
    </>
  );
}

export function recordedBy(counts: RecorderCounts): string {
  const parts: string[] = [];
  if (counts.candidate > 0) parts.push(`candidate ${counts.candidate}`);
  if (counts.manager > 0) parts.push(`manager ${counts.manager}`);
  if (counts.unknown > 0) parts.push(`not labelled ${counts.unknown}`);
  return parts.length > 0 ? `Recorded by ${parts.join(', ')}` : '';
}

/** "2 of 4 criteria", opening to the list of criteria with covered / not yet covered marks. */
function CriteriaCoverage({area}: {area: AreaReport}) {
  if (area.criteria.length === 0) return null;
  const covered = area.criteria.filter(c => c.covered).length;
  return (
    <details class="criteria">
      <summary>
        {covered} of {count(area.criteria.length, 'criterion', 'criteria')}{' '}
        covered
      </summary>
      <ul>
        {area.criteria.map(c => (
          <li
            key={c.id}
            class={c.covered ? 'covered' : 'uncovered'}
            data-covered={c.covered}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              {c.covered ? (
                <path
                  d="M2.5 6.2 5 8.6 9.6 3.6"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.8"
                />
              ) : (
                <circle
                  cx="6"
                  cy="6"
                  r="4"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.4"
                />
              )}
            </svg>
            <ScreenReaderText>
              {c.covered ? 'Covered: ' : 'Not covered yet: '}
            </ScreenReaderText>
            {c.label}
          </li>
        ))}
      </ul>
    </details>
  );
}
