/** The Areas view: Check again, then one card per program section, in the program's order. */
import {useId} from 'preact/hooks';
import type {SidebarState} from '../contract';
import {AreaCard} from './area-card';
import {CheckAgainRow} from './controls';
import {OneOnOneCard} from './one-on-one-card';

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
  const sharedNote = missing > 1 ? missingId : undefined;
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
          sharedNote={sharedNote}
        />
      );
    }
    const area = report.areas.find(a => a.areaId === section.id);
    if (!area) return null;
    return (
      <AreaCard
        key={area.areaId}
        area={area}
        role={state.role}
        section={section}
        roles={program.roles}
        today={today}
        sharedNote={sharedNote}
      />
    );
  });
  return (
    <div class="areas">
      <h2 class="sr-only">Program areas</h2>
      <CheckAgainRow checkedAt={checkedAt} variant="link" />
      {sharedNote && (
        <p id={sharedNote} class="note areas-missing">
          {missing} sections below are not in the Doc yet — Set up document adds
          them.
        </p>
      )}
      {cards}
    </div>
  );
}
