/**
 * The server on the emulated Doc, over generated edited Docs (the core's generators, written into
 * an emulated Body): every reply equals a fresh check; Set up and Add evidence keep every line
 * people have, in order and unchanged; Set up twice equals Set up once.
 */
import fc from 'fast-check';
import type {
  BlockJSON,
  InlineJSON,
  TextRunJSON,
} from '../../dev/emulator/document/document-json';
import type {Block} from '../../src/core/document-model';
import {editedDoc, n, pick, SECTIONS} from '../unit/generated-docs';
import {
  addEvidence,
  chooseRole,
  doc,
  keptInOrder,
  runtimeFor,
  setUp,
  snapshot,
  state,
  withoutNotice,
} from './fixture';

const RUNS = 40;

/** Docs paragraphs hold no line breaks: a break in generated text becomes a space. */
const oneLine = (text: string) => text.replace(/[\n\r\v\f\u2028\u2029]/g, ' ');

/** A core block as the emulator builds it: the same text, runs, style, type. */
function toJSON(block: Block): BlockJSON {
  if (block.type === 'table') {
    const rows =
      block.rows ?? block.text.split('\n').map(row => row.split('\t'));
    return {type: 'table', rows: rows.map(row => row.map(oneLine))};
  }
  const runs: InlineJSON[] = block.runs
    .filter(run => run.text !== '')
    .map(run => {
      const json: TextRunJSON = {text: oneLine(run.text)};
      if (run.bold !== undefined) json.bold = run.bold;
      if (run.italic !== undefined) json.italic = run.italic;
      if (run.color) json.color = run.color;
      return json;
    });
  if (block.hasImage) runs.push({type: 'image'});
  return block.type === 'listItem'
    ? {type: 'listItem', runs}
    : {heading: block.heading, runs};
}

describe('the server on generated edited Docs', () => {
  it('replies with a fresh check, keeps every line, and sets up once', () => {
    fc.assert(
      fc.property(editedDoc, n, (model, section) => {
        const runtime = runtimeFor(doc(...model.blocks.map(toJSON)));
        chooseRole(runtime, 'manager');
        const before = snapshot(runtime.document).body;

        const setUpReply = setUp(runtime);
        expect(withoutNotice(setUpReply)).toEqual(
          withoutNotice(state(runtime)),
        );
        const once = snapshot(runtime.document);
        expect(keptInOrder(before, once.body)).toBe(true);
        setUp(runtime);
        expect(snapshot(runtime.document).body).toEqual(once.body);

        const target = pick(SECTIONS, section);
        const added = addEvidence(runtime, {
          sectionId: target.id,
          kindId: target.kinds[0],
        });
        expect(withoutNotice(added)).toEqual(withoutNotice(state(runtime)));
        expect(keptInOrder(once.body, snapshot(runtime.document).body)).toBe(
          true,
        );
      }),
      {numRuns: RUNS},
    );
  });
});
