/** The Areas view: Check again, then one card per program section, in the program's order. */
import {useId} from 'preact/hooks';
import type {SidebarState} from '../contract';
import {plural} from '../core/text';
import {SECTION_MISSING} from '../core/readiness';
import {AreaCard} from './area-card';
import {CheckAgainRow} from './controls';
import {OneOnOneCard} from './one-on-one-card';

/** A card's notes without "Section missing", when one line above the cards says it for all. */
export function withoutMissingNote(notes: string[], shared: boolean): string[] {
  return shared ? notes.filter(note => note !== SECTION_MISSING) : notes;
}

export function AreasView({
  state,
  checkedAt,
}: {
  state: SidebarState;
  /** When the sidebar last read the Doc (any reply), by the browser's clock. */
  checkedAt: number;
}) {
  const {program, report, today} = state;
  const missingId = useId();
  const missing =
    report.areas.filter(area => !area.sectionFound).length +
    (report.oneOnOnes.sectionFound ? 0 : 1);
  // Several cards would each say "Section missing": one line above them says it once.
  const shared = missing > 1;
  const reason = (found: boolean, own: string) =>
    found ? undefined : shared ? missingId : own;
  // The report has an area for every program area (both come from the same program), so no
  // report area is left without a card.
  const cards = program.sections.map(section => {
    if (!section.isArea) {
      return (
        <OneOnOneCard
          key={section.id}
          section={section}
          report={report.oneOnOnes}
          today={today}
          notes={withoutMissingNote(report.oneOnOnes.notes, shared)}
          unavailableReason={own => reason(report.oneOnOnes.sectionFound, own)}
        />
      );
    }
    const area = report.areas.find(a => a.areaId === section.id);
    if (!area) return null;
    return (
      <AreaCard
        key={area.areaId}
        area={area}
        section={section}
        roles={program.roles}
        today={today}
        notes={withoutMissingNote(area.notes, shared)}
        unavailableReason={own => reason(area.sectionFound, own)}
      />
    );
  });
  return (
    <div class="areas">
      <h2 class="sr-only">Program areas</h2>
      <CheckAgainRow checkedAt={checkedAt} variant="link" />
      {shared && (
        <p id={missingId} class="note areas-missing">
          {plural(missing, 'section', 'sections')} below{' '}
          {missing === 1 ? 'is' : 'are'} not in the Doc yet — Set up document
          adds them.
        </p>
      )}
      {cards}
    </div>
  );
}
