import type {DocNode} from './doc-node';
import {SectionElement} from './section-element';
import {registerElementClass, type Session} from './wrapping';

/** https://developers.google.com/apps-script/reference/document/body */
export class Body extends SectionElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Body');
  }
}

registerElementClass('BODY_SECTION', Body);
