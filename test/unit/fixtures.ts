/**
 * Tiny builders for realistic edited documents, and helpers that act as the people do: add an entry
 * through the add-on, type over a prompt, delete or restyle a block.
 */
import type {
  Block,
  DocumentModel,
  HeadingLevel,
  IsoDate,
  TextRun,
} from '../../src/core/document-model';
import {
  planConfirmEntry,
  planSignOff,
  type CompletionPlan,
} from '../../src/core/completion-plans';
import {buildOutline, sectionEntries} from '../../src/core/outline';
import type {Program} from '../../src/core/program';
import {PROGRAM} from '../../src/core/program-data';
import {computeReadiness} from '../../src/core/readiness';
import type {AreaReport, ReadinessReport, Role} from '../../src/core/report';
import {
  applyInsertions,
  planAddEvidence,
  planSetUp,
} from '../../src/core/setup';

export const GREY = PROGRAM.promptLook.color;
export const TODAY: IsoDate = '2026-11-24';

export function runs(heading: HeadingLevel, ...parts: TextRun[]): Block {
  return {
    type: 'paragraph',
    heading,
    text: parts.map(part => part.text).join(''),
    runs: parts,
  };
}

export const para = (text: string): Block => runs('NORMAL', {text});
export const title = (text: string): Block => runs('TITLE', {text});
export const h1 = (text: string): Block => runs('HEADING1', {text});
export const h2 = (text: string): Block => runs('HEADING2', {text});
export const h3 = (text: string): Block => runs('HEADING3', {text});
export const blank = (): Block => para('');
/** Grey text, as prompts and guidance look (and as text typed over a prompt in its style). */
export const grey = (text: string): Block =>
  runs('NORMAL', {text, color: GREY, italic: true});
/** 'Label: ' then text: a prompt line a person has filled in (plain) or not (grey). */
export const labelled = (
  label: string,
  text: string,
  color: string | null = null,
): Block =>
  runs('NORMAL', {text: `${label}:`, bold: true}, {text: ' '}, {text, color});
export const bullet = (text: string): Block => ({
  type: 'listItem',
  heading: 'NORMAL',
  text,
  runs: [{text}],
});
export const table = (text: string): Block => ({
  type: 'table',
  heading: 'NORMAL',
  text,
  runs: [],
});
export const image = (): Block => ({
  type: 'paragraph',
  heading: 'NORMAL',
  text: '',
  runs: [],
  hasImage: true,
});

export function doc(...blocks: Block[]): DocumentModel {
  return {blocks};
}

/** A new Google Doc: one empty paragraph. */
export function emptyDoc(): DocumentModel {
  return doc(blank());
}

export function setUp(model: DocumentModel = emptyDoc()): DocumentModel {
  return applyInsertions(model, planSetUp(model, PROGRAM));
}

export interface AddOptions {
  criterionId?: string | null;
  kindId?: string;
  today?: IsoDate;
  role?: Role;
}

/** Clicks Add evidence: returns the document with the new entry and the entry heading's index. */
export function addEntry(
  model: DocumentModel,
  sectionId: string,
  options: AddOptions = {},
): {model: DocumentModel; heading: number} {
  const kindId =
    options.kindId ??
    (sectionId === 'one-on-one-log' ? 'one-on-one-log' : 'general');
  const plan = planAddEvidence(model, PROGRAM, {
    sectionId,
    criterionId: options.criterionId ?? null,
    kindId,
    today: options.today ?? TODAY,
    role: options.role ?? 'candidate',
  });
  const insertion = plan.insertions[plan.cursor.insertion];
  const heading = insertion.index + plan.cursor.block - 2;
  return {model: applyInsertions(model, plan.insertions), heading};
}

/** Types `text` over the prompt of block `index` (plain, or grey when typed in the prompt's style). */
export function typeOver(
  model: DocumentModel,
  index: number,
  text: string,
  color: string | null = null,
): DocumentModel {
  return replace(model, index, block => {
    const kept = block.runs.filter(run => run.color !== GREY);
    return runs(block.heading, ...kept, {text, color});
  });
}

/** Adds an entry and fills its first prompt: real evidence. */
export function addEvidence(
  model: DocumentModel,
  sectionId: string,
  options: AddOptions = {},
  writing = 'We talked it through and agreed on next steps.',
): DocumentModel {
  const added = addEntry(model, sectionId, options);
  return typeOver(added.model, added.heading + 2, writing);
}

export function replace(
  model: DocumentModel,
  index: number,
  change: (block: Block) => Block,
): DocumentModel {
  return {
    blocks: model.blocks.map((block, position) =>
      position === index ? change(block) : block,
    ),
  };
}

export function remove(
  model: DocumentModel,
  ...indexes: number[]
): DocumentModel {
  return {
    blocks: model.blocks.filter((_, position) => !indexes.includes(position)),
  };
}

export function insertAt(
  model: DocumentModel,
  index: number,
  ...blocks: Block[]
): DocumentModel {
  return {
    blocks: [
      ...model.blocks.slice(0, index),
      ...blocks,
      ...model.blocks.slice(index),
    ],
  };
}

/**
 * Backspace at the start of block `index`: it joins the block before it, which keeps its own style
 * and kind (a line joined into a heading becomes part of the heading), runs and all, as Docs does.
 */
export function joinWithPrevious(
  model: DocumentModel,
  index: number,
): DocumentModel {
  const [before, after] = [model.blocks[index - 1], model.blocks[index]];
  const blocks = [...model.blocks];
  blocks.splice(index - 1, 2, {
    ...runs(before.heading, ...before.runs, ...after.runs),
    type: before.type,
  });
  return {blocks};
}

export function indexOfText(
  model: DocumentModel,
  text: string,
  from = 0,
): number {
  const index = model.blocks.findIndex(
    (block, position) => position >= from && block.text.startsWith(text),
  );
  if (index < 0) throw new Error(`No block starts with "${text}"`);
  return index;
}

/**
 * The model as the server's reader produces it: runs split where the colour changes, and only the
 * colour read (no bold or italic). The core must tell prompts from writing with that alone.
 */
export function asRead(model: DocumentModel): DocumentModel {
  return {
    blocks: model.blocks.map(block => {
      const merged: TextRun[] = [];
      for (const run of block.runs) {
        const color = run.color ?? null;
        const previous = merged[merged.length - 1];
        if (previous && previous.color === color) previous.text += run.text;
        else if (run.text !== '') merged.push({text: run.text, color});
      }
      return {...block, runs: merged};
    }),
  };
}

/** The readiness check on the model as read (asRead), for the program or an adapted one. */
export function check(
  model: DocumentModel,
  today: IsoDate = TODAY,
  program: Program = PROGRAM,
): ReadinessReport {
  return computeReadiness(asRead(model), program, today);
}

export function areaOf(report: ReadinessReport, areaId: string): AreaReport {
  const area = report.areas.find(candidate => candidate.areaId === areaId);
  if (!area) throw new Error(`No area ${areaId}`);
  return area;
}

/** Every area evidenced: each criterion of each 'each' area, one entry elsewhere, a weekly log. */
export function completeDoc(today: IsoDate = TODAY): DocumentModel {
  let model = setUp();
  for (const area of PROGRAM.areas) {
    const criteria =
      area.rule === 'each'
        ? area.criteria.map(criterion => criterion.id)
        : [null];
    for (const criterionId of criteria)
      model = addEvidence(model, area.id, {criterionId, today});
  }
  return addEvidence(model, 'one-on-one-log', {today});
}

/** The sponsoring manager confirms the section's entry `entryIndex` from the sidebar. */
export function confirmEntry(
  model: DocumentModel,
  sectionId: string,
  entryIndex: number,
  today: IsoDate = TODAY,
): DocumentModel {
  const entry = sectionEntries(buildOutline(model.blocks, PROGRAM), sectionId)[
    entryIndex
  ];
  const plan = planConfirmEntry(model, PROGRAM, {
    sectionId,
    entryIndex,
    title: entry?.title ?? '',
    today,
  });
  return applyInsertions(model, plan.insertions);
}

/** completeDoc with one entry of each area confirmed by the sponsoring manager. */
export function confirmedDoc(today: IsoDate = TODAY): DocumentModel {
  let model = completeDoc(today);
  for (const area of PROGRAM.areas)
    model = confirmEntry(model, area.id, 0, today);
  return model;
}

export const RECOMMENDATION_LABEL = "Manager's recommendation";
export const RECOMMENDATION =
  'Ready: she runs the team rituals on her own and her reports ask her for career advice.';

/** The sponsoring manager types the recommendation over its field's prompt. */
export function recommend(
  model: DocumentModel,
  writing = RECOMMENDATION,
): DocumentModel {
  return typeOver(model, indexOfText(model, RECOMMENDATION_LABEL), writing);
}

/** What is left while the recommendation is not written. */
export const RECOMMENDATION_LEFT =
  "Manager's recommendation: still to write in the review section — why the candidate is ready, in a few lines";

/** The model with a completion plan's insertions made, as the server's writer makes them. */
export function apply(
  model: DocumentModel,
  plan: CompletionPlan,
): DocumentModel {
  return applyInsertions(model, plan.insertions);
}

/** `role` records from the sidebar that they believe the evidence is complete. */
export function signOff(
  model: DocumentModel,
  role: Role,
  today: IsoDate = TODAY,
): DocumentModel {
  return apply(model, planSignOff(model, PROGRAM, role, today));
}

/** The candidate, then the sponsoring manager, sign off. */
export function bothAgree(
  model: DocumentModel,
  today: IsoDate = TODAY,
): DocumentModel {
  return signOff(signOff(model, 'candidate', today), 'manager', today);
}
