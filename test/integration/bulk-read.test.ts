/**
 * The reader's cost and its faithfulness. It reads the Body in bulk (a handful of calls for the
 * whole Body, one per paragraph, a call more only where the core can tell the difference), so:
 * - on the benchmark's realistic Docs, opening the sidebar costs ≤ 1.25 service calls per Body
 *   element, flat from 1,000 to 10,000 elements (counted by the emulator, not timed);
 * - on Docs people edited in the ways that make colour and list-ness matter, the readiness the
 *   user sees is exactly what the per-child reader (every colour, every type) gives;
 * - where the bulk results cannot be lined up with the Body's children, it reads child by child.
 */
import {generateDocument} from '../../bench/generate';
import {
  EmulatedDocument,
  type BlockJSON,
} from '../../dev/emulator/document/index';
import type {Runtime} from '../../dev/emulator/runtime';
import type {DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {readBody, readChildByChild} from '../../src/server/doc-reader';
import {understanding} from '../../selftest/checks/reader';
import {
  GREY,
  TODAY,
  addEvidence,
  bullet,
  execute,
  h1,
  h3,
  image,
  para,
  runtimeFor,
  setUpRuntime,
  state,
  table,
  typeOverPrompt,
  indexOfLine,
} from './fixture';

type Body = GoogleAppsScript.Document.Body;

/** Calls per Body element of opening the sidebar on the benchmark's Doc of `size` elements. */
function openingCost(size: number): {perElement: number; getChild: number} {
  const runtime = runtimeFor(
    EmulatedDocument.fromBlocks(generateDocument(PROGRAM, size)),
  );
  runtime.calls.reset();
  const reply = state(runtime);
  expect(reply.documentReady).toBe(true);
  return {
    perElement: runtime.calls.total / size,
    getChild: runtime.calls.count('Body.getChild'),
  };
}

describe('Opening the sidebar costs about one service call per Body element', () => {
  it('≤ 1.25 calls per element at 1,000 and 10,000 elements, flat as the Doc grows', () => {
    const small = openingCost(1_000);
    const large = openingCost(10_000);
    expect(small.perElement).toBeLessThanOrEqual(1.25);
    expect(large.perElement).toBeLessThanOrEqual(1.25);
    // Flat: a scan inside a scan, or a per-element lookup that grows, would widen this.
    expect(large.perElement / small.perElement).toBeLessThan(1.05);
    // Read in bulk: never child by child.
    expect(small.getChild).toBe(0);
    expect(large.getChild).toBe(0);
  });
});

/** The core's view of a model: what the user sees (the report) and how the Doc was understood. */
function understood(model: DocumentModel): string {
  return understanding(model, TODAY);
}

/** Both readers on the runtime's Doc, with the calls each made to Body.getChild. */
function readBoth(runtime: Runtime) {
  return execute(runtime, () => {
    const body = DocumentApp.getActiveDocument().getBody();
    runtime.calls.reset();
    const bulk = readBody(body);
    const childReads = runtime.calls.count('Body.getChild');
    return {bulk, childReads, reference: readChildByChild(body)};
  });
}

function expectSameAsReference(runtime: Runtime): void {
  const {bulk, childReads, reference} = readBoth(runtime);
  expect(childReads).toBe(0);
  expect(understood(bulk)).toBe(understood(reference));
}

/** Runs `edit` on the active Body, as a person editing the Doc. */
function edit(runtime: Runtime, change: (body: Body) => void): void {
  execute(runtime, () => change(DocumentApp.getActiveDocument().getBody()));
}

/** A set-up Doc with an entry in each area: drafts, filled prompts, a log entry. */
function busyRuntime(): Runtime {
  const runtime = setUpRuntime('candidate');
  addEvidence(runtime, {
    sectionId: 'one-on-ones',
    criterionId: 'building-trust',
    kindId: 'feedback',
  });
  typeOverPrompt(
    runtime,
    'Observe',
    'Kim spoke up about the rota.',
    indexOfLine(runtime.document, 'H3 2026-11-24 · Building trust'),
  );
  addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'training'});
  addEvidence(runtime, {sectionId: 'one-on-one-log', kindId: 'one-on-one-log'});
  return runtime;
}

/** Index of the first Body child whose text starts with `start`. */
function childStarting(body: Body, start: string): number {
  for (let index = 0; index < body.getNumChildren(); index += 1) {
    const child = body.getChild(index);
    if (
      child.getType() === DocumentApp.ElementType.PARAGRAPH &&
      child.asParagraph().getText().startsWith(start)
    )
      return index;
  }
  throw new Error(`No line starts with "${start}"`);
}

describe('The bulk read understands the Doc as the per-child reader does', () => {
  it('on the benchmark Doc', () => {
    expectSameAsReference(
      runtimeFor(EmulatedDocument.fromBlocks(generateDocument(PROGRAM, 600))),
    );
  });

  it('with tables (one inside a cell), images (one in a cell), list items and blank headings', () => {
    const nested: BlockJSON = {
      type: 'table',
      rows: [[[para('outer'), table([['inner', 'cell']])], 'b']],
    };
    const withImageInCell: BlockJSON = {
      type: 'table',
      rows: [[[{runs: [{text: 'see '}, {type: 'image', alt: 'chart'}]}]]],
    };
    const runtime = runtimeFor(
      EmulatedDocument.fromBlocks([
        h1('Weekly One-on-One Log'),
        nested,
        image('whiteboard'),
        withImageInCell,
        bullet('2026-11-02: roadmap'),
        h3(''),
        para(''),
        table([['', '']]),
      ]),
    );
    expectSameAsReference(runtime);
  });

  it('where colour decides: a prompt fragment left grey, guidance partly deleted, writing typed in grey', () => {
    const runtime = busyRuntime();
    addEvidence(runtime, {
      sectionId: 'performance-review',
      criterionId: null,
      kindId: 'feedback',
    });
    edit(runtime, body => {
      // Part of a draft's prompt deleted: the grey rest is a fragment, not a whole prompt.
      const observe = body.getChild(childStarting(body, 'Observe: What'));
      observe.asParagraph().editAsText().deleteText(9, 14);
      // The guidance line cut short (still grey) and another typed over in grey.
      const guidance = body.getChild(childStarting(body, 'Each company'));
      const text = guidance.asParagraph().editAsText();
      text.deleteText(20, text.getText().length - 1);
      const other = body.getChild(childStarting(body, 'Examples, not a'));
      other
        .asParagraph()
        .editAsText()
        .setText('Building trust: weekly coffee with Ana.')
        .setForegroundColor(GREY);
    });
    expectSameAsReference(runtime);
  });

  it('where list-ness decides: the meta line and a guidance line made list items', () => {
    const runtime = busyRuntime();
    edit(runtime, body => {
      for (const start of ['Recorded by:', 'Each company']) {
        const index = childStarting(body, start);
        const text = body.getChild(index).asParagraph().getText();
        body.removeChild(body.getChild(index));
        body.insertListItem(index, text);
      }
    });
    expectSameAsReference(runtime);
  });

  it('on 150 Docs with random grey stretches and lines turned into list items', () => {
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const runtime = busyRuntime();
    for (let round = 0; round < 150; round += 1) {
      edit(runtime, body => {
        const index = next(body.getNumChildren());
        const child = body.getChild(index);
        if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) return;
        const paragraph = child.asParagraph();
        const content = paragraph.getText();
        if (
          round % 5 === 4 &&
          paragraph.getHeading() === DocumentApp.ParagraphHeading.NORMAL
        ) {
          body.removeChild(child);
          body.insertListItem(index, content);
        } else if (content.length > 0) {
          const start = next(content.length);
          const end = start + next(content.length - start);
          paragraph.editAsText().setForegroundColor(start, end, GREY);
        }
      });
      const {bulk, reference} = readBoth(runtime);
      expect(understood(bulk)).toBe(understood(reference));
    }
  });
});

describe('Where the bulk results do not line up, it reads child by child', () => {
  it('a table without rows (no line in the Body text) falls back, with the same result', () => {
    const runtime = busyRuntime();
    edit(runtime, body => {
      body.insertTable(childStarting(body, 'Recorded by:'));
    });
    const {bulk, childReads, reference} = readBoth(runtime);
    expect(childReads).toBeGreaterThan(0);
    expect(understood(bulk)).toBe(understood(reference));
  });
});
