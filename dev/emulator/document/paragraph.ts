import type {DocNode} from './doc-node';
import {ParagraphElement} from './paragraph-element';
import {registerElementClass, type Session} from './wrapping';

/** https://developers.google.com/apps-script/reference/document/paragraph */
export class Paragraph extends ParagraphElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Paragraph');
  }
}

registerElementClass('PARAGRAPH', Paragraph);
