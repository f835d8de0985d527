/**
 * A Training entry answered as people answer it, on the emulated Doc: its date typed over the
 * Date prompt is an answer, so the hint in the sidebar's reply names only what is really left.
 * https://developers.google.com/apps-script/reference/document/text#insertText(Integer,String)
 */
import type {Runtime} from '../../dev/emulator/runtime';
import {
  TODAY,
  indexOfLine,
  setUpRuntime,
  state,
  typeOverPrompt,
  writeTrainingEntry,
} from './fixture';

const unansweredHints = (runtime: Runtime) =>
  state(runtime)
    .report.hints.filter(hint => hint.kind === 'unanswered')
    .map(hint => hint.text);

describe('a date typed over the Date prompt of a Training entry', () => {
  it('answers it: the hint names only the takeaways', () => {
    const runtime = setUpRuntime();
    writeTrainingEntry(runtime, TODAY);
    const heading = indexOfLine(runtime.document, `H3 ${TODAY} · Training`);
    expect(unansweredHints(runtime)).toEqual([
      `Leadership training: “${TODAY} · Training” leaves Date and Takeaways unanswered`,
    ]);
    typeOverPrompt(runtime, 'Date', '2026-11-18', heading);
    expect(unansweredHints(runtime)).toEqual([
      `Leadership training: “${TODAY} · Training” leaves Takeaways unanswered`,
    ]);
    // The placeholder typed back in is no answer.
    typeOverPrompt(runtime, 'Date', 'YYYY-MM-DD', heading);
    expect(unansweredHints(runtime)).toEqual([
      `Leadership training: “${TODAY} · Training” leaves Date and Takeaways unanswered`,
    ]);
  });
});
