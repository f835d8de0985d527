/**
 * What a person does in the Doc between add-on actions, done through the emulated DocumentApp as
 * Docs itself would: editing a line changes only the characters that differ, so the rest keeps its
 * look (a bold label stays bold), and typed text takes its look by Docs' typing rule.
 */
import {typeInParagraph} from '../emulator/document/index';
import type {Runtime} from '../emulator/runtime';

type Text = GoogleAppsScript.Document.Text;

function documentApp(runtime: Runtime): GoogleAppsScript.Document.DocumentApp {
  // The emulation implements this surface of DocumentApp (see test/conformance).
  return runtime.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
}

/** The Text of the Body's child `index`, when it is a paragraph or a list item. */
function lineText(runtime: Runtime, index: number): Text | null {
  const app = documentApp(runtime);
  const body = app.getActiveDocument().getBody();
  if (!Number.isInteger(index) || index < 0 || index >= body.getNumChildren())
    return null;
  const child = body.getChild(index);
  const type = child.getType();
  if (type === app.ElementType.PARAGRAPH)
    return child.asParagraph().editAsText();
  if (type === app.ElementType.LIST_ITEM)
    return child.asListItem().editAsText();
  return null;
}

export function readLine(runtime: Runtime, index: number): string | null {
  return lineText(runtime, index)?.getText() ?? null;
}

/**
 * Replaces a line's text the way typing would: only the part between the unchanged ends, with
 * Docs' typing rule (typing.ts): text typed over characters takes the look of the first of them,
 * text typed between characters the look of the one before.
 */
export function editLine(
  runtime: Runtime,
  index: number,
  typed: string,
): boolean {
  const text = lineText(runtime, index);
  const paragraph = runtime.document.body.children[index];
  if (!text || !paragraph) return false;
  const before = text.getText();
  // A paragraph holds one line: a new line would be a new paragraph in Docs.
  const after = typed.replace(/[\r\n]+/g, ' ');
  let start = 0;
  while (
    start < before.length &&
    start < after.length &&
    before[start] === after[start]
  )
    start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end += 1;
  }
  typeInParagraph(
    paragraph,
    start,
    before.length - end - start,
    after.slice(start, after.length - end),
  );
  return true;
}
