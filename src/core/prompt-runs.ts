/**
 * The add-on's prompts and guidance in a line, told apart from people's words run by run: a run
 * in the prompt colour that is a piece of a prompt or guidance (what is left when people delete
 * part of one), or a whole prompt or guidance in any colour. Text typed over a prompt keeps its
 * grey look in Docs, so grey text that is not a piece of one is the person's.
 *
 * The one rule for it: outline.ts reads writing with it, loop-lines.ts reads the decisions people
 * type with it, so a prompt never speaks for a person in either.
 */
import type {Block, TextRun} from './document-model';
import {allSections, type Program} from './program';
import {normalizeText} from './text';

export interface PromptTexts {
  /** Every prompt, guidance and field prompt, to test whether a run is a piece of one. */
  corpus: string;
  /** The same, each normalised whole. */
  whole: Set<string>;
  /** The prompt colour, lower-case '#rrggbb'. */
  color: string;
}

const promptTextsOf = new WeakMap<Program, PromptTexts>();

export function promptTexts(program: Program): PromptTexts {
  const cached = promptTextsOf.get(program);
  if (cached) return cached;
  const texts = [
    ...program.kinds.flatMap(kind => kind.prompts),
    ...program.participants,
    ...program.review.fields,
  ]
    .map(prompt => prompt.text)
    .concat(allSections(program).map(section => section.guidance));
  const built: PromptTexts = {
    corpus: texts.join('\n'),
    whole: new Set(texts.map(normalizeText)),
    color: program.promptLook.color.toLowerCase(),
  };
  promptTextsOf.set(program, built);
  return built;
}

export function isPromptRun(run: TextRun, prompts: PromptTexts): boolean {
  const text = run.text.trim();
  if (text === '') return false;
  if (
    run.color &&
    run.color.toLowerCase() === prompts.color &&
    prompts.corpus.includes(text)
  )
    return true;
  return prompts.whole.has(normalizeText(text));
}

/** A paragraph's runs; a block read without them, its text as one run. */
export function runsOf(block: Block): TextRun[] {
  return block.runs.length > 0 || block.text === ''
    ? block.runs
    : [{text: block.text}];
}

/** The block's text with its prompt runs blanked out: what the people and the add-on's labels wrote. */
export function withoutPromptRuns(block: Block, prompts: PromptTexts): string {
  let rest = '';
  for (const run of runsOf(block))
    rest += isPromptRun(run, prompts) ? ' ' : run.text;
  return rest;
}
