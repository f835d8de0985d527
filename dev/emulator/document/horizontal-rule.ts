import type {DocNode} from './doc-node';
import {Element} from './element';
import {registerElementClass, type Session} from './wrapping';

/** https://developers.google.com/apps-script/reference/document/horizontal-rule */
export class HorizontalRule extends Element {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'HorizontalRule');
  }
}

registerElementClass('HORIZONTAL_RULE', HorizontalRule);
