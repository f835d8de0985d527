/**
 * Which tab of a tabbed Doc holds the program, from each tab's text: the add-on reads, writes and
 * scores that tab whatever tab the person views, and says so when the program is split over tabs
 * or appears in two. (Apps Script's Document methods act on the tab the person views; see
 * src/server/program-tab.ts.)
 */
import {sectionNamedExactly} from './outline';
import {allSections, type Program} from './program';

/** A tab as the chooser sees it: its title and its body's text (lines split by "\n"). */
export interface TabText {
  title: string;
  text: string;
}

export interface ProgramTabChoice {
  /** The position in the given tabs of the tab to read and write. */
  index: number;
  /** What the person should know (the program split over tabs, or in two), or null. */
  warning: string | null;
}

/** A section heading is a short line; longer lines are writing and are not matched at all. */
const MAX_HEADING_LENGTH = 200;

/** The program sections a tab's text names on a line of their own, in program order. */
export function sectionsNamed(program: Program, text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.length > MAX_HEADING_LENGTH) continue;
    const sectionId = sectionNamedExactly(program, line);
    if (sectionId) found.add(sectionId);
  }
  return allSections(program)
    .map(section => section.id)
    .filter(id => found.has(id));
}

function quoted(titles: readonly string[]): string {
  const names = titles.map(title => `"${title}"`);
  return names.length === 1
    ? names[0]
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The tab with the most program sections (the first of equals, in tab order: a tab before its
 * child tabs); with none anywhere, the tab the person views (`activeIndex`), where Set up then
 * writes. Other tabs naming sections make a warning: the same sections again are a second copy,
 * only other sections a split.
 */
export function chooseProgramTab(
  program: Program,
  tabs: readonly TabText[],
  activeIndex: number,
): ProgramTabChoice {
  const named = tabs.map(tab => sectionsNamed(program, tab.text));
  let index = -1;
  named.forEach((sections, position) => {
    if (sections.length > (index < 0 ? 0 : named[index].length))
      index = position;
  });
  if (index < 0) return {index: activeIndex, warning: null};
  const chosen = new Set(named[index]);
  const others = named
    .map((sections, position) => ({sections, position}))
    .filter(({sections, position}) => position !== index && sections.length);
  if (others.length === 0) return {index, warning: null};
  const title = tabs[index].title;
  const copies = others.filter(({sections}) =>
    sections.some(id => chosen.has(id)),
  );
  const otherTitles = (list: typeof others) =>
    quoted(list.map(({position}) => tabs[position].title));
  if (copies.length > 0) {
    return {
      index,
      warning: `The program appears in more than one tab: "${title}" and ${otherTitles(copies)}. The add-on reads and writes only "${title}" (it has the most sections); move anything written in the other copy there, then delete that copy.`,
    };
  }
  return {
    index,
    warning: `The program is split over tabs: "${title}" and ${otherTitles(others)}. The add-on reads and writes only "${title}"; evidence in the other tabs is not counted. Move those sections into "${title}".`,
  };
}
