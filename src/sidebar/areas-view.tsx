/** The Areas view: one card per program section, in the program's order. */
import type {SidebarState} from '../contract';
import {AreaCard} from './area-card';
import {OneOnOneCard} from './one-on-one-card';

export const ONE_ON_ONE_LOG_ID = 'one-on-one-log';

export function AreasView({state}: {state: SidebarState}) {
  const {program, report, today} = state;
  const listed = new Set<string>();
  const cards = program.sections.map(section => {
    if (section.id === ONE_ON_ONE_LOG_ID) {
      listed.add(section.id);
      return (
        <OneOnOneCard
          key={section.id}
          section={section}
          report={report.oneOnOnes}
          today={today}
        />
      );
    }
    if (!section.isArea) return null;
    const area = report.areas.find(a => a.areaId === section.id);
    if (!area) return null;
    listed.add(area.areaId);
    return (
      <AreaCard key={area.areaId} area={area} section={section} today={today} />
    );
  });
  // An area the report has but the program view lacks still shows (without an Add button).
  const extra = report.areas
    .filter(a => !listed.has(a.areaId))
    .map(area => (
      <AreaCard
        key={area.areaId}
        area={area}
        section={undefined}
        today={today}
      />
    ));
  return (
    <div class="areas">
      <h2 class="sr-only">Program areas</h2>
      {cards}
      {extra}
    </div>
  );
}
