/** The Areas view: Check again, then one card per program section, in the program's order. */
import type {SidebarState} from '../contract';
import {openActions} from '../core/review';
import {AreaCard} from './area-card';
import {CheckAgainRow} from './controls';
import {OneOnOneCard} from './one-on-one-card';
import {PROGRAM} from './program-view';

export function AreasView({
  state,
  checkedAt,
  refreshing,
}: {
  state: SidebarState;
  /** When the sidebar last read the Doc (any reply), by the browser's clock. */
  checkedAt: number;
  /** True while the sidebar checks the Doc again by itself. */
  refreshing: boolean;
}) {
  const {report, today} = state;
  const actions = openActions(report.completion).map(action => action.text);
  // The report has an area for every program area (both come from the same program), so no
  // report area is left without a card.
  const cards = PROGRAM.sections.map(section => {
    if (!section.isArea) {
      return (
        <OneOnOneCard
          key={section.id}
          section={section}
          report={report.oneOnOnes}
          today={today}
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
        roles={PROGRAM.roles}
        today={today}
        actions={actions}
      />
    );
  });
  return (
    <div class="areas">
      <h2 class="sr-only">Program areas</h2>
      <CheckAgainRow
        checkedAt={checkedAt}
        refreshing={refreshing}
        variant="link"
      />
      {cards}
    </div>
  );
}
