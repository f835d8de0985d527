/**
 * On the emulated Doc, through the sidebar's own calls: evidence whose area heading was deleted
 * still counts where it belongs, the check says where it sits and Go to them lands on it, Set up
 * puts the heading back above it; template text edited by accident stays no evidence. Every reply
 * equals a fresh check.
 */
import * as api from '../../src/server/api';
import {
  addEvidence,
  area,
  AREA_TITLES,
  cursorOf,
  deleteBlocks,
  execute,
  indexOfLine,
  keptInOrder,
  lines,
  setUp,
  setUpRuntime,
  snapshot,
  state,
  TODAY,
  typeOverPrompt,
  withoutNotice,
} from './fixture';

const DEVELOPMENT = AREA_TITLES[4];

/** A set-up Doc with two written Development process entries, then its heading deleted. */
function developmentHeadingDeleted() {
  const runtime = setUpRuntime('manager');
  for (const [criterionId, label] of [
    ['daily-stand-up', 'Daily stand-up'],
    ['scpa-update', 'Weekly SCPA update'],
  ]) {
    addEvidence(runtime, {
      sectionId: 'development-process',
      criterionId,
      kindId: 'general',
    });
    typeOverPrompt(
      runtime,
      'What happened',
      'Ran it for the team for a month.',
      indexOfLine(runtime.document, `H3 ${TODAY} · ${label}`),
    );
  }
  const heading = indexOfLine(runtime.document, `H1 ${DEVELOPMENT}`);
  // The heading and its guidance line, selected and deleted.
  deleteBlocks(runtime, heading, heading + 2);
  return runtime;
}

describe('evidence whose area heading was deleted', () => {
  it('counts for its area, says where it sits, and Go to them lands on it', () => {
    const runtime = developmentHeadingDeleted();
    const reply = state(runtime);
    const development = area(reply, 'development-process');
    expect(development).toMatchObject({
      evidenceCount: 2,
      sectionFound: false,
      entriesOutside: [0, 1],
    });
    expect(development.notes).toContain(
      '2 entries for Development process are not under its heading',
    );
    expect(area(reply, 'leadership-skills').evidenceCount).toBe(0);

    execute(runtime, () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: 'development-process', entryIndex: 0},
      }),
    );
    const cursor = cursorOf(runtime.document);
    expect(lines(runtime.document)[cursor?.line ?? -1]).toBe(
      `H3 ${TODAY} · Daily stand-up`,
    );
  });

  it('gets its heading back above it from Set up, nothing people wrote moved, the reply a fresh check', () => {
    const runtime = developmentHeadingDeleted();
    const before = snapshot(runtime.document).body;
    const reply = setUp(runtime);
    const after = lines(runtime.document);
    const heading = after.indexOf(`H1 ${DEVELOPMENT}`);
    expect(after[heading + 2]).toBe(`H3 ${TODAY} · Daily stand-up`);
    expect(keptInOrder(before, snapshot(runtime.document).body)).toBe(true);
    expect(area(reply, 'development-process')).toMatchObject({
      evidenceCount: 2,
      sectionFound: true,
      entriesOutside: [],
    });
    expect(withoutNotice(reply)).toEqual(withoutNotice(state(runtime)));
    // Set up again changes nothing.
    const again = snapshot(runtime.document);
    setUp(runtime);
    expect(snapshot(runtime.document)).toEqual(again);
  });
});

describe('template text edited by accident', () => {
  it('a sentence typed after the guidance names no criterion with the guidance’s words', () => {
    const runtime = setUpRuntime('candidate');
    const guidance = indexOfLine(runtime.document, `H1 ${AREA_TITLES[1]}`) + 1;
    execute(runtime, () => {
      const line = DocumentApp.getActiveDocument()
        .getBody()
        .getChild(guidance)
        .asParagraph();
      line.appendText(' Ana and I meet on Mondays.');
    });
    const oneOnOnes = area(state(runtime), 'one-on-ones');
    expect(oneOnOnes.criteria.filter(c => c.covered)).toEqual([]);
  });

  it('a draft whose heading and meta line were restyled stays a draft', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'building-trust',
      kindId: 'feedback',
    });
    const heading = indexOfLine(
      runtime.document,
      `H3 ${TODAY} · Building trust`,
    );
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      body
        .getChild(heading)
        .asParagraph()
        .setHeading(DocumentApp.ParagraphHeading.NORMAL);
      body
        .getChild(heading + 1)
        .asParagraph()
        .setHeading(DocumentApp.ParagraphHeading.HEADING4);
    });
    const oneOnOnes = area(state(runtime), 'one-on-ones');
    expect(oneOnOnes).toMatchObject({status: 'missing', evidenceCount: 0});
    expect(oneOnOnes.drafts.map(draft => draft.criterionIds)).toEqual([
      ['building-trust'],
    ]);
  });
});
