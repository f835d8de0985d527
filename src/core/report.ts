/** The readiness report: what the check found, as plain data (it crosses google.script.run). */
import type {IsoDate} from './document-model';

export type Role = 'candidate' | 'manager';
export type AreaStatus = 'missing' | 'in-progress' | 'evidenced';

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
}

export interface RecorderCounts {
  candidate: number;
  manager: number;
  /** Writing whose author the Doc does not say (typed without the add-on, or a label removed). */
  unknown: number;
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
  /** Entries and loose writing that hold real writing. */
  evidenceCount: number;
  recordedBy: RecorderCounts;
  newestEvidence: IsoDate | null;
  /** True when the newest dated evidence is more than the program's stale limit (6 weeks) old. */
  stale: boolean;
  drafts: DraftEntry[];
  /**
   * Plain-language remarks the fields above do not carry (e.g. "Section missing — Set up will
   * restore it", a duplicated heading), so a reader can show them all without repeating itself.
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
  /** Log entries holding real writing. */
  entryCount: number;
  lastDate: IsoDate | null;
  /** Gaps longer than the program's limit (14 days) between dated entries, and up to today. */
  gaps: OneOnOneGap[];
  drafts: DraftEntry[];
  /** As AreaReport.notes: only what the fields above do not carry. */
  notes: string[];
}

export interface Verdict {
  ready: boolean;
  /** "Ready for leadership review", or a one-line summary of what is left. */
  headline: string;
  /** What is left, one short item each; empty when ready. */
  left: string[];
  /** Worth a look but not blocking (stale areas, one-on-one gaps, drafts, missing log or review). */
  flagged: string[];
}

export interface ReadinessReport {
  today: IsoDate;
  areas: AreaReport[];
  oneOnOnes: OneOnOneReport;
  /** Titles of program sections (participants, areas, log, review) not found in the Doc. */
  missingSections: string[];
  verdict: Verdict;
}
