/**
 * Plans for every write the add-on makes: Set up, Add evidence and the readiness summary. A plan
 * inserts blocks and never changes or removes one people wrote (the one block it may replace is
 * the add-on's own: today's readiness summary); its indexes refer to the model it was planned on,
 * and applyInsertions and the server's writer both apply them in insertionOrder.
 */
import {isIsoDate} from './dates';
import {
  isNumberedHeading,
  type Block,
  type DocumentModel,
  type HeadingLevel,
  type Insertion,
  type IsoDate,
  type PlannedCursor,
} from './document-model';
import {
  entryBlocks,
  entryTopic,
  fieldLine,
  sectionBlocks,
  titleBlock,
} from './entries';
import {buildOutline, sectionEntries, type Outline} from './outline';
import {
  allSections,
  evidenceSections,
  findKind,
  roleInSentence,
  type Program,
} from './program';
import {isRole, type ReadinessReport, type Role} from './report';
import {
  findTodaysSummary,
  readinessSummaryBlocks,
  summaryHeading,
  summaryMark,
  type SummaryMark,
} from './summary';

/** A part of the template (title, a participants line, a section), found or not in the document. */
interface Slot {
  /** Set for the program's sections. */
  sectionId?: string;
  /** Where it stands: its first block and the index to append after it; null when missing. */
  found: {
    start: number;
    end: number;
    heading: HeadingLevel;
    /** A line that stands under a section's heading: no neighbour (what goes next to it would too). */
    insideSection?: boolean;
  } | null;
  /**
   * A missing section's own entries, standing elsewhere (their heading was lost): where the first
   * starts and the last ends. Its heading is restored above them.
   */
  ownEntries: {start: number; end: number} | null;
  /** Its blocks as Set up writes them, with a section heading matching its neighbours' style. */
  build: (heading: HeadingLevel) => Block[];
}

/** True when the block stands under a section's heading (the heading itself is not under it). */
function insideSection(outline: Outline, index: number): boolean {
  return [...outline.sections.values()].some(occurrences =>
    occurrences.some(
      occurrence => occurrence.headingIndex < index && index < occurrence.end,
    ),
  );
}

/** Every part of the template in program order: title, participants lines, sections. */
function templateSlots(outline: Outline, program: Program): Slot[] {
  const line = (index: number | undefined) =>
    index === undefined
      ? null
      : {
          start: index,
          end: index + 1,
          heading: 'NORMAL' as const,
          insideSection: insideSection(outline, index),
        };
  return [
    {
      found: line(outline.titleIndex ?? undefined),
      ownEntries: null,
      build: () => [titleBlock(program)],
    },
    ...program.participants.map(field => ({
      found: line(outline.participants.get(field.id)),
      ownEntries: null,
      build: () => [fieldLine(program, field)],
    })),
    ...allSections(program).map(section => {
      const occurrences = outline.sections.get(section.id) ?? [];
      const first = occurrences[0];
      const last = occurrences[occurrences.length - 1];
      const entries = sectionEntries(outline, section.id);
      const firstEntry = entries[0];
      const lastEntry = entries[entries.length - 1];
      return {
        sectionId: section.id,
        found:
          first && last
            ? {
                start: first.headingIndex,
                end: last.appendIndex,
                heading: first.heading,
              }
            : null,
        ownEntries:
          firstEntry && lastEntry
            ? {start: firstEntry.start, end: lastEntry.end}
            : null,
        build: (heading: HeadingLevel) =>
          sectionBlocks(program, section, heading),
      };
    }),
  ];
}

/**
 * Where a missing part goes: a section whose entries stand elsewhere, above the first of them;
 * otherwise after the nearest earlier part of its kind that exists, else before the nearest later
 * one, else after the document's content. A section only neighbours sections:
 * placed right after the participants lines, it would take in writing that stands there under no
 * section and count it as its evidence. The title always goes first: above anything, it cannot
 * cut a section in two.
 */
function placeMissing(
  slots: Slot[],
  position: number,
  contentEnd: number,
): {index: number; heading: HeadingLevel} {
  const near = placeByNeighbours(slots, position, contentEnd);
  const own = slots[position].ownEntries;
  return own ? {index: own.start, heading: near.heading} : near;
}

/** placeMissing by the parts that exist around it, without regard to its own entries. */
function placeByNeighbours(
  slots: Slot[],
  position: number,
  contentEnd: number,
): {index: number; heading: HeadingLevel} {
  if (position === 0) return {index: 0, heading: 'HEADING1'};
  const isSection = slots[position].sectionId !== undefined;
  const neighbour = (slot: Slot) =>
    (!isSection || slot.sectionId !== undefined) && !slot.found?.insideSection
      ? slot.found
      : null;
  const neighbourHeading = (heading: HeadingLevel) =>
    isNumberedHeading(heading) ? heading : 'HEADING1';
  for (let before = position - 1; before >= 0; before -= 1) {
    const found = neighbour(slots[before]);
    if (found)
      return {index: found.end, heading: neighbourHeading(found.heading)};
  }
  for (let after = position + 1; after < slots.length; after += 1) {
    const found = neighbour(slots[after]);
    if (found)
      return {index: found.start, heading: neighbourHeading(found.heading)};
  }
  return {index: contentEnd, heading: 'HEADING1'};
}

/** Adds blocks at an index, joining an insertion already planned there (in program order). */
function addAt(insertions: Insertion[], index: number, blocks: Block[]): void {
  const existing = insertions.find(insertion => insertion.index === index);
  if (existing) existing.blocks.push(...blocks);
  else insertions.push({index, blocks});
}

function byIndex(insertions: Insertion[]): Insertion[] {
  return insertions.sort((a, b) => a.index - b.index);
}

/**
 * Set up: the title, the participants lines and the sections that are missing, each in program
 * order next to the parts that exist. Nothing existing is changed; on its own result it plans nothing.
 */
export function planSetUp(model: DocumentModel, program: Program): Insertion[] {
  const outline = buildOutline(model.blocks, program);
  const slots = templateSlots(outline, program);
  const insertions: Insertion[] = [];
  slots.forEach((slot, position) => {
    if (slot.found) return;
    const place = placeMissing(slots, position, outline.contentEnd);
    addAt(insertions, place.index, slot.build(place.heading));
  });
  return byIndex(insertions);
}

export interface AddEvidenceInput {
  sectionId: string;
  criterionId: string | null;
  kindId: string;
  today: IsoDate;
  role: Role;
  /** What the entry answers, before its criterion if any: a targeted action (review.ts actionTopic). */
  topic?: string;
}

export interface AddEvidencePlan {
  insertions: Insertion[];
  /** The first prompt of the new entry, where the person starts typing. */
  cursor: PlannedCursor;
  /** What the plan does, in a sentence for the user. */
  description: string;
}

/**
 * Where a section's new blocks go: after its last occurrence, or restored in program order (above
 * its own entries when they stand elsewhere).
 */
export function sectionPlace(
  outline: Outline,
  program: Program,
  sectionId: string,
): {index: number; restore: Block[]; heading: HeadingLevel} {
  const slots = templateSlots(outline, program);
  const position = slots.findIndex(slot => slot.sectionId === sectionId);
  const slot = slots[position];
  if (slot && slot.found)
    return {index: slot.found.end, restore: [], heading: slot.found.heading};
  const place = placeMissing(slots, position, outline.contentEnd);
  return {
    index: place.index,
    restore: slot ? slot.build(place.heading) : [],
    heading: place.heading,
  };
}

/**
 * Where a new entry goes in a section being restored at `place`: the end of the section as it
 * will read once its heading is back (after its own entries, and whatever people wrote among
 * them), as an index of the model before the restore; read from the model with the heading put
 * back, so it is never a guess about what the heading will take in.
 */
function appendAfterRestore(
  model: DocumentModel,
  program: Program,
  sectionId: string,
  place: {index: number; restore: Block[]},
): number {
  const restored = applyInsertions(model, [
    {index: place.index, blocks: place.restore},
  ]);
  const outline = buildOutline(restored.blocks, program);
  const end = sectionPlace(outline, program, sectionId);
  const after = end.index - place.restore.length;
  return end.restore.length === 0 && after >= place.index ? after : place.index;
}

/**
 * Add evidence: a templated entry at the end of the section (after its last occurrence, where a
 * log reads on when a heading was duplicated), restoring the section first when it is missing.
 * Throws a clear Error for an unknown section, criterion, kind or role, or a kind the section does
 * not offer.
 */
export function planAddEvidence(
  model: DocumentModel,
  program: Program,
  input: AddEvidenceInput,
): AddEvidencePlan {
  const section = evidenceSections(program).find(
    candidate => candidate.id === input.sectionId,
  );
  if (!section)
    throw new Error(
      `There is no program section "${input.sectionId}" to add evidence to.`,
    );
  const kind = findKind(program, input.kindId);
  if (!kind || !section.kinds.includes(kind.id)) {
    throw new Error(
      `"${section.title}" does not offer entries of kind "${input.kindId}".`,
    );
  }
  const criterion =
    input.criterionId === null
      ? null
      : section.criteria.find(candidate => candidate.id === input.criterionId);
  if (criterion === undefined) {
    throw new Error(
      `"${section.title}" has no criterion "${input.criterionId}".`,
    );
  }
  if (!isIsoDate(input.today))
    throw new Error(`"${input.today}" is not a date written YYYY-MM-DD.`);
  if (!isRole(input.role)) {
    throw new Error(
      `"${String(input.role)}" is neither ${roleInSentence(program, 'candidate')} nor ${roleInSentence(program, 'manager')}.`,
    );
  }

  const outline = buildOutline(model.blocks, program);
  const place = sectionPlace(outline, program, section.id);
  const spec = {
    date: input.today,
    criterion,
    kind,
    role: input.role,
    topic: input.topic,
  };
  const entry = entryBlocks(program, spec);
  const named = input.topic !== undefined || criterion !== null;
  const what = `Added an entry (${kind.label}${named ? `, ${entryTopic(spec)}` : ''})`;
  const append =
    place.restore.length > 0
      ? appendAfterRestore(model, program, section.id, place)
      : place.index;
  const together = append === place.index;
  return {
    insertions: together
      ? [{index: place.index, blocks: [...place.restore, ...entry.blocks]}]
      : [
          {index: place.index, blocks: place.restore},
          {index: append, blocks: entry.blocks},
        ],
    cursor: {
      insertion: together ? 0 : 1,
      block: (together ? place.restore.length : 0) + entry.cursor.block,
      offset: entry.cursor.offset,
    },
    description:
      place.restore.length > 0
        ? `Restored the missing section "${section.title}". ${what} to it.`
        : `${what} to "${section.title}".`,
  };
}

/** What Insert readiness summary does, from what the Doc holds. */
export type SummaryOutcome =
  /** The Doc lacks program sections: nothing is written; Set up comes first. */
  | 'not-set-up'
  /** A new summary at the end of the review section. */
  | 'inserted'
  /** Today's summary, the add-on's own and untouched, replaced where it stands. */
  | 'replaced'
  /** Today's summary was changed by hand (or written by a person): left as it is, nothing added. */
  | 'kept';

export interface SummaryPlan {
  outcome: SummaryOutcome;
  insertions: Insertion[];
  /** What to keep of the summary written, to know it again; null when nothing is written. */
  mark: SummaryMark | null;
}

/**
 * The readiness summary, one a day: on a Doc that is set up, today's summary replaces the add-on's
 * own of today (found wherever it stands, by `mark`), or goes at the end of the review section.
 * Earlier days' summaries stay as history, and nothing a person wrote is touched: a summary of
 * today that no longer matches its mark is kept, and nothing is added.
 */
export function planReadinessSummary(
  model: DocumentModel,
  program: Program,
  report: ReadinessReport,
  today: IsoDate,
  mark: SummaryMark | null,
): SummaryPlan {
  // The summary is for people without the add-on: it never says a section is missing.
  if (report.missingSections.length > 0)
    return {outcome: 'not-set-up', insertions: [], mark: null};
  const todays = findTodaysSummary(model.blocks, today, mark);
  if (todays.found === 'changed')
    return {outcome: 'kept', insertions: [], mark: null};
  if (todays.found === 'own') {
    const blocks = readinessSummaryBlocks(
      report,
      program,
      today,
      todays.heading,
    );
    return {
      outcome: 'replaced',
      insertions: [{index: todays.index, blocks, replaces: todays.count}],
      mark: summaryMark(blocks, today),
    };
  }
  const outline = buildOutline(model.blocks, program);
  const place = sectionPlace(outline, program, program.review.id);
  const blocks = readinessSummaryBlocks(
    report,
    program,
    today,
    summaryHeading(place.heading),
  );
  return {
    outcome: 'inserted',
    insertions: [{index: place.index, blocks}],
    mark: summaryMark(blocks, today),
  };
}

/**
 * The order to write insertions in, as positions in `insertions`: the highest index first, so an
 * insertion never shifts one still to come; at one index, the later-planned first, so the blocks
 * of insertions sharing an index stand in the document in plan order. applyInsertions and the
 * server's writer both follow it.
 */
export function insertionOrder(insertions: readonly Insertion[]): number[] {
  return insertions
    .map((_, position) => position)
    .sort((a, b) => insertions[b].index - insertions[a].index || b - a);
}

/**
 * Where a planned block stands once every insertion is written (insertions sharing an index land
 * in plan order): lets the server find it in the saved Doc without reading the Doc again.
 */
export function plannedIndex(
  insertions: readonly Insertion[],
  cursor: PlannedCursor,
): number {
  const target = insertions[cursor.insertion];
  if (!target || cursor.block >= target.blocks.length) {
    throw new Error('The planned cursor is outside the planned insertions.');
  }
  const before = insertions.reduce(
    (count, insertion, position) =>
      insertion.index < target.index ||
      (insertion.index === target.index && position < cursor.insertion)
        ? count + insertion.blocks.length - (insertion.replaces ?? 0)
        : count,
    0,
  );
  return target.index + before + cursor.block;
}

/** The model as it will be once the insertions are written (pure: the model is not changed). */
export function applyInsertions(
  model: DocumentModel,
  insertions: Insertion[],
): DocumentModel {
  const blocks = [...model.blocks];
  for (const position of insertionOrder(insertions)) {
    const {index, blocks: inserted, replaces = 0} = insertions[position];
    if (
      !Number.isInteger(index) ||
      index < 0 ||
      index + replaces > model.blocks.length
    ) {
      throw new Error(
        `Insertion index ${index} is outside the document (0..${model.blocks.length}).`,
      );
    }
    blocks.splice(index, replaces, ...inserted);
  }
  return {blocks};
}

/** Where the sidebar's "Go to" buttons point: a section, or one entry of it. */
export type JumpTarget =
  {sectionId: string} | {sectionId: string; entryIndex: number};

/** The block a jump lands on: the section's first heading, or the entry's first block; null if gone. */
export function findJumpTarget(
  model: DocumentModel,
  program: Program,
  target: JumpTarget,
): number | null {
  const outline = buildOutline(model.blocks, program);
  if ('entryIndex' in target) {
    return (
      sectionEntries(outline, target.sectionId)[target.entryIndex]?.start ??
      null
    );
  }
  return outline.sections.get(target.sectionId)?.[0]?.headingIndex ?? null;
}

/** The entry of a section that holds block `index` (e.g. one just added), as a jump target. */
export function entryTargetAt(
  model: DocumentModel,
  program: Program,
  sectionId: string,
  index: number,
): JumpTarget | null {
  const entries = sectionEntries(
    buildOutline(model.blocks, program),
    sectionId,
  );
  const entryIndex = entries.findIndex(
    entry => entry.start <= index && index < entry.end,
  );
  return entryIndex < 0 ? null : {sectionId, entryIndex};
}
