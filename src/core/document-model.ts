/**
 * The Google Doc as plain data. The server's reader produces it from a Body in one pass and its
 * writer turns blocks back into Body inserts; everything in between (outline, readiness, set-up,
 * entries) is pure code over these types.
 */

export type HeadingLevel =
  | 'NORMAL'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6';

/** A stretch of text with one look. Style fields left undefined are inherited (or were not read). */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Foreground colour as lower-case '#rrggbb'; null or undefined when inherited. */
  color?: string | null;
}

/** What a child of the Body is, as far as the add-on cares. */
export type BlockType = 'paragraph' | 'listItem' | 'table' | 'other';

export interface Block {
  type: BlockType;
  /** Paragraph heading; 'NORMAL' for everything that is not a paragraph or list item. */
  heading: HeadingLevel;
  /** The block's whole text (a table's cells joined as Apps Script's getText joins them). */
  text: string;
  /** Paragraphs and list items: their text split into runs of one style. Other blocks: []. */
  runs: TextRun[];
  /**
   * True when a paragraph or list item holds an inline image (content even without text). The
   * reader sees only inline images (Body.getImages): drawings and positioned images are not read.
   */
  hasImage?: boolean;
  /** Tables only: the cells' text by row, so the writer can build a real table (the summary). */
  rows?: string[][];
}

/** The Body's children in order: blocks[i] is body.getChild(i). */
export interface DocumentModel {
  blocks: Block[];
}

/**
 * How deep each style sits, the one list of heading levels: TITLE and SUBTITLE above HEADING1,
 * body text below every heading.
 */
export const HEADING_DEPTH: Readonly<Record<HeadingLevel, number>> = {
  NORMAL: Infinity,
  TITLE: 0,
  SUBTITLE: 0,
  HEADING1: 1,
  HEADING2: 2,
  HEADING3: 3,
  HEADING4: 4,
  HEADING5: 5,
  HEADING6: 6,
};

/** Every paragraph style the add-on reads and writes. */
export const HEADING_LEVELS = Object.keys(HEADING_DEPTH) as HeadingLevel[];

const NUMBERED_HEADINGS: readonly HeadingLevel[] = HEADING_LEVELS.filter(
  level => HEADING_DEPTH[level] >= 1 && HEADING_DEPTH[level] <= 6,
);

/** HEADING1 to HEADING6: the styles a section heading is given. */
export function isNumberedHeading(level: HeadingLevel): boolean {
  return NUMBERED_HEADINGS.includes(level);
}

/** The heading one level below: HEADING2 under HEADING1, HEADING1 under TITLE; never past HEADING6. */
export function deeperHeading(level: HeadingLevel): HeadingLevel {
  const depth = Math.min(HEADING_DEPTH[level], NUMBERED_HEADINGS.length - 1);
  return NUMBERED_HEADINGS[depth] ?? 'HEADING6';
}

/** Blocks to insert before blocks[index] of the model they were planned on (index = length appends). */
export interface Insertion {
  index: number;
  blocks: Block[];
  /**
   * How many blocks from `index` on the new blocks take the place of (default 0: none; with no new
   * blocks, they are removed). Only the add-on's own text is ever replaced: today's readiness
   * summary, recognised as such, and the review's blank decision fields (label and prompt only)
   * that a recorded decision stands in for.
   */
  replaces?: number;
}

/** A place inside a planned insertion: block `block` of insertion `insertion`, character `offset`. */
export interface PlannedCursor {
  insertion: number;
  block: number;
  offset: number;
}

/** Calendar date as 'YYYY-MM-DD' (the user's own calendar, sent by the browser). */
export type IsoDate = string;
