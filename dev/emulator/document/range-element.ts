import {emulate} from '../service-calls';
import type {DocNode} from './doc-node';
import {TextView} from './text-view';
import type {Element} from './element';
import {NODE, SESSION, assertOpen, wrap, type Session} from './wrapping';

const OFFSETS = Symbol('offsets');

/**
 * A whole element, or part of a Text element (offsets inclusive; -1 when whole).
 * https://developers.google.com/apps-script/reference/document/range-element
 */
export class RangeElement {
  readonly [NODE]: DocNode;
  readonly [SESSION]: Session;
  readonly [OFFSETS]: {start: number; endInclusive: number};

  constructor(
    node: DocNode,
    start: number,
    endInclusive: number,
    session: Session,
  ) {
    this[NODE] = node;
    this[SESSION] = session;
    this[OFFSETS] = {start, endInclusive};
    return emulate(this, 'RangeElement', session.counter, () =>
      assertOpen(session),
    );
  }

  getElement(): Element {
    return wrap(this[NODE], this[SESSION]);
  }

  getStartOffset(): number {
    return this[OFFSETS].start;
  }

  getEndOffsetInclusive(): number {
    return this[OFFSETS].endInclusive;
  }

  isPartial(): boolean {
    return this[OFFSETS].start >= 0;
  }

  toString(): string {
    return 'RangeElement';
  }
}

/** The next match of a pattern in an element's text, after `from` if given. */
export function findTextIn(
  target: DocNode,
  session: Session,
  searchPattern: string,
  from: RangeElement | undefined,
): RangeElement | null {
  const after = from
    ? {node: from[NODE], endInclusive: from.getEndOffsetInclusive()}
    : undefined;
  const match = new TextView(target).find(searchPattern, after);
  return match
    ? new RangeElement(match.node, match.start, match.endInclusive, session)
    : null;
}
