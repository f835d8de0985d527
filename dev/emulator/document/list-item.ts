import {GlyphType, isEnumValue, type GlyphTypeName} from './enums';
import type {DocNode} from './doc-node';
import {ParagraphElement} from './paragraph-element';
import {
  NODE,
  nodeOf,
  registerElementClass,
  signatureError,
  type Session,
} from './wrapping';

/** https://developers.google.com/apps-script/reference/document/list-item */
export class ListItem extends ParagraphElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'ListItem');
  }

  getNestingLevel(): number {
    return Number(this[NODE].attributes.get('NESTING_LEVEL') ?? 0);
  }

  setNestingLevel(nestingLevel: number): this {
    if (
      !Number.isInteger(nestingLevel) ||
      nestingLevel < 0 ||
      nestingLevel > 8
    ) {
      throw signatureError('ListItem.setNestingLevel', [nestingLevel]);
    }
    this[NODE].attributes.set('NESTING_LEVEL', nestingLevel);
    return this;
  }

  getGlyphType(): GlyphTypeName | null {
    const value = this[NODE].attributes.get('GLYPH_TYPE');
    return isEnumValue(GlyphType, value) ? value : null;
  }

  setGlyphType(glyphType: GlyphTypeName): this {
    if (!isEnumValue(GlyphType, glyphType)) {
      throw signatureError('ListItem.setGlyphType', [glyphType]);
    }
    this[NODE].attributes.set('GLYPH_TYPE', glyphType);
    return this;
  }

  getListId(): string {
    return String(this[NODE].attributes.get('LIST_ID') ?? '');
  }

  /** Joins the list of another list item. */
  setListId(listItem: ListItem): this {
    const other = nodeOf(listItem, 'ListItem.setListId', [listItem]);
    this[NODE].attributes.set(
      'LIST_ID',
      String(other.attributes.get('LIST_ID') ?? ''),
    );
    return this;
  }
}

registerElementClass('LIST_ITEM', ListItem);
