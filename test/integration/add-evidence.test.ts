/**
 * Add evidence, on the emulated runtime: the entry lands at the end of its section with the date,
 * criterion, recorder and grey prompts, the cursor waits on the first prompt, and once the person
 * writes over the prompts the readiness check counts it.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {PROGRAM} from '../../src/core/program-data';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  GREY,
  LOG_TITLE,
  TODAY,
  addEvidence,
  area,
  chooseRole,
  cursorOf,
  deleteBlocks,
  doc,
  execute,
  failure,
  grey,
  h1,
  indexOfLine,
  keptInOrder,
  lines,
  para,
  runsAt,
  runtimeFor,
  setUp,
  setUpRuntime,
  snapshot,
  state,
  title,
  typeAtTheCursor,
  typeOverPrompt,
} from './fixture';

/** Body text as the add-on writes it: every look it relies on stated (colours left to the style). */
const STATED_BODY_TEXT = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
};

interface KindCase {
  sectionId: string;
  criterionId: string | null;
  kindId: string;
  heading: string;
  meta: string;
  prompts: string[];
  /** The heading of the section that follows. */
  next: string;
}

const KIND_CASES: KindCase[] = [
  {
    sectionId: 'performance-review',
    criterionId: 'review-documentation',
    kindId: 'general',
    heading: `H3 ${TODAY} · Review documentation`,
    meta: 'Recorded by: Candidate · General',
    prompts: ['What happened', 'Impact'],
    next: `H1 ${AREA_TITLES[1]}`,
  },
  {
    sectionId: 'leadership-skills',
    criterionId: 'oir-feedback',
    kindId: 'feedback',
    heading: `H3 ${TODAY} · Observe/impact/request feedback`,
    meta: 'Recorded by: Candidate · Feedback',
    prompts: ['Observe', 'Impact', 'Request'],
    next: `H1 ${AREA_TITLES[4]}`,
  },
  {
    sectionId: 'leadership-training',
    criterionId: null,
    kindId: 'training',
    heading: `H3 ${TODAY} · Training`,
    meta: 'Recorded by: Candidate · Training',
    prompts: ['Name', 'Date', 'Takeaways'],
    next: `H1 ${AREA_TITLES[3]}`,
  },
  {
    sectionId: 'development-process',
    criterionId: 'scpa-update',
    kindId: 'scpa',
    heading: `H3 ${TODAY} · Weekly SCPA update`,
    meta: 'Recorded by: Candidate · SCPA update',
    prompts: ['Success', 'Challenges', 'Priorities', 'Appreciation'],
    next: `H1 ${LOG_TITLE}`,
  },
  {
    sectionId: 'one-on-one-log',
    criterionId: null,
    kindId: 'one-on-one-log',
    heading: `H3 ${TODAY} · One-on-one`,
    meta: 'Recorded by: Candidate · One-on-one',
    prompts: ['Topics', 'Follow-ups'],
    next: 'H1 Review and Recommendation',
  },
];

function promptText(kindId: string, label: string): string {
  const kind = PROGRAM.kinds.find(candidate => candidate.id === kindId);
  const prompt = kind?.prompts.find(candidate => candidate.label === label);
  if (!prompt) throw new Error(`No prompt ${label} in ${kindId}`);
  return prompt.text;
}

describe.each(KIND_CASES)('Add evidence: $kindId in $sectionId', kindCase => {
  it('inserts the entry at the end of its section, before the next heading, and nothing else', () => {
    const runtime = setUpRuntime('candidate');
    const before = snapshot(runtime.document).body;
    const nextHeading = indexOfLine(runtime.document, kindCase.next);

    const reply = addEvidence(runtime, kindCase);

    const all = lines(runtime.document);
    const entry = all.slice(
      nextHeading,
      nextHeading + 2 + kindCase.prompts.length,
    );
    expect(entry).toEqual([
      kindCase.heading,
      kindCase.meta,
      ...kindCase.prompts.map(
        label => `${label}: ${promptText(kindCase.kindId, label)} `,
      ),
    ]);
    expect(all[nextHeading + entry.length]).toBe(kindCase.next);
    expect(all.length).toBe(before.length + entry.length);
    expect(keptInOrder(before, snapshot(runtime.document).body)).toBe(true);
    expect(reply.notice?.tone).toBe('success');
  });

  it('shows each prompt line as a label in body text, the prompt in grey italic and a space in body text, and the meta line in grey, every look stated', () => {
    const runtime = setUpRuntime('candidate');
    const at = indexOfLine(runtime.document, kindCase.next);
    addEvidence(runtime, kindCase);

    expect(runsAt(runtime.document, at + 1)).toEqual([
      {text: kindCase.meta, color: GREY, ...STATED_BODY_TEXT},
    ]);
    kindCase.prompts.forEach((label, offset) => {
      expect(runsAt(runtime.document, at + 2 + offset)).toEqual([
        {text: `${label}: `, ...STATED_BODY_TEXT},
        {
          text: promptText(kindCase.kindId, label),
          ...STATED_BODY_TEXT,
          italic: true,
          color: GREY,
        },
        {text: ' ', ...STATED_BODY_TEXT},
      ]);
    });
  });

  it('puts the cursor at the end of the first prompt line, after the prompt', () => {
    const runtime = setUpRuntime('candidate');
    const at = indexOfLine(runtime.document, kindCase.next);
    addEvidence(runtime, kindCase);

    expect(cursorOf(runtime.document)).toEqual({
      line: at + 2,
      offset:
        `${kindCase.prompts[0]}: ${promptText(kindCase.kindId, kindCase.prompts[0])} `
          .length,
    });
  });

  it('writing typed where the cursor is looks like body text, not like the prompt, and counts', () => {
    const runtime = setUpRuntime('candidate');
    const at = indexOfLine(runtime.document, kindCase.next);
    addEvidence(runtime, kindCase);

    typeAtTheCursor(runtime, 'Alex ran the session and wrote it up.');

    const [label, prompt, writing] = runsAt(runtime.document, at + 2);
    expect(writing).toEqual({
      text: ' Alex ran the session and wrote it up.',
      ...STATED_BODY_TEXT,
    });
    expect(prompt).toMatchObject({italic: true, color: GREY});
    expect(label.text).toBe(`${kindCase.prompts[0]}: `);
    const after = state(runtime);
    if (kindCase.sectionId === 'one-on-one-log')
      expect(after.report.oneOnOnes.entryCount).toBe(1);
    else expect(area(after, kindCase.sectionId).evidenceCount).toBe(1);
  });

  it('counts the entry as a draft until the prompts are written over, then as evidence', () => {
    const runtime = setUpRuntime('candidate');
    const reply = addEvidence(runtime, kindCase);
    const drafts =
      kindCase.sectionId === 'one-on-one-log'
        ? reply.report.oneOnOnes.drafts
        : area(reply, kindCase.sectionId).drafts;
    expect(drafts).toEqual([
      {
        sectionId: kindCase.sectionId,
        entryIndex: 0,
        title: kindCase.heading.slice('H3 '.length),
        // The criterion chosen; a Training entry's heading names the training criterion.
        criterionIds:
          kindCase.criterionId !== null
            ? [kindCase.criterionId]
            : kindCase.kindId === 'training'
              ? ['training-attended']
              : [],
      },
    ]);
    if (kindCase.sectionId !== 'one-on-one-log')
      expect(area(reply, kindCase.sectionId).evidenceCount).toBe(0);
    else expect(reply.report.oneOnOnes.entryCount).toBe(0);

    const entryStart = indexOfLine(
      runtime.document,
      kindCase.heading.replace(/^H3 /, 'H3 '),
    );
    typeOverPrompt(
      runtime,
      kindCase.prompts[0],
      'Alex ran the session and wrote it up.',
      entryStart,
    );

    const after = state(runtime);
    if (kindCase.sectionId === 'one-on-one-log') {
      expect(after.report.oneOnOnes.entryCount).toBe(1);
      expect(after.report.oneOnOnes.lastDate).toBe(TODAY);
      expect(after.report.oneOnOnes.drafts).toEqual([]);
      return;
    }
    const report = area(after, kindCase.sectionId);
    expect(report.evidenceCount).toBe(1);
    expect(report.recordedBy).toEqual({candidate: 1, manager: 0, unknown: 0});
    expect(report.newestEvidence).toBe(TODAY);
    expect(report.drafts).toEqual([]);
    if (kindCase.criterionId !== null) {
      expect(
        report.criteria.filter(criterion => criterion.covered).map(c => c.id),
      ).toEqual([kindCase.criterionId]);
    }
  });
});

describe('Add evidence: who recorded it', () => {
  it("says 'Recorded by: Sponsoring manager' when the manager chose that role", () => {
    const runtime = setUpRuntime('manager');
    addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'building-trust',
      kindId: 'feedback',
    });
    const heading = indexOfLine(
      runtime.document,
      `H3 ${TODAY} · Building trust`,
    );
    expect(lines(runtime.document)[heading + 1]).toBe(
      'Recorded by: Sponsoring manager · Feedback',
    );
    typeOverPrompt(runtime, 'Observe', 'Kim asked for a weekly slot.', heading);
    const report = area(state(runtime), 'one-on-ones');
    expect(report.recordedBy).toEqual({candidate: 0, manager: 1, unknown: 0});
    expect(report.criteria.find(c => c.id === 'building-trust')?.covered).toBe(
      true,
    );
    expect(report.status).toBe('in-progress');
  });

  it('without a chosen role fails with a clear message and leaves the Doc untouched', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    const before = snapshot(document);

    const error = failure(() =>
      addEvidence(runtime, {
        sectionId: 'leadership-training',
        kindId: 'training',
      }),
    );

    expect(error.message).toMatch(/candidate or the sponsoring manager/);
    expect(snapshot(document)).toEqual(before);
  });
});

describe('Add evidence: where the entry goes', () => {
  it('a second entry goes after the first, still before the next area', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'building-trust',
      kindId: 'general',
      today: '2026-11-20',
    });
    addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'solving-problems',
      kindId: 'general',
    });
    const all = lines(runtime.document);
    const first = all.indexOf('H3 2026-11-20 · Building trust');
    const second = all.indexOf(`H3 ${TODAY} · Solving problems`);
    expect(first).toBeGreaterThan(all.indexOf(`H1 ${AREA_TITLES[1]}`));
    expect(second).toBe(first + 4);
    expect(all[second + 4]).toBe(`H1 ${AREA_TITLES[2]}`);
  });

  it('goes after writing people typed under the heading, not above it', () => {
    const runtime = setUpRuntime('candidate');
    const heading = indexOfLine(runtime.document, `H1 ${AREA_TITLES[2]}`);
    execute(runtime, () => {
      DocumentApp.getActiveDocument()
        .getBody()
        .insertParagraph(
          heading + 2,
          'Went to the Leading Teams workshop in May.',
        );
    });
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    const all = lines(runtime.document);
    expect(all.slice(heading, heading + 4)).toEqual([
      `H1 ${AREA_TITLES[2]}`,
      'Each company leadership training you attend: its name, the date and what you took away.',
      'Went to the Leading Teams workshop in May.',
      `H3 ${TODAY} · Training`,
    ]);
  });

  it('restores a deleted section first, in program order, and adds the entry there', () => {
    const runtime = setUpRuntime('candidate');
    const heading = indexOfLine(runtime.document, `H1 ${AREA_TITLES[2]}`);
    deleteBlocks(runtime, heading, heading + 2);
    const before = snapshot(runtime.document).body;
    expect(area(state(runtime), 'leadership-training').sectionFound).toBe(
      false,
    );

    const reply = addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    const all = lines(runtime.document);
    expect(all.slice(heading, heading + 4)).toEqual([
      `H1 ${AREA_TITLES[2]}`,
      'Each company leadership training you attend: its name, the date and what you took away.',
      `H3 ${TODAY} · Training`,
      'Recorded by: Candidate · Training',
    ]);
    expect(all[heading - 2]).toBe(`H1 ${AREA_TITLES[1]}`);
    expect(all[heading + 7]).toBe(`H1 ${AREA_TITLES[3]}`);
    expect(keptInOrder(before, snapshot(runtime.document).body)).toBe(true);
    expect(reply.notice?.text).toMatch(/^Restored the missing section/);
    expect(area(reply, 'leadership-training').sectionFound).toBe(true);
    expect(cursorOf(runtime.document)).toEqual({
      line: heading + 4,
      offset: 'Name: The training and who ran it. '.length,
    });
  });

  it('with a duplicated heading, goes after the last occurrence, and both are read', () => {
    const document = doc(
      title('Lead Mentorship Program'),
      h1(AREA_TITLES[2]),
      para('Leading Teams 101, March.'),
      h1(AREA_TITLES[3]),
      para('Mentoring Kim on design reviews.'),
      h1('Leadership training'),
      para('Another course, in June.'),
      h1(LOG_TITLE),
    );
    const runtime = runtimeFor(document);
    chooseRole(runtime, 'candidate');
    const duplicate = indexOfLine(document, 'H1 Leadership training');

    const reply = addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    expect(lines(document)[duplicate + 2]).toBe(`H3 ${TODAY} · Training`);
    expect(lines(document)[duplicate + 7]).toBe(`H1 ${LOG_TITLE}`);
    const report = area(reply, 'leadership-training');
    expect(report.sectionCount).toBe(2);
    expect(report.evidenceCount).toBe(2);
    expect(report.notes).toContain('Heading appears 2 times; all are read');
  });

  it('works on a Doc that was never set up (only the area is added, with the entry)', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    chooseRole(runtime, 'candidate');
    addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'general'});
    expect(lines(document)).toEqual([
      `H1 ${AREA_TITLES[2]}`,
      'Each company leadership training you attend: its name, the date and what you took away.',
      `H3 ${TODAY} · General`,
      'Recorded by: Candidate · General',
      'What happened: Describe the situation and what you did. ',
      'Impact: What changed, and what you learned. ',
      '',
    ]);
  });
});

describe('Add evidence: writing over prompts', () => {
  it('writing typed in the grey prompt style still counts (it is not prompt text)', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    const heading = indexOfLine(runtime.document, `H3 ${TODAY} · Training`);
    // The person clicked inside the prompt and typed: the new words take its grey italic style.
    execute(runtime, () => {
      const text = DocumentApp.getActiveDocument()
        .getBody()
        .getChild(heading + 2)
        .asParagraph()
        .editAsText();
      text.insertText('Name: '.length + 3, 'Leading Teams 101 ');
    });
    expect(runsAt(runtime.document, heading + 2)[1]?.color).toBe(GREY);
    expect(area(state(runtime), 'leadership-training').status).toBe(
      'evidenced',
    );
  });

  it('writing typed over the selected prompt keeps its grey italic look (Docs), and still counts', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    const heading = indexOfLine(runtime.document, `H3 ${TODAY} · Training`);

    typeOverPrompt(
      runtime,
      'Name',
      'Leading Teams 101, by People Ops.',
      heading,
    );

    expect(runsAt(runtime.document, heading + 2)).toEqual([
      {text: 'Name: ', ...STATED_BODY_TEXT},
      {
        text: 'Leading Teams 101, by People Ops.',
        ...STATED_BODY_TEXT,
        italic: true,
        color: GREY,
      },
    ]);
    expect(area(state(runtime), 'leadership-training').status).toBe(
      'evidenced',
    );
  });

  it('an entry whose prompts are only trimmed or re-styled stays a draft', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    const heading = indexOfLine(runtime.document, `H3 ${TODAY} · Training`);
    execute(runtime, () => {
      const text = DocumentApp.getActiveDocument()
        .getBody()
        .getChild(heading + 2)
        .asParagraph()
        .editAsText();
      // Deletes the trailing '.' of the prompt and makes it black.
      const length = text.getText().length;
      text.deleteText(length - 1, length - 1);
      text.setForegroundColor('Name: '.length, length - 2, '#000000');
    });
    const report = area(state(runtime), 'leadership-training');
    expect(report.evidenceCount).toBe(0);
    expect(report.drafts).toHaveLength(1);
  });

  it('every criterion of every area, added and written, is covered by exactly its own entry', () => {
    const runtime = setUpRuntime('candidate');
    for (const programArea of PROGRAM.areas) {
      for (const criterion of programArea.criteria) {
        const reply = addEvidence(runtime, {
          sectionId: programArea.id,
          criterionId: criterion.id,
          kindId: programArea.kinds[0] ?? 'general',
        });
        const heading = indexOfLine(
          runtime.document,
          `H3 ${TODAY} · ${criterion.label}`,
        );
        expect(cursorOf(runtime.document)?.line).toBe(heading + 2);
        const firstPrompt = lines(runtime.document)[heading + 2] ?? '';
        typeOverPrompt(
          runtime,
          firstPrompt.slice(0, firstPrompt.indexOf(':')),
          `About ${criterion.label}: what I did.`,
          heading,
        );
        expect(area(reply, programArea.id).drafts).toHaveLength(1);
      }
      const report = area(state(runtime), programArea.id);
      expect(report.criteria.every(c => c.covered)).toBe(true);
      expect(report.evidenceCount).toBe(programArea.criteria.length);
      expect(report.status).toBe('evidenced');
    }
    // Evidenced everywhere: what is left is the sponsoring manager's confirmations.
    expect(state(runtime).report.verdict.left).toEqual(
      PROGRAM.areas.map(
        programArea =>
          `${programArea.shortTitle}: no entry confirmed by the sponsoring manager yet`,
      ),
    );
  });
});

describe('Add evidence: the weekly one-on-one log', () => {
  function logEntry(runtime: ReturnType<typeof setUpRuntime>, day: string) {
    addEvidence(runtime, {
      sectionId: 'one-on-one-log',
      kindId: 'one-on-one-log',
      today: day,
    });
    const heading = indexOfLine(runtime.document, `H3 ${day} · One-on-one`);
    typeOverPrompt(runtime, 'Topics', `Topics of ${day}.`, heading);
  }

  it('adds log entries in order and flags a 20-day gap', () => {
    const runtime = setUpRuntime('manager');
    logEntry(runtime, '2026-10-01');
    logEntry(runtime, '2026-10-08');
    logEntry(runtime, '2026-10-28');

    const log = indexOfLine(runtime.document, `H1 ${LOG_TITLE}`);
    expect(lines(runtime.document).slice(log + 2, log + 3)).toEqual([
      'H3 2026-10-01 · One-on-one',
    ]);
    const report = state(runtime, '2026-11-02').report;
    expect(report.oneOnOnes.entryCount).toBe(3);
    expect(report.oneOnOnes.lastDate).toBe('2026-10-28');
    expect(report.oneOnOnes.gaps).toEqual([
      {from: '2026-10-08', to: '2026-10-28', days: 20},
    ]);
    expect(report.verdict.flagged).toContain(
      'One-on-one log: 20-day gap (2026-10-08 to 2026-10-28)',
    );
  });

  it('flags a gap running up to today', () => {
    const runtime = setUpRuntime('manager');
    logEntry(runtime, '2026-11-01');
    const report = state(runtime, '2026-11-21').report;
    expect(report.oneOnOnes.gaps).toEqual([
      {from: '2026-11-01', to: '2026-11-21', days: 20},
    ]);
  });
});

describe('Add evidence: the reply', () => {
  it('carries the sidebar state and does not need another round trip', () => {
    const runtime = setUpRuntime('candidate');
    const reply = execute(runtime, () =>
      api.addEvidence({
        today: TODAY,
        sectionId: 'leadership-skills',
        criterionId: 'recruiting',
        kindId: 'general',
      }),
    );
    expect(reply.today).toBe(TODAY);
    expect(reply.role).toBe('candidate');
    expect(reply.report.areas.map(area => area.areaId)).toEqual([
      'performance-review',
      'one-on-ones',
      'leadership-training',
      'leadership-skills',
      'development-process',
    ]);
    expect(reply.report.oneOnOnes.entryCount).toBe(0);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('treats a guidance line that a person recoloured as guidance, not evidence', () => {
    const document = doc(
      title('Lead Mentorship Program'),
      h1(AREA_TITLES[2]),
      grey(
        'Each company leadership training you attend: its name, the date and what you took away.',
      ),
    );
    const runtime = runtimeFor(document);
    execute(runtime, () => {
      DocumentApp.getActiveDocument()
        .getBody()
        .getChild(2)
        .asParagraph()
        .editAsText()
        .setForegroundColor('#000000')
        .setItalic(false);
    });
    expect(area(state(runtime), 'leadership-training').evidenceCount).toBe(0);
  });
});

describe('Add evidence: areas without new evidence for 6 weeks', () => {
  it('flags an area whose newest evidence is older than 42 days', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
      today: '2026-10-01',
    });
    typeOverPrompt(
      runtime,
      'Name',
      'Leading Teams 101.',
      indexOfLine(runtime.document, 'H3 2026-10-01 · Training'),
    );
    expect(
      area(state(runtime, '2026-11-12'), 'leadership-training').stale,
    ).toBe(false);
    const later = state(runtime, '2026-11-13');
    expect(area(later, 'leadership-training').stale).toBe(true);
    expect(later.report.verdict.flagged).toContain(
      'Leadership training: no new evidence for 6 weeks',
    );
  });
});
