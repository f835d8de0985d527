/** One program area in the Areas view: status, coverage, evidence, drafts and its Add evidence. */
import {areaTitleId} from './focus-targets';
import type {IsoDate, ProgramView, Role, SectionView} from '../contract';
import {
  recordersInWords,
  type AreaReport,
  type RecorderCounts,
} from '../core/report';
import {roleLabel} from './role';
import {
  cardNotes,
  Notes,
  ScreenReaderText,
  StatusChip,
  UNAVAILABLE_REASON,
  Warning,
} from './controls';
import {ConfirmList} from './confirm-list';
import {AddEntryForm, DraftList, GoToSection} from './entry-controls';
import {daysBetween} from '../core/dates';
import {plural} from '../core/text';
import {formatDate} from './format';

interface AreaCardProps {
  area: AreaReport;
  /** Who is using the sidebar: the manager is offered entries to confirm. */
  role?: Role | null;
  /** The program's view of the section (criteria and kinds to offer). */
  section: SectionView;
  roles: ProgramView['roles'];
  today: IsoDate;
  /** The open targeted actions, which Add evidence offers as what an entry is for. */
  actions?: readonly string[];
}

export function AreaCard({
  area,
  role = null,
  section,
  roles,
  today,
  actions,
}: AreaCardProps) {
  const headingId = areaTitleId(area.areaId);
  return (
    <section
      class="card area"
      aria-labelledby={headingId}
      data-area-id={area.areaId}
      data-status={area.status}
    >
      <div class="card-head">
        {/* Focusable from code only: focus goes here once the card's last Confirm is gone. */}
        <h3 id={headingId} class="card-title" tabIndex={-1}>
          {area.title}
        </h3>
        <StatusChip status={area.status} />
      </div>
      <EvidenceFacts area={area} roles={roles} today={today} />
      <ConfirmList area={area} role={role} today={today} />
      <CriteriaCoverage area={area} />
      {area.stale && area.newestEvidence && (
        <Warning>
          No new evidence for {staleAge(area.newestEvidence, today)}
        </Warning>
      )}
      <Notes notes={cardNotes(area.notes)} />
      <DraftList drafts={area.drafts} count={area.draftCount} />
      <AddEntryForm
        section={section}
        coverage={area.criteria}
        drafts={area.drafts}
        actions={actions}
        label="Add evidence"
        name={`Add evidence for ${area.title}`}
        unavailable={area.sectionFound ? undefined : UNAVAILABLE_REASON}
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
  if (!Number.isFinite(days)) return 'a while';
  return days >= 14
    ? `${Math.floor(days / 7)} weeks`
    : plural(days, 'day', 'days');
}

function EvidenceFacts({
  area,
  roles,
  today,
}: {
  area: AreaReport;
  roles: ProgramView['roles'];
  today: IsoDate;
}) {
  if (area.evidenceCount === 0) {
    return <p class="facts">No evidence yet</p>;
  }
  return (
    <>
      <p class="facts">
        {plural(area.evidenceCount, 'entry', 'entries')}
        {area.newestEvidence &&
          ` · newest ${formatDate(area.newestEvidence, today)}`}
      </p>
      <p class="facts facts-minor">{recordedBy(area.recordedBy, roles)}</p>
    </>
  );
}

/**
 * "Recorded by the candidate", or "2 recorded by the candidate, 1 with no author named": the words
 * the summary in the Doc uses, with the program's names for the roles. A count never stands alone
 * at a line's start (it is bound to its words).
 */
export function recordedBy(
  counts: RecorderCounts,
  roles: ProgramView['roles'],
): string {
  const parts = recordersInWords(counts, role => roleLabel(roles, role));
  if (parts.length === 0) return '';
  if (parts.length === 1) {
    const {words} = parts[0];
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return parts.map(part => `${part.count}\u00a0${part.words}`).join(', ');
}

/**
 * "2 of 4 criteria covered" (or, where the criteria are examples, "Examples shown: …"), opening to
 * the list of criteria with covered / not yet covered marks.
 */
function CriteriaCoverage({area}: {area: AreaReport}) {
  if (area.criteria.length === 0) return null;
  return (
    <details class="criteria">
      <summary>{area.coverage}</summary>
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
