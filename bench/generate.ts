/**
 * Realistic tracking Docs of a chosen size, for the benchmark: the set-up template (the very
 * blocks Set up writes), then entries of every kind under every area and the one-on-one log, as
 * the add-on writes them and then as people fill them in: prompts typed over, notes, bullet lists,
 * tables, the odd image and blank line, some entries left as drafts. Deterministic (seeded), so
 * every run measures the same documents.
 */
import type {BlockJSON, InlineJSON} from '../dev/emulator/document/model';
import type {Block, IsoDate} from '../src/core/document-model';
import {entryBlocks, sectionBlocks, templateBlocks} from '../src/core/entries';
import {
  evidenceSections,
  findKind,
  type EntryKind,
  type EvidenceSection,
  type Program,
} from '../src/core/program';
import type {Role} from '../src/core/report';

/** A small deterministic PRNG (mulberry32): same seed, same document. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Ran the weekly sync and kept it to twenty minutes.',
  'Asked Priya how the migration is going; she wants more ownership of the rollout.',
  'Gave feedback on the design review: clear context, but the decision came late.',
  'Unblocked the release by pairing with platform on the flaky pipeline.',
  'Noticed the team skips retros when the sprint goes well; proposed a short one anyway.',
  'Helped Sam prepare for the promotion conversation with concrete examples.',
  'Shared the quarter goals and how our work connects to them.',
  'Interviewed two backend candidates and wrote up the debrief the same day.',
  'Next time I will ask an open question first and wait longer before suggesting.',
  'The team agreed to move stand-up to 9:45 so the remote folks can join.',
];

const BULLETS = [
  'Follow up on the on-call rota',
  'Draft the career ladder notes',
  'Book the retro room',
  'Send the training summary to the group',
  'Check in with Lee about workload',
  'Update the team charter',
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length) % items.length];
}

/** A core block (what the add-on writes) as the emulator's JSON. */
function toJSON(block: Block): BlockJSON {
  const runs: InlineJSON[] = block.runs.map(run => ({
    text: run.text,
    ...(run.bold !== undefined ? {bold: run.bold} : {}),
    ...(run.italic !== undefined ? {italic: run.italic} : {}),
    ...(run.color ? {color: run.color} : {}),
  }));
  if (block.type === 'listItem')
    return {type: 'listItem', heading: block.heading, runs};
  return {type: 'paragraph', heading: block.heading, runs};
}

/** 'YYYY-MM-DD', `daysBack` days before 2026-11-24. */
function isoDaysBefore(daysBack: number): IsoDate {
  const date = new Date(Date.UTC(2026, 10, 24) - daysBack * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** A prompt line filled in: the label kept, the grey prompt replaced by plain typed text. */
function typedPromptLine(label: string, text: string, next: () => number) {
  const runs: InlineJSON[] = [{text: `${label}:`, bold: true}, {text: ' '}];
  if (next() < 0.2) {
    // Some writing has a bold phrase in it: one more style run to read.
    const cut = text.indexOf(' ', 10);
    runs.push({text: text.slice(0, cut), bold: true}, {text: text.slice(cut)});
  } else {
    runs.push({text});
  }
  return {runs};
}

/** One entry as the add-on writes it, then as a person left it (filled in, or still a draft). */
function entry(
  program: Program,
  section: EvidenceSection,
  date: IsoDate,
  next: () => number,
): BlockJSON[] {
  const kinds = section.kinds
    .map(id => findKind(program, id))
    .filter((kind): kind is EntryKind => kind !== undefined);
  const kind = pick(kinds, next);
  const criterion =
    section.criteria.length > 0 && next() < 0.8
      ? pick(section.criteria, next)
      : null;
  const role: Role = next() < 0.6 ? 'candidate' : 'manager';
  const written = entryBlocks(program, {date, criterion, kind, role});
  const blocks = written.blocks.map(toJSON);
  if (next() < 0.15) return blocks; // a draft: the prompts are still there, grey

  const promptStart = written.cursor.block;
  kind.prompts.forEach((prompt, position) => {
    blocks[promptStart + position] = typedPromptLine(
      prompt.label,
      pick(SENTENCES, next),
      next,
    );
  });
  if (next() < 0.4) blocks.push({text: pick(SENTENCES, next)});
  if (next() < 0.25) {
    const count = 2 + Math.floor(next() * 3);
    for (let item = 0; item < count; item += 1)
      blocks.push({type: 'listItem', text: pick(BULLETS, next)});
  }
  if (next() < 0.08) {
    blocks.push({
      type: 'table',
      rows: [
        ['Who', 'What', 'When'],
        ['Candidate', pick(BULLETS, next), isoDaysBefore(3)],
      ],
    });
  }
  if (next() < 0.02) blocks.push({type: 'image', alt: 'Whiteboard photo'});
  if (next() < 0.3) blocks.push({text: ''});
  return blocks;
}

/** Sections get entries in these proportions: the weekly log fills up fastest. */
function weight(section: EvidenceSection, program: Program): number {
  return section.id === program.oneOnOneLog.id ? 3 : 1;
}

/**
 * A tracking Doc of exactly `elements` Body children (at least the template's): the template in
 * program order with entries under each evidence section, oldest first, and a few extra notes
 * lines to land on the exact size.
 */
export function generateDocument(
  program: Program,
  elements: number,
  seed = 1,
): BlockJSON[] {
  const next = random(seed);
  const template = templateBlocks(program).map(toJSON);
  const sections = evidenceSections(program);
  const entries = new Map<string, BlockJSON[][]>(
    sections.map(section => [section.id, []]),
  );
  const ticket = sections.flatMap(section =>
    Array.from({length: weight(section, program)}, () => section),
  );
  let total = template.length;
  for (;;) {
    const section = pick(ticket, next);
    const list = entries.get(section.id) ?? [];
    const blocks = entry(program, section, isoDaysBefore(0), next);
    if (total + blocks.length > elements) break;
    list.push(blocks);
    entries.set(section.id, list);
    total += blocks.length;
  }
  // Pad with notes lines in filled-in entries, so the Doc has exactly the size asked for.
  const all = [...entries.values()].flat();
  for (let index = 0; total < elements && all.length > 0; index += 1) {
    all[index % all.length].push({text: pick(SENTENCES, next)});
    total += 1;
  }

  const body: BlockJSON[] = [];
  const sectionStart = template.length - countSectionBlocks(program);
  body.push(...template.slice(0, sectionStart));
  for (const section of [...sections, program.review]) {
    body.push(...sectionBlocks(program, section).map(toJSON));
    const list = entries.get(section.id) ?? [];
    // Dated oldest first, a few days apart (the log weekly), ending near today.
    const step = section.id === program.oneOnOneLog.id ? 7 : 3;
    list.forEach((blocks, position) => {
      const date = isoDaysBefore((list.length - position) * step);
      body.push(...withDate(blocks, date));
    });
  }
  while (body.length < elements) body.push({text: ''});
  return body;
}

function countSectionBlocks(program: Program): number {
  return [...evidenceSections(program), program.review].reduce(
    (count, section) => count + sectionBlocks(program, section).length,
    0,
  );
}

/** The entry's heading starts with the date it was written; give it its place in time. */
function withDate(blocks: BlockJSON[], date: IsoDate): BlockJSON[] {
  const [heading, ...rest] = blocks;
  if (!heading || !('runs' in heading) || !heading.runs) return blocks;
  const runs = heading.runs.map((run, position) =>
    position === 0 && 'text' in run
      ? {...run, text: date + run.text.slice(date.length)}
      : run,
  );
  return [{...heading, runs}, ...rest];
}
