/** Which tab holds the program, from each tab's text (core/program-tab.ts). */
import {chooseProgramTab, sectionsNamed} from '../../src/core/program-tab';
import {PROGRAM} from '../../src/core/program-data';
import {allSections} from '../../src/core/program';

const ALL = allSections(PROGRAM).map(section => section.title);
const program = (...titles: string[]) =>
  ['Lead Mentorship Program', ...titles].join('\n');

describe('chooseProgramTab', () => {
  it('names a section only on a line of its own, not in a sentence that mentions it', () => {
    expect(
      sectionsNamed(
        PROGRAM,
        'We kept the Weekly One-on-One Log going all year.\n2. Weekly one-on-one log',
      ),
    ).toEqual(['one-on-one-log']);
  });

  it('with no program anywhere: the tab the person views, no warning', () => {
    expect(
      chooseProgramTab(
        PROGRAM,
        [
          {title: 'Notes', text: 'notes'},
          {title: 'Empty', text: ''},
        ],
        1,
      ),
    ).toEqual({index: 1, warning: null});
  });

  it('the tab with the most sections, whatever tab is viewed; the first of equals', () => {
    const tabs = [
      {title: 'Notes', text: 'notes'},
      {title: 'Tracking', text: program(...ALL)},
    ];
    expect(chooseProgramTab(PROGRAM, tabs, 0)).toEqual({
      index: 1,
      warning: null,
    });
    const twins = [
      {title: 'A', text: program(...ALL)},
      {title: 'B', text: program(...ALL)},
    ];
    expect(chooseProgramTab(PROGRAM, twins, 1).index).toBe(0);
  });

  it('a second copy (shared sections) and a split (only other sections) are told apart', () => {
    const copy = chooseProgramTab(
      PROGRAM,
      [
        {title: 'Main', text: program(...ALL)},
        {title: 'Old', text: program(ALL[0], ALL[1])},
      ],
      0,
    );
    expect(copy.index).toBe(0);
    expect(copy.warning).toMatch(
      /^The program appears in more than one tab: "Main" and "Old"\./,
    );
    const split = chooseProgramTab(
      PROGRAM,
      [
        {title: 'Part 1', text: program(...ALL.slice(0, 3))},
        {title: 'Part 2', text: program(...ALL.slice(3))},
        {title: 'Notes', text: 'notes'},
      ],
      2,
    );
    expect(split.index).toBe(1);
    expect(split.warning).toMatch(
      /^The program is split over tabs: "Part 2" and "Part 1"\./,
    );
  });
});
