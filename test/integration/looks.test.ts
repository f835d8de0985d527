/**
 * Whatever stands above them, the lines the add-on writes look as designed (issue 10): a new
 * paragraph may take the text attributes that end the one before it (the emulation takes that worst
 * case, see dev/emulator/document/section-element.ts), so the writer states every look it relies on.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import type {TextRunJSON} from '../../dev/emulator/document/model';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  GREY,
  REVIEW_TITLE,
  TODAY,
  addEvidence,
  chooseRole,
  execute,
  indexOfLine,
  lines,
  runsAt,
  runtimeFor,
  setUp,
  setUpRuntime,
} from './fixture';
import type {Runtime} from '../../dev/emulator/runtime';

/** What a person's loud writing looks like: every text attribute set. */
const LOUD: Omit<TextRunJSON, 'text'> = {
  bold: true,
  italic: true,
  underline: true,
  strikethrough: true,
  color: '#ff0000',
  background: '#ffff00',
  link: 'https://example.com',
  fontSize: 18,
  fontFamily: 'Courier New',
};

const BODY_TEXT = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
};

/** A person's loud line typed as the last line under the heading `heading`. */
function writeLoudlyUnder(runtime: Runtime, heading: string): void {
  const at = indexOfLine(runtime.document, heading) + 2;
  execute(runtime, () => {
    const text = DocumentApp.getActiveDocument()
      .getBody()
      .insertParagraph(at, 'Written loudly by a person.')
      .editAsText();
    text
      .setBold(true)
      .setItalic(true)
      .setUnderline(true)
      .setStrikethrough(true)
      .setForegroundColor('#ff0000')
      .setBackgroundColor('#ffff00')
      .setLinkUrl('https://example.com')
      .setFontSize(18)
      .setFontFamily('Courier New');
  });
}

/** Today's training entry, right after the loud line, as the add-on designs it. */
function expectTrainingEntryAsDesigned(runtime: Runtime): void {
  const heading = indexOfLine(runtime.document, `H3 ${TODAY} · Training`);
  expect(runsAt(runtime.document, heading - 1)).toEqual([
    {text: 'Written loudly by a person.', ...LOUD},
  ]);
  expect(runsAt(runtime.document, heading)).toEqual([
    {text: `${TODAY} · Training`},
  ]);
  expect(runsAt(runtime.document, heading + 1)).toEqual([
    {text: 'Recorded by: Candidate · Training', ...BODY_TEXT, color: GREY},
  ]);
  expect(runsAt(runtime.document, heading + 2)).toEqual([
    {text: 'Name: ', ...BODY_TEXT},
    {
      text: 'The training and who ran it.',
      ...BODY_TEXT,
      italic: true,
      color: GREY,
    },
    {text: ' ', ...BODY_TEXT},
  ]);
}

describe('The lines the add-on writes look as designed, whatever stands above them', () => {
  it('an entry after a loud line: a plain heading, a grey meta line, body text and grey italic prompts', () => {
    const runtime = setUpRuntime('candidate');
    writeLoudlyUnder(runtime, `H1 ${AREA_TITLES[2]}`);
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    expectTrainingEntryAsDesigned(runtime);
  });

  it('the same where the Body cannot be read in bulk (a table without rows): the looks are stated line by line', () => {
    const runtime = setUpRuntime('candidate');
    execute(runtime, () => {
      DocumentApp.getActiveDocument().getBody().insertTable(1);
    });
    writeLoudlyUnder(runtime, `H1 ${AREA_TITLES[2]}`);
    runtime.calls.reset();
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    expect(runtime.calls.count('Body.getChild')).toBeGreaterThan(0);
    expectTrainingEntryAsDesigned(runtime);
  });

  it.each([
    ['', false],
    [' (the Body not read in bulk)', true],
  ])(
    'the readiness summary after a loud line%s: a plain heading, bold lead-ins, a table with a bold header row only',
    (_how, emptyTable) => {
      const runtime = setUpRuntime('manager');
      if (emptyTable)
        execute(runtime, () => {
          DocumentApp.getActiveDocument().getBody().insertTable(1);
        });
      writeLoudlyUnder(runtime, `H1 ${REVIEW_TITLE}`);
      execute(runtime, () => api.insertReadinessSummary({today: TODAY}));

      const heading = indexOfLine(
        runtime.document,
        `H2 Readiness summary — ${TODAY}`,
      );
      expect(runsAt(runtime.document, heading)).toEqual([
        {text: `Readiness summary — ${TODAY}`},
      ]);
      const [lead, verdict] = runsAt(runtime.document, heading + 1);
      expect(lead).toEqual({text: 'Verdict:', ...BODY_TEXT, bold: true});
      expect(verdict).toMatchObject({...BODY_TEXT});
      expect(verdict.color).toBeUndefined();
      const [stageLead] = runsAt(runtime.document, heading + 2);
      expect(stageLead).toEqual({text: 'Stage:', ...BODY_TEXT, bold: true});
      const table = runtime.document.toJSON().body[heading + 3];
      if (table?.type !== 'table') throw new Error('No summary table.');
      const [header, ...rows] = table.rows;
      for (const cell of header)
        expect(cell).toEqual([
          {
            type: 'paragraph',
            runs: [{text: expect.any(String), ...BODY_TEXT, bold: true}],
          },
        ]);
      for (const cell of rows.flat())
        expect(cell).toEqual([
          {type: 'paragraph', runs: [{text: expect.any(String), ...BODY_TEXT}]},
        ]);
    },
  );

  it('Set up on a Doc that holds only a loud line: the participants written right after it look as designed', () => {
    const document = EmulatedDocument.fromBlocks([
      {runs: [{text: 'My notes', ...LOUD}]},
    ]);
    const runtime = runtimeFor(document);
    setUp(runtime);
    chooseRole(runtime, 'candidate');

    const candidate = lines(document).findIndex(line =>
      line.startsWith('Candidate: '),
    );
    expect(runsAt(document, candidate)).toEqual([
      {text: 'Candidate: ', ...BODY_TEXT},
      {
        text: 'Who is trying out people leadership',
        ...BODY_TEXT,
        italic: true,
        color: GREY,
      },
      {text: ' ', ...BODY_TEXT},
    ]);
    const guidance = indexOfLine(document, `H1 ${AREA_TITLES[0]}`) + 1;
    expect(runsAt(document, guidance)).toEqual([
      {text: expect.any(String), ...BODY_TEXT, italic: true, color: GREY},
    ]);
  });
});
