/** The readiness report: what the check found, as plain data (it crosses google.script.run). */
import type {IsoDate} from './document-model';
import type {Hint} from './hints';
import type {Timeline} from './timeline';

/** The people who record evidence, in the program's order: the one list of them. */
export const ROLES = ['candidate', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return ROLES.some(role => role === value);
}

/** 'the candidate', 'the sponsoring manager': a role's name (the program's) as a sentence says it. */
export function nameInSentence(name: string): string {
  // Only a capitalised ordinary word is lowered ('Sponsoring manager'), never an acronym ('HR').
  const lowered = /^\p{Lu}\p{Ll}/u.test(name)
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
  return `the ${lowered}`;
}

/**
 * Who recorded an area's evidence, in words, with the program's role names: 'recorded by the
 * candidate' when one recorder wrote it all, else one count each ('2 recorded by the candidate',
 * '1 with no author named'). The summary in the Doc and the sidebar both say it this way (the
 * summary words writing without a recorder for readers of the Doc: `noRecorder`).
 */
export function recordersInWords(
  counts: RecorderCounts,
  roleName: (role: Role) => string,
  noRecorder = 'with no author named',
): {count: number; words: string}[] {
  return [
    ...ROLES.filter(role => counts[role] > 0).map(role => ({
      count: counts[role],
      words: `recorded by ${nameInSentence(roleName(role))}`,
    })),
    ...(counts.unknown > 0 ? [{count: counts.unknown, words: noRecorder}] : []),
  ];
}
export type AreaStatus = 'missing' | 'in-progress' | 'evidenced';

/** How a status reads, in the sidebar and in the summary written into the Doc. */
export const STATUS_LABELS: Record<AreaStatus, string> = {
  missing: 'Missing',
  'in-progress': 'In progress',
  evidenced: 'Evidenced',
};

export interface CriterionCoverage {
  id: string;
  label: string;
  covered: boolean;
}

/** An entry that still holds only prompts (no real writing yet). */
export interface DraftEntry {
  /** Section the draft stands in ('one-on-one-log' or an area id). */
  sectionId: string;
  /** 0-based position of the entry among that section's entries, for jumping to it. */
  entryIndex: number;
  /** The entry's heading text as it stands in the Doc. */
  title: string;
  /** The criteria the entry names (its heading's), so no one parses the title for them. */
  criterionIds: string[];
}

export interface RecorderCounts {
  candidate: number;
  manager: number;
  /** Writing whose author the Doc does not say (typed without the add-on, or a label removed). */
  unknown: number;
}

/** Where the program stands, from collecting evidence to the leadership group's decision. */
export type Stage =
  | 'collecting-evidence'
  | 'ready-to-share'
  | 'in-review'
  | 'actions-requested'
  | 'accepted';

export const STAGE_LABELS: Record<Stage, string> = {
  'collecting-evidence': 'Collecting evidence',
  'ready-to-share': 'Ready to share',
  'in-review': 'In review',
  'actions-requested': 'Further actions requested',
  accepted: 'Accepted',
};

/** An entry with real writing the sponsoring manager has not confirmed as it stands. */
export interface EntryToConfirm {
  sectionId: string;
  /** 0-based position among the section's entries, as DraftEntry's. */
  entryIndex: number;
  /** The entry's heading as it stands (capped in length). */
  title: string;
  /** The date of its last confirmation when it changed since; null when never confirmed. */
  confirmedOn: IsoDate | null;
}

/** A targeted action of a review outcome. */
export interface TargetedAction {
  text: string;
  /** How it was done: evidence recorded against it, or marked done by the manager; null: open. */
  done: 'evidence' | 'marked' | null;
  /**
   * The day it was done: the first entry recorded against it, or the manager's mark; null while
   * open, or when the evidence against it has no date.
   */
  doneOn: IsoDate | null;
}

/** A decision of the leadership group and its targeted actions (none when accepted). */
export interface ReviewRound {
  outcome: 'accepted' | 'further-actions';
  /** Null when people typed it without a date. */
  date: IsoDate | null;
  actions: TargetedAction[];
}

/** The completion loop as the Doc records it (review.ts). */
export interface CompletionReport {
  stage: Stage;
  /** The day each role agreed the evidence is complete, in the current review round. */
  agreed: Record<Role, IsoDate | null>;
  /** The leadership review's date, once scheduled in the current round. */
  reviewDate: IsoDate | null;
  /** The latest decision of the leadership group; its date null when people typed it without one. */
  decision: {
    outcome: 'accepted' | 'further-actions';
    date: IsoDate | null;
  } | null;
  /** The latest decision's targeted actions, open and done. */
  actions: TargetedAction[];
  /** Decisions before the latest, oldest first: earlier rounds, kept in the Doc as history. */
  earlierRounds: ReviewRound[];
}

export interface AreaReport {
  areaId: string;
  title: string;
  status: AreaStatus;
  /** False when no heading in the Doc matches the area ("section missing — Set up will restore it"). */
  sectionFound: boolean;
  /** How many headings match this area (more than 1: duplicated; all are read). */
  sectionCount: number;
  criteria: CriterionCoverage[];
  /**
   * The criteria covered, in words: '2 of 4 criteria covered', or, where the criteria are examples
   * (any evidence completes the area), 'Examples shown: 0 of 10 — evidence overall counts', which
   * does not contradict an area evidenced without naming one.
   */
  coverage: string;
  /** Entries and loose writing that hold real writing. */
  evidenceCount: number;
  recordedBy: RecorderCounts;
  /** The newest entry date up to today (a date after today is a typo: it is only noted). */
  newestEvidence: IsoDate | null;
  /** True when the newest dated evidence is more than the program's stale limit (6 weeks) old. */
  stale: boolean;
  /** Its drafts as listed (the newest, and each criterion's newest: readiness.ts draftsOf). */
  drafts: DraftEntry[];
  /** All its drafts, listed or not. */
  draftCount: number;
  /**
   * Entries the sponsoring manager confirmed, unchanged since, or recorded themselves (the
   * manager's own word); each counts once.
   */
  confirmedCount: number;
  /** Evidence not confirmed as it stands: evidenceCount - confirmedCount. */
  selfReportedCount: number;
  /** How many confirmed entries the area needs before it is ready for leadership review. */
  confirmedNeeded: number;
  /** Entries edited after their confirmation ("changed since confirmed"). */
  changedSinceConfirmed: number;
  /** The newest entries still to confirm (a few, newest first), for the manager to confirm. */
  toConfirm: EntryToConfirm[];
  /**
   * Entries that count for this area but stand outside its heading (moved, or their heading lost):
   * their entryIndex, for "Go to them". A note says how many.
   */
  entriesOutside: number[];
  /**
   * Plain-language remarks the fields above do not carry (e.g. "Section missing — Set up will
   * restore it", a duplicated heading, "An entry is dated in the future (2062-01-10)"), so a reader
   * can show them all without repeating itself.
   */
  notes: string[];
}

export interface OneOnOneGap {
  from: IsoDate;
  /** The next log date, or today when the gap runs up to now. */
  to: IsoDate;
  days: number;
}

export interface OneOnOneReport {
  sectionFound: boolean;
  /**
   * Log entries holding real writing (from the add-on, or dated headings and lines typed by hand),
   * plus, as in the areas, one for undated writing typed under the log heading outside any entry.
   */
  entryCount: number;
  /** The newest entry date up to today (a date after today is a typo: it is only noted). */
  lastDate: IsoDate | null;
  /** Gaps longer than the program's limit (14 days) between dated entries, and up to today. */
  gaps: OneOnOneGap[];
  /** As AreaReport.drafts and draftCount. */
  drafts: DraftEntry[];
  draftCount: number;
  /** As AreaReport.notes: only what the fields above do not carry. */
  notes: string[];
}

/**
 * One line of what is left, with what it is about, so a reader (the sidebar) can lead to its
 * next step without parsing the words: evidence for an area, an entry confirmed in an area, an
 * open targeted action, a person's agreement, or the recommendation to write in a section.
 */
export type LeftItem = {text: string} & (
  | {about: 'evidence' | 'confirmation'; areaId: string}
  | {about: 'action'; action: string}
  | {about: 'agreement'; role: Role}
  | {about: 'recommendation'; sectionId: string}
);

export interface Verdict {
  /** Nothing is left: every area evidenced and confirmed, no targeted action open. */
  ready: boolean;
  stage: Stage;
  /** "Ready for leadership review", or a one-line summary of what is left. */
  headline: string;
  /** What is left, one short item each; empty when ready. */
  left: string[];
  /** The same lines, each with what it is about. */
  leftItems: LeftItem[];
  /** Worth a look but not blocking (stale areas, one-on-one gaps, drafts, missing log or review). */
  flagged: string[];
}

export interface ReadinessReport {
  today: IsoDate;
  areas: AreaReport[];
  oneOnOnes: OneOnOneReport;
  /** Titles of program sections (participants, areas, log, review) not found in the Doc. */
  missingSections: string[];
  completion: CompletionReport;
  verdict: Verdict;
  /** The same evidence over time: per area per month, and when each area became evidenced. */
  timeline: Timeline;
  /** Gentle notes on the evidence's quality (hints.ts), each leading to its place; never blocking. */
  hints: Hint[];
}
