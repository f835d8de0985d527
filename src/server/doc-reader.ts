/**
 * Body -> DocumentModel, in one pass over the Body's children (no scan inside a scan).
 * Per paragraph it costs a fixed handful of calls plus one per style run, and only the foreground
 * colour is read: that is all the core needs to tell prompts and guidance from writing.
 */
import {
  HEADING_LEVELS,
  type Block,
  type DocumentModel,
  type HeadingLevel,
  type TextRun,
} from '../core/document-model';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

export function readBody(body: Body): DocumentModel {
  const childCount = body.getNumChildren();
  const blocks: Block[] = [];
  for (let index = 0; index < childCount; index += 1) {
    blocks.push(readBlock(body.getChild(index)));
  }
  markImages(body, blocks);
  return {blocks};
}

function readBlock(element: GoogleAppsScript.Document.Element): Block {
  const type = element.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    const paragraph = element.asParagraph();
    return readTextBlock(
      'paragraph',
      headingLevel(paragraph.getHeading()),
      paragraph.editAsText(),
    );
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const item = element.asListItem();
    return readTextBlock(
      'listItem',
      headingLevel(item.getHeading()),
      item.editAsText(),
    );
  }
  if (type === DocumentApp.ElementType.TABLE) {
    return {
      type: 'table',
      heading: 'NORMAL',
      text: element.asTable().getText(),
      runs: [],
    };
  }
  return {type: 'other', heading: 'NORMAL', text: '', runs: []};
}

/** ParagraphHeading enum values print their names; anything unforeseen reads as body text. */
function headingLevel(
  heading: GoogleAppsScript.Document.ParagraphHeading,
): HeadingLevel {
  const name = String(heading);
  return HEADING_LEVELS.find(level => level === name) ?? 'NORMAL';
}

function readTextBlock(
  type: 'paragraph' | 'listItem',
  heading: HeadingLevel,
  text: Text,
): Block {
  const content = text.getText();
  return {
    type,
    heading,
    text: content,
    runs: content === '' ? [] : readRuns(text, content),
  };
}

/** Splits the text where its attributes change and reads each run's foreground colour. */
function readRuns(text: Text, content: string): TextRun[] {
  const starts = text.getTextAttributeIndices();
  return starts.map((start, position) => {
    const end =
      position + 1 < starts.length ? starts[position + 1] : content.length;
    const color = text.getForegroundColor(start);
    return {
      text: content.slice(start, end),
      color: color ? color.toLowerCase() : null,
    };
  });
}

/**
 * An image is content even without text. Body.getImages() finds them all in one call; only images
 * standing in a top-level paragraph or list item are attributed to a block.
 */
function markImages(body: Body, blocks: Block[]): void {
  for (const image of body.getImages()) {
    const block = blocks[topLevelIndex(body, image.getParent())];
    if (block) block.hasImage = true;
  }
}

function topLevelIndex(
  body: Body,
  element: GoogleAppsScript.Document.ContainerElement,
): number {
  try {
    return body.getChildIndex(element);
  } catch {
    // Not a child of the Body (e.g. inside a table cell): the table already counts as content.
    return -1;
  }
}
