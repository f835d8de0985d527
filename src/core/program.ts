/**
 * The shape of a mentorship program: its areas (each with criteria, a rule and the entry kinds it
 * offers), the weekly one-on-one log, the review section, the participants block and the limits the
 * readiness check applies; validateProgram, which says clearly what a broken edit of the data got
 * wrong; and the views the rest of the add-on takes of a program. The data itself is PROGRAM in
 * program-data.ts, the one file an organisation edits.
 */
import {nameInSentence, ROLES, type Role} from './report';
import {normalizeText} from './text';

/**
 * How an area's evidence is judged:
 * - 'each': every criterion needs an entry about it (matched from the entry's heading);
 * - 'at-least-one': any one piece of evidence completes the area (its criteria are then covered);
 * - 'examples': the criteria are examples, not a checklist: any evidence completes the area and
 *   the criteria it touched are shown as coverage.
 */
export type AreaRule = 'each' | 'at-least-one' | 'examples';

/** One prompt line of an entry: a bold label ('Observe') and grey italic prompt text. */
export interface Prompt {
  label: string;
  text: string;
}

/** A labelled line of the participants block or the review section. */
export interface Field extends Prompt {
  id: string;
  /** Written instead of the prompt, as plain text (a default the people can change). */
  value?: string;
}

export interface EntryKind {
  id: string;
  /** Names the kind in the sidebar, the meta line and the heading of an entry with no criterion. */
  label: string;
  prompts: Prompt[];
}

export interface Criterion {
  id: string;
  label: string;
  /** Words or phrases that name the criterion in an entry heading (the label always does). */
  match: string[];
  /**
   * The entry kind evidence for this criterion naturally takes (one of its section's kinds): Add
   * evidence offers it first when the criterion is chosen. Left out, the section's first kind.
   */
  kind?: string;
}

/** A section of the tracking document, found by its title or any alias. */
export interface SectionDefinition {
  id: string;
  title: string;
  /** Other names people give the heading; matching ignores case, punctuation and numbering. */
  aliases: string[];
  /** One short grey italic line under the heading; never counted as evidence. */
  guidance: string;
}

/** A section that takes evidence entries. */
export interface EvidenceSection extends SectionDefinition {
  criteria: Criterion[];
  /** Ids of the entry kinds offered here; the first is the default. */
  kinds: string[];
}

export interface Area extends EvidenceSection {
  /** A few words naming the area in lists ("Leadership training"). */
  shortTitle: string;
  rule: AreaRule;
  /**
   * How many of the area's entries the sponsoring manager must confirm before the verdict can be
   * ready for leadership review (review.ts); 1 when not given, 0 for none.
   */
  confirmedEntriesNeeded?: number;
}

export interface ReviewSection extends SectionDefinition {
  fields: Field[];
}

/**
 * The completion loop's dated lines (review.ts writes and reads them), each a phrase that a date
 * follows, readable without the add-on: 'Confirmed by the sponsoring manager on 2026-12-01 (…)'.
 * The first two words of each phrase are what recognises a line after people edit it, so they
 * differ from phrase to phrase (validateProgram checks it).
 */
export interface CompletionWording {
  /** Ends an entry the manager confirmed: 'Confirmed by the sponsoring manager on'. */
  confirmed: string;
  /** A sign-off in the review section, before the role: 'Evidence complete — agreed by'. */
  agreed: string;
  /** 'Leadership review scheduled for' the review's date. */
  scheduled: string;
  /** 'Leadership group decision on' a date, then ': accepted.' or ': further targeted actions.' */
  decision: string;
  accepted: string;
  furtherActions: string;
  /** One line per targeted action: 'Targeted action (2026-12-15): …' (the decision's date). */
  action: string;
  /** 'Targeted action done on' a date, then the action: the manager marked it done. */
  actionDone: string;
}

export interface Program {
  /** The document title written by Set up. */
  title: string;
  participants: Field[];
  areas: Area[];
  oneOnOneLog: EvidenceSection;
  review: ReviewSection;
  completion: CompletionWording;
  kinds: EntryKind[];
  limits: {
    /** A longer gap between weekly one-on-ones (or since the last one) is flagged. */
    oneOnOneGapDays: number;
    /** An area whose newest dated evidence is older than this is flagged as stale. */
    staleAfterDays: number;
  };
  /** How prompts and guidance look, so a person sees them as prompts and the check can tell. */
  promptLook: {color: string; italic: boolean};
  /** The meta line under an entry heading: 'Recorded by: Candidate · Feedback'. */
  recordedByLabel: string;
  roleNames: Record<Role, string>;
  /**
   * The program's own words, every line of it (program/lead-mentorship-program.md: introduction,
   * headings, the lines under its areas). People paste them into the Doc as a reminder; program
   * text, whole or edited, is never evidence (template-text.ts).
   */
  sourceText: readonly string[];
}

/** The sections that take evidence entries, in document order: the areas, then the log. */
export function evidenceSections(program: Program): EvidenceSection[] {
  return [...program.areas, program.oneOnOneLog];
}

/** Every section of the document, in program order: the areas, the log, the review. */
export function allSections(program: Program): SectionDefinition[] {
  return [...program.areas, program.oneOnOneLog, program.review];
}

export function findKind(
  program: Program,
  kindId: string,
): EntryKind | undefined {
  return program.kinds.find(kind => kind.id === kindId);
}

/** 'the candidate', 'the sponsoring manager': a role as a sentence names it. */
export function roleInSentence(program: Program, role: Role): string {
  return nameInSentence(program.roleNames[role]);
}

/** The program as the sidebar shows it (it crosses google.script.run as plain data). */
export interface ProgramView {
  sections: SectionView[];
  /** The two roles, named as entries name them ("Recorded by: …"). */
  roles: Array<{id: Role; label: string}>;
}

export interface SectionView {
  id: string;
  title: string;
  /** A few words naming it in lists ("Leadership training"); the title for the log. */
  shortTitle: string;
  /** True for the five program areas; false for the weekly one-on-one log. */
  isArea: boolean;
  /** True when each criterion needs its own evidence (else any evidence completes the area). */
  everyCriterion: boolean;
  /** Each with the kind Add evidence defaults to when it is chosen (left out: the first kind). */
  criteria: Array<{id: string; label: string; kind?: string}>;
  kinds: Array<{id: string; label: string}>;
}

/** The program as the sidebar shows it: the areas and the log, with criteria and kinds. */
export function programView(program: Program): ProgramView {
  return {
    roles: ROLES.map(id => ({
      id,
      label: program.roleNames[id],
    })),
    sections: evidenceSections(program).map(section => {
      const area = program.areas.find(candidate => candidate.id === section.id);
      return {
        id: section.id,
        title: section.title,
        shortTitle: area?.shortTitle ?? section.title,
        isArea: area !== undefined,
        everyCriterion: area?.rule === 'each',
        // Only a kind of its own crosses (replies stay small): the sidebar defaults to the first.
        criteria: section.criteria.map(({id, label, kind}) =>
          kind ? {id, label, kind} : {id, label},
        ),
        kinds: section.kinds.map(kindId => ({
          id: kindId,
          label: findKind(program, kindId)?.label ?? kindId,
        })),
      };
    }),
  };
}

/** The loop's phrases: each names its lines by its first two words, which must tell them apart. */
function needCompletionWording(
  wording: CompletionWording,
  need: (ok: boolean, problem: string) => void,
  needText: (value: string, what: string) => void,
): void {
  const keys = new Map<string, string>();
  for (const [name, phrase] of Object.entries(wording)) {
    needText(phrase, `The completion wording "${name}"`);
    if (name === 'accepted' || name === 'furtherActions') continue;
    const key = normalizeText(phrase).split(' ').slice(0, 2).join(' ');
    const other = keys.get(key);
    // The done line may share the action's opening: its further words tell them apart.
    need(
      other === undefined || (other === 'action' && name === 'actionDone'),
      `The completion wordings "${other}" and "${name}" start with the same two words`,
    );
    keys.set(key, name);
  }
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COLOR_PATTERN = /^#[0-9a-f]{6}$/;

/**
 * Throws one Error listing every problem of an edited program (duplicate ids, empty titles, an area
 * with no entry kinds, a kind or criterion that names nothing, two sections sharing a name...).
 */
export function validateProgram(program: Program): void {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const needText = (value: string, what: string) =>
    need(normalizeText(value) !== '', `${what} is empty`);
  const needUniqueIds = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      need(
        ID_PATTERN.test(id),
        `${what} id "${id}" must be lower-case words joined by '-'`,
      );
      need(!seen.has(id), `${what} id "${id}" is used twice`);
      seen.add(id);
    }
  };
  const needFields = (fields: Field[], where: string) => {
    needUniqueIds(
      fields.map(field => field.id),
      `${where} field`,
    );
    for (const field of fields) {
      needText(field.label, `${where} field "${field.id}" label`);
      needText(
        field.value ?? field.text,
        `${where} field "${field.id}" prompt`,
      );
    }
  };

  needText(program.title, 'The document title');
  need(program.areas.length > 0, 'The program has no areas');
  needFields(program.participants, 'Participants');
  needFields(program.review.fields, 'Review');

  needUniqueIds(
    program.kinds.map(kind => kind.id),
    'Entry kind',
  );
  for (const kind of program.kinds) {
    needText(kind.label, `Entry kind "${kind.id}" label`);
    need(kind.prompts.length > 0, `Entry kind "${kind.id}" has no prompts`);
    for (const prompt of kind.prompts) {
      needText(prompt.label, `A prompt label of entry kind "${kind.id}"`);
      needText(prompt.text, `A prompt of entry kind "${kind.id}"`);
    }
  }

  const sections = allSections(program);
  needUniqueIds(
    sections.map(section => section.id),
    'Section',
  );
  const sectionOfName = new Map<string, string>();
  for (const section of sections) {
    needText(section.title, `Section "${section.id}" title`);
    needText(section.guidance, `Section "${section.id}" guidance`);
    for (const name of [section.title, ...section.aliases]) {
      const key = normalizeText(name);
      needText(name, `An alias of section "${section.id}"`);
      const owner = sectionOfName.get(key);
      need(
        owner === undefined || owner === section.id,
        `Sections "${owner}" and "${section.id}" are both called "${name}"`,
      );
      sectionOfName.set(key, section.id);
    }
  }

  for (const section of evidenceSections(program)) {
    need(
      section.kinds.length > 0,
      `Section "${section.id}" offers no entry kinds`,
    );
    for (const kindId of section.kinds) {
      need(
        findKind(program, kindId) !== undefined,
        `Section "${section.id}" offers unknown entry kind "${kindId}"`,
      );
    }
    needUniqueIds(
      section.criteria.map(criterion => criterion.id),
      `Section "${section.id}" criterion`,
    );
    for (const criterion of section.criteria) {
      needText(criterion.label, `Criterion "${criterion.id}" label`);
      for (const phrase of criterion.match)
        needText(phrase, `A match phrase of criterion "${criterion.id}"`);
      need(
        criterion.kind === undefined || section.kinds.includes(criterion.kind),
        `Criterion "${criterion.id}" names entry kind "${criterion.kind}", which section "${section.id}" does not offer`,
      );
    }
  }
  needCompletionWording(program.completion, need, needText);
  for (const area of program.areas) {
    needText(area.shortTitle, `Area "${area.id}" short title`);
    const needed = area.confirmedEntriesNeeded ?? 1;
    need(
      Number.isInteger(needed) && needed >= 0,
      `Area "${area.id}" confirmed entries needed must be a whole number`,
    );
    need(
      area.rule !== 'each' || area.criteria.length > 0,
      `Area "${area.id}" needs each criterion covered but has no criteria`,
    );
  }

  const {oneOnOneGapDays, staleAfterDays} = program.limits;
  need(
    Number.isInteger(oneOnOneGapDays) && oneOnOneGapDays > 0,
    'The one-on-one gap limit must be a whole number of days',
  );
  need(
    Number.isInteger(staleAfterDays) && staleAfterDays > 0,
    'The stale limit must be a whole number of days',
  );
  need(
    COLOR_PATTERN.test(program.promptLook.color),
    "The prompt colour must be written '#rrggbb' in lower case",
  );
  needText(program.recordedByLabel, 'The "Recorded by" label');
  needText(program.roleNames.candidate, 'The candidate role name');
  needText(program.roleNames.manager, 'The manager role name');

  if (problems.length > 0) {
    throw new Error(`The program is not valid:\n- ${problems.join('\n- ')}`);
  }
}
