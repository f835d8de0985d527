/** The weekly one-on-one log: its entries, the last date, gaps over the limit, Add log entry. */
import {useId} from 'preact/hooks';
import type {IsoDate, SectionView} from '../contract';
import type {OneOnOneGap, OneOnOneReport} from '../core/report';
import {cardNotes, Notes, UNAVAILABLE_REASON, Warning} from './controls';
import {AddEntryForm, DraftList, GoToSection} from './entry-controls';
import {daysBetween} from '../core/dates';
import {plural} from '../core/text';
import {formatDate} from './format';

/** More gaps than this are summed up in one line, to keep the card short. */
const GAPS_SHOWN = 3;

interface OneOnOneCardProps {
  section: SectionView;
  report: OneOnOneReport;
  today: IsoDate;
}

export function OneOnOneCard({section, report, today}: OneOnOneCardProps) {
  const headingId = useId();
  return (
    <section
      class="card one-on-ones"
      aria-labelledby={headingId}
      data-section-id={section.id}
    >
      <div class="card-head">
        <h3 id={headingId} class="card-title">
          {section.title}
        </h3>
      </div>
      <OneOnOneFacts report={report} today={today} />
      <GapWarnings gaps={report.gaps} today={today} />
      <Notes notes={cardNotes(report.notes)} />
      <DraftList drafts={report.drafts} count={report.draftCount} />
      <AddEntryForm
        section={section}
        label="Add log entry"
        unavailable={report.sectionFound ? undefined : UNAVAILABLE_REASON}
      >
        <GoToSection
          sectionId={section.id}
          title={section.title}
          found={report.sectionFound}
        />
      </AddEntryForm>
    </section>
  );
}

export function OneOnOneFacts({
  report,
  today,
}: {
  report: OneOnOneReport;
  today: IsoDate;
}) {
  if (report.entryCount === 0) return <p class="facts">No log entries yet</p>;
  const since = report.lastDate ? daysBetween(report.lastDate, today) : null;
  return (
    <p class="facts">
      {plural(report.entryCount, 'log entry', 'log entries')}
      {report.lastDate && ` · last ${formatDate(report.lastDate, today)}`}
      {since !== null &&
        since >= 0 &&
        ` (${since === 0 ? 'today' : `${plural(since, 'day', 'days')} ago`})`}
    </p>
  );
}

export function gapText(gap: OneOnOneGap, today: IsoDate): string {
  const from = formatDate(gap.from, today);
  return gap.to === today
    ? `No one-on-one logged for ${gap.days} days (since ${from})`
    : `${gap.days} days between one-on-ones (${from} – ${formatDate(gap.to, today)})`;
}

export function GapWarnings({
  gaps,
  today,
}: {
  gaps: OneOnOneGap[];
  today: IsoDate;
}) {
  if (gaps.length === 0) return null;
  // The newest gaps matter most; the log is read top to bottom, oldest first.
  const shown = gaps.slice(-GAPS_SHOWN);
  const hidden = gaps.length - shown.length;
  return (
    <div class="gaps">
      {shown.map(gap => (
        <Warning key={`${gap.from}:${gap.to}`}>{gapText(gap, today)}</Warning>
      ))}
      {hidden > 0 && (
        <p class="facts facts-minor">
          and {plural(hidden, 'earlier gap', 'earlier gaps')}
        </p>
      )}
    </div>
  );
}
