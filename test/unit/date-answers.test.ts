/**
 * A date answers the prompt that asks for one ('Date: 2026-11-18' on a Training entry): the hints
 * do not call it unanswered. The prompt's own placeholder ('YYYY-MM-DD', 'When you attended
 * (YYYY-MM-DD).'), whole or edited, answers nothing, and a date alone is no evidence.
 */
import type {DocumentModel} from '../../src/core/document-model';
import {buildOutline, sectionEntries} from '../../src/core/outline';
import {PROGRAM} from '../../src/core/program-data';
import {
  addEntry,
  asRead,
  check,
  GREY,
  replace,
  runs,
  setUp,
  TODAY,
  typeOver,
} from './fixtures';

const NAME =
  'Leading Teams 101, run by People Ops; I now open retros with the goals.';

/** A Training entry with its Name answered, and its Date line as `date` makes it. */
function training(
  date: (model: DocumentModel, line: number) => DocumentModel,
): {
  model: DocumentModel;
  dateLine: number;
} {
  const added = addEntry(setUp(), 'leadership-training', {kindId: 'training'});
  const named = typeOver(added.model, added.heading + 2, NAME);
  return {
    model: date(named, added.heading + 3),
    dateLine: added.heading + 3,
  };
}

const dateLine =
  (...parts: Array<{text: string; color?: string | null}>) =>
  (model: DocumentModel, line: number) =>
    replace(model, line, block =>
      runs(block.heading, {text: 'Date: '}, ...parts),
    );

const unanswered = (model: DocumentModel) =>
  sectionEntries(
    buildOutline(asRead(model).blocks, PROGRAM),
    'leadership-training',
  )[0]?.unanswered;

const unansweredHints = (model: DocumentModel) =>
  check(model)
    .hints.filter(hint => hint.kind === 'unanswered')
    .map(hint => hint.text);

describe('a date answering a prompt that asks for one', () => {
  it('is an answer: the hint names only the prompts left', () => {
    const {model} = training((model, line) =>
      typeOver(model, line, '2026-11-18'),
    );
    expect(unanswered(model)).toEqual(['Takeaways']);
    expect(unansweredHints(model)).toEqual([
      `Leadership training: “${TODAY} · Training” leaves Takeaways unanswered`,
    ]);
  });

  it.each([
    ['typed plain', dateLine({text: '2026-11-18'})],
    [
      'typed in the grey look Docs keeps',
      dateLine({text: '2026-11-18', color: GREY}),
    ],
    ['written in words', dateLine({text: '18 Nov 2026.'})],
    [
      'typed over the placeholder only, grey',
      dateLine(
        {text: 'When you attended (', color: GREY},
        {text: '2026-11-18', color: GREY},
        {text: ').', color: GREY},
      ),
    ],
    [
      'typed over the placeholder only, plain',
      dateLine({text: 'When you attended (18 November 2026).'}),
    ],
  ])('counts a date %s', (_, date) => {
    expect(unanswered(training(date).model)).toEqual(['Takeaways']);
  });

  it.each([
    ['the prompt left in place', (model: DocumentModel) => model],
    [
      'the prompt in plain text',
      dateLine({text: 'When you attended (YYYY-MM-DD).'}),
    ],
    ['the placeholder alone', dateLine({text: 'YYYY-MM-DD'})],
    [
      'the prompt with a character deleted',
      dateLine({text: 'When you attendd (YYYY-MM-DD).', color: GREY}),
    ],
    ['no date that exists', dateLine({text: '2026-13-45'})],
    ['a date among other numbers', dateLine({text: '2026-11-18 3 4'})],
    ['nothing after the label', dateLine()],
  ])('leaves the prompt unanswered with %s', (_, date) => {
    expect(unanswered(training(date).model)).toEqual(['Date', 'Takeaways']);
  });

  it('is no evidence alone: an entry with only a date is still a draft', () => {
    const added = addEntry(setUp(), 'leadership-training', {
      kindId: 'training',
    });
    const dated = typeOver(added.model, added.heading + 3, '2026-11-18');
    const entry = sectionEntries(
      buildOutline(asRead(dated).blocks, PROGRAM),
      'leadership-training',
    )[0];
    expect(entry?.hasWriting).toBe(false);
    expect(check(dated).areas[2]).toMatchObject({
      status: 'missing',
      draftCount: 1,
    });
  });

  it('answers only a prompt that asks for a date', () => {
    const added = addEntry(setUp(), 'leadership-skills', {kindId: 'feedback'});
    let model = typeOver(added.model, added.heading + 2, NAME);
    model = typeOver(model, added.heading + 3, '2026-11-18');
    expect(
      sectionEntries(
        buildOutline(asRead(model).blocks, PROGRAM),
        'leadership-skills',
      )[0]?.unanswered,
    ).toEqual(['Impact', 'Request']);
  });
});
