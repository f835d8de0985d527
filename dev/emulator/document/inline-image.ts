import type {DocNode} from './doc-node';
import {Element} from './element';
import {NODE, registerElementClass, type Session} from './wrapping';

/** An image in a paragraph; enough to be found and measured (no blob data). */
export class InlineImage extends Element {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'InlineImage');
  }

  getAltTitle(): string | null {
    return this[NODE].alt;
  }

  getWidth(): number {
    return Number(this[NODE].attributes.get('WIDTH') ?? 0);
  }

  getHeight(): number {
    return Number(this[NODE].attributes.get('HEIGHT') ?? 0);
  }
}

registerElementClass('INLINE_IMAGE', InlineImage);
