/**
 * Generated edited Docs for property-based tests (fast-check), shared by the core's properties
 * (edited-docs.property.test.ts) and the server's on the emulator: a set-up Doc, or a hand-made
 * one set up afterwards, with drafts added by the add-on, then the edits people make by accident
 * (headings renamed by case, numbered, re-levelled, moved, deleted, duplicated; characters deleted
 * and lines joined inside the add-on's text, entry headings and summary lines too; add-on lines set
 * to another style; the program's text and add-on lines pasted where they do not belong; earlier
 * summaries moved) and, in another family, people's own content (tables, lists, images, very long
 * and unusual Unicode text).
 */

import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type {
  Block,
  DocumentModel,
  HeadingLevel,
} from '../../src/core/document-model';
import {HEADING_LEVELS} from '../../src/core/document-model';
import {guidanceLine, fieldLine, promptLine} from '../../src/core/entries';
import {PROGRAM} from '../../src/core/program-data';
import {evidenceSections} from '../../src/core/program';
import type {ReadinessReport} from '../../src/core/report';
import {readinessSummaryBlocks} from '../../src/core/summary';
import {
  addEntry,
  bullet,
  check,
  doc,
  emptyDoc,
  h2,
  image,
  joinWithPrevious,
  para,
  runs,
  setUp,
  table,
  title,
  TODAY,
  typeOver,
} from './fixtures';

/**
 * Every property test that generates Docs from here replays the same Docs in `npm test` (a fixed
 * seed), so CI is red only when a change breaks one of them, never by the luck of the draw.
 * `npm run fuzz` explores fresh seeds; a failure prints its seed and path (`FUZZ_SEED=… npm run
 * fuzz` draws the same Docs again): keep it as a case once fixed (as template-text.test.ts keeps
 * the broken entry heading seed 467604012 found).
 */
const FIXED_SEED = 20261202;
fc.configureGlobal(
  process.env.FUZZ_SEED
    ? {seed: Number(process.env.FUZZ_SEED)}
    : process.env.FUZZ
      ? {}
      : {seed: FIXED_SEED},
);

const PROGRAM_LINES = readFileSync(
  path.join(__dirname, '../fixtures/lead-mentorship-program.md'),
  'utf8',
)
  .split('\n')
  .map(line => line.trim())
  .filter(line => line !== '');

export const SECTIONS = evidenceSections(PROGRAM);

// ---------------------------------------------------------------------------------------------
// The Docs before the edits: set up, or hand-made then set up, with drafts the add-on wrote.

interface DraftSpec {
  section: number;
  criterion: number;
  kind: number;
  role: 'candidate' | 'manager';
  date: string;
}

const draftSpec: fc.Arbitrary<DraftSpec> = fc.record({
  section: fc.nat(),
  criterion: fc.nat(),
  kind: fc.nat(),
  role: fc.constantFrom('candidate' as const, 'manager' as const),
  date: fc.constantFrom('2026-09-01', '2026-10-15', '2026-11-20', TODAY),
});

/** A Doc someone made by hand: some section headings, in any order, at one level, before Set up. */
const handMade: fc.Arbitrary<DocumentModel> = fc
  .record({
    sections: fc.shuffledSubarray([
      ...PROGRAM.areas.map(area => area.shortTitle),
      'One-on-one log',
    ]),
    level: fc.constantFrom<HeadingLevel>('HEADING1', 'HEADING2'),
    intro: fc.boolean(),
  })
  .map(({sections, level, intro}) =>
    doc(
      ...(intro ? [title('Ana — LMP')] : []),
      ...sections.map(text => runs(level, {text})),
    ),
  );

/** A set-up Doc with entries the add-on wrote: drafts, or (`written`) some written over. */
const docWithEntries = (written: boolean): fc.Arbitrary<DocumentModel> =>
  fc
    .record({
      start: fc.oneof(fc.constant(emptyDoc()), handMade),
      drafts: fc.array(
        fc.tuple(draftSpec, written ? fc.boolean() : fc.constant(false)),
        {maxLength: 5},
      ),
    })
    .map(({start, drafts}) => {
      let model = setUp(start);
      for (const [spec, typed] of drafts) {
        const section = SECTIONS[spec.section % SECTIONS.length];
        const criteria = [null, ...section.criteria.map(c => c.id)];
        const added = addEntry(model, section.id, {
          criterionId: criteria[spec.criterion % criteria.length],
          kindId: section.kinds[spec.kind % section.kinds.length],
          role: spec.role,
          today: spec.date,
        });
        model = typed
          ? typeOver(added.model, added.heading + 2, 'We agreed on next steps.')
          : added.model;
      }
      return model;
    });

export const baseDoc = docWithEntries(false);

/** Like baseDoc, with some of the entries written: real evidence. */
export const writtenDoc = docWithEntries(true);

// ---------------------------------------------------------------------------------------------
// Edits that only move, restyle, damage or copy the add-on's and the program's text.

type Edit = (model: DocumentModel) => DocumentModel;

export const pick = <T>(items: readonly T[], at: number): T =>
  items[at % items.length];
const isText = (block: Block) =>
  block.type === 'paragraph' || block.type === 'listItem';
const withBlocks = (blocks: Block[]): DocumentModel => ({
  blocks: blocks.length > 0 ? blocks : [para('')],
});

/** Blocks that already lost a character: one deletion per line (two in a word is a rewrite). */
const damaged = new WeakSet<Block>();

/** Deletes one character of a line, inside whichever run holds it. */
const deleteCharacter =
  (at: number, offset: number): Edit =>
  model => {
    const index = at % model.blocks.length;
    const block = model.blocks[index];
    if (!isText(block) || block.text === '' || damaged.has(block)) return model;
    const cut = offset % block.text.length;
    let seen = 0;
    const kept = block.runs.map(run => {
      const start = seen;
      seen += run.text.length;
      return cut >= start && cut < seen
        ? {
            ...run,
            text:
              run.text.slice(0, cut - start) + run.text.slice(cut - start + 1),
          }
        : run;
    });
    const edited = {...runs(block.heading, ...kept), type: block.type};
    damaged.add(edited);
    const blocks = [...model.blocks];
    blocks[index] = edited;
    return {blocks};
  };

/** A line that starts with a date: an entry heading, a dated one-on-one line. */
const isDated = (block: Block) => /^\d{4}-\d{2}-\d{2}/.test(block.text);

/**
 * Backspace at the start of line `index`: it joins the line before it, which keeps its own style
 * (a line joined into a heading becomes part of the heading; a heading joined into body text,
 * body text), as Docs does.
 */
function joinAt(model: DocumentModel, index: number): DocumentModel {
  const [before, after] = [model.blocks[index - 1], model.blocks[index]];
  if (!before || !after || !isText(before) || !isText(after)) return model;
  const joined = joinWithPrevious(model, index);
  if (damaged.has(before) || damaged.has(after))
    damaged.add(joined.blocks[index - 1]);
  return joined;
}

/** Joins a line into the one before it, whatever their styles. */
const joinLines =
  (at: number): Edit =>
  model =>
    joinAt(model, 1 + (at % Math.max(1, model.blocks.length - 1)));

/**
 * Joins a dated line (an entry heading most often) into the line before it, or the line after it
 * into the dated line: drawn apart from joinLines, so that every Doc with entries meets it often.
 */
export const joinDatedLine =
  (at: number, into: boolean): Edit =>
  model => {
    const dated = model.blocks.flatMap((block, index) =>
      isDated(block) ? [index] : [],
    );
    if (dated.length === 0) return model;
    const index = pick(dated, at);
    return joinAt(model, into ? index : index + 1);
  };

const STYLES: Array<HeadingLevel | 'listItem'> = [
  ...HEADING_LEVELS,
  'listItem',
];

/** Sets a line's paragraph style, or makes it a list item. */
const restyle =
  (at: number, style: number): Edit =>
  model => {
    const index = at % model.blocks.length;
    const block = model.blocks[index];
    if (!isText(block)) return model;
    const chosen = pick(STYLES, style);
    const edited: Block =
      chosen === 'listItem'
        ? {...block, type: 'listItem', heading: 'NORMAL'}
        : {...block, type: 'paragraph', heading: chosen};
    if (damaged.has(block)) damaged.add(edited);
    const blocks = [...model.blocks];
    blocks[index] = edited;
    return {blocks};
  };

/** Renames a heading without new words: upper or lower case, or a number before it. */
const renameHeading =
  (at: number, how: number): Edit =>
  model => {
    const index = at % model.blocks.length;
    const block = model.blocks[index];
    if (!isText(block) || block.heading === 'NORMAL' || damaged.has(block))
      return model;
    const rename = pick(
      [
        (text: string) => text.toUpperCase(),
        (text: string) => text.toLowerCase(),
        (text: string) => `${1 + (how % 9)}. ${text}`,
      ],
      how,
    );
    const blocks = [...model.blocks];
    blocks[index] = {
      ...runs(
        block.heading,
        ...block.runs.map(run => ({...run, text: rename(run.text)})),
      ),
      type: block.type,
    };
    return {blocks};
  };

/** Removes, duplicates or moves a stretch of blocks (a heading with what follows, say). */
const rearrange =
  (
    kind: 'delete' | 'duplicate' | 'move',
    at: number,
    length: number,
    to: number,
  ): Edit =>
  model => {
    const start = at % model.blocks.length;
    const stretch = model.blocks.slice(start, start + 1 + (length % 4));
    const rest = [...model.blocks];
    if (kind !== 'duplicate') rest.splice(start, stretch.length);
    if (kind === 'delete') return withBlocks(rest);
    const target = to % (rest.length + 1);
    rest.splice(
      target,
      0,
      ...stretch.map(block => {
        // A copy of a damaged line is damaged: a second deletion in it would be a rewrite.
        const copy = {...block};
        if (damaged.has(block)) damaged.add(copy);
        return copy;
      }),
    );
    return withBlocks(rest);
  };

/** Lines the add-on writes, as they would be copied and pasted under another heading. */
const ADD_ON_LINES: Block[] = [
  ...PROGRAM.participants.map(field => fieldLine(PROGRAM, field)),
  ...PROGRAM.review.fields.map(field => fieldLine(PROGRAM, field)),
  ...[...SECTIONS, PROGRAM.review].map(section =>
    guidanceLine(PROGRAM, section.guidance),
  ),
  ...PROGRAM.kinds.flatMap(kind =>
    kind.prompts.map(prompt => promptLine(PROGRAM, prompt)),
  ),
  para(`${PROGRAM.recordedByLabel}: Candidate · General`),
];

const pasteAddOnLine =
  (which: number, to: number): Edit =>
  model => {
    const blocks = [...model.blocks];
    blocks.splice(to % (blocks.length + 1), 0, {...pick(ADD_ON_LINES, which)});
    return {blocks};
  };

/** Some lines of the program, pasted with or without their formatting. */
const pasteProgram =
  (from: number, count: number, formatted: boolean, to: number): Edit =>
  model => {
    const start = from % PROGRAM_LINES.length;
    const lines = PROGRAM_LINES.slice(start, start + 1 + (count % 8)).map(
      line => {
        const text = line.replace(/^(#|•)\s*/, '');
        if (!formatted) return para(text);
        return line.startsWith('# ')
          ? h2(text)
          : line.startsWith('•')
            ? bullet(text)
            : para(text);
      },
    );
    const blocks = [...model.blocks];
    blocks.splice(to % (blocks.length + 1), 0, ...lines);
    return {blocks};
  };

/** An earlier readiness summary, moved under whatever heading is there. */
const moveEarlierSummary =
  (heading: number, to: number): Edit =>
  model => {
    const summary = readinessSummaryBlocks(
      check(model, '2026-10-01'),
      PROGRAM,
      '2026-10-01',
      pick<HeadingLevel>(['HEADING2', 'HEADING3', 'NORMAL'], heading),
    );
    const blocks = [...model.blocks];
    blocks.splice(to % (blocks.length + 1), 0, ...summary);
    return {blocks};
  };

export const n = fc.nat({max: 10_000});

const templateEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(n, n).map(([at, offset]) => deleteCharacter(at, offset)),
  n.map(at => joinLines(at)),
  fc.tuple(n, fc.boolean()).map(([at, into]) => joinDatedLine(at, into)),
  fc.tuple(n, n).map(([at, style]) => restyle(at, style)),
  fc.tuple(n, n).map(([at, how]) => renameHeading(at, how)),
  fc
    .tuple(
      fc.constantFrom('delete' as const, 'duplicate' as const, 'move' as const),
      n,
      n,
      n,
    )
    .map(([kind, at, length, to]) => rearrange(kind, at, length, to)),
  fc.tuple(n, n).map(([which, to]) => pasteAddOnLine(which, to)),
  fc
    .tuple(n, n, fc.boolean(), n)
    .map(([from, count, formatted, to]) =>
      pasteProgram(from, count, formatted, to),
    ),
  fc.tuple(n, n).map(([heading, to]) => moveEarlierSummary(heading, to)),
);

const applyAll = (model: DocumentModel, edits: Edit[]) =>
  edits.reduce((current, edit) => edit(current), model);

/** A Doc with only the add-on's and the program's text, edited by accident. */
export const templateOnlyDoc = fc
  .tuple(baseDoc, fc.array(templateEdit, {maxLength: 8}))
  .map(([model, edits]) => applyAll(model, edits));

// ---------------------------------------------------------------------------------------------
// People's own content: tables, lists, images, very long and unusual Unicode text.

const unusualText = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.string({
    unit: fc.constantFrom(
      '(',
      ')',
      '·',
      '—',
      ':',
      ' ',
      '\u200b',
      '\u0301',
      '👩🏽‍💻',
      'İ',
      'ß',
      '١',
    ),
    maxLength: 40,
  }),
  fc.nat({max: 3_000}).map(size => 'long '.repeat(size)),
  fc.constant('('.repeat(5_000)),
);

/** The review's decision fields (the add-on removes them blank once it records a decision). */
export const DECISION_FIELDS = PROGRAM.review.fields.filter(field =>
  field.id.startsWith('decision'),
);

/** A decision field people made theirs: an image put in it, or a word of theirs in its label. */
const ownedDecisionField: fc.Arbitrary<Block> = fc
  .tuple(fc.constantFrom(...DECISION_FIELDS), fc.boolean())
  .map(([field, withImage]) => {
    const line = fieldLine(PROGRAM, field);
    return withImage
      ? {...line, hasImage: true}
      : para(`${field.label} (to confirm): ${field.text}`);
  });

const personBlock: fc.Arbitrary<Block> = fc.oneof(
  ownedDecisionField,
  unusualText.map(text => para(text)),
  unusualText.map(text => bullet(text)),
  unusualText.map(text => h2(text)),
  unusualText.map(text => table(text)),
  fc.constant(image()),
  fc
    .constantFrom(
      '2026-10-03: roadmap and hiring',
      'Building trust: weekly 1:1s with Ana',
    )
    .map(para),
);

const personEdit: fc.Arbitrary<Edit> = fc
  .tuple(personBlock, n)
  .map(([block, to]) => model => {
    const blocks = [...model.blocks];
    blocks.splice(to % (blocks.length + 1), 0, block);
    return {blocks};
  });

export const editedDoc = fc
  .tuple(baseDoc, fc.array(fc.oneof(templateEdit, personEdit), {maxLength: 8}))
  .map(([model, edits]) => applyAll(model, edits));

/** Nothing there was lost, changed or reordered: the old blocks, in order, among the new. */
export function keepsEveryBlock(
  before: DocumentModel,
  after: DocumentModel,
): boolean {
  let next = 0;
  for (const block of after.blocks)
    if (block === before.blocks[next]) next += 1;
  return next === before.blocks.length;
}

/** The Doc as lines, to read in a failure message. */
export function linesOf(model: DocumentModel): string {
  return model.blocks
    .map((b, i) => `${i} ${b.type}/${b.heading}: ${b.text.slice(0, 100)}`)
    .join('\n');
}

export function noEvidence(report: ReadinessReport): boolean {
  return (
    report.areas.every(
      area =>
        area.evidenceCount === 0 &&
        area.status === 'missing' &&
        area.criteria.every(criterion => !criterion.covered),
    ) && report.oneOnOnes.entryCount === 0
  );
}
