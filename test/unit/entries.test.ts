import {
  entryBlocks,
  readinessSummaryBlocks,
  templateBlocks,
} from '../../src/core/entries';
import {PROGRAM} from '../../src/core/program-data';
import type {Block} from '../../src/core/document-model';
import {
  addEntry,
  addEvidence,
  areaOf,
  check,
  completeDoc,
  GREY,
  indexOfText,
  insertAt,
  para,
  remove,
  setUp,
  TODAY,
} from './fixtures';

function kind(id: string) {
  const found = PROGRAM.kinds.find(candidate => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
}
const oneOnOnes = PROGRAM.areas[1];

describe('an evidence entry', () => {
  const entry = entryBlocks(PROGRAM, {
    date: '2026-11-24',
    criterion: oneOnOnes.criteria[0],
    kind: kind('feedback'),
    role: 'candidate',
  });

  it('is a dated heading, a meta line, and one line per prompt', () => {
    expect(entry.blocks.map(block => [block.heading, block.text])).toEqual([
      ['HEADING3', '2026-11-24 · Building trust'],
      ['NORMAL', 'Recorded by: Candidate · Feedback'],
      ['NORMAL', 'Observe: What you saw or heard, as facts.'],
      [
        'NORMAL',
        'Impact: The effect it had on the person, the team or the work.',
      ],
      ['NORMAL', 'Request: What you asked for next, and how it was received.'],
    ]);
  });

  it('shows a bold label, a plain space, then the prompt in grey italic', () => {
    expect(entry.blocks[2].runs).toEqual([
      {text: 'Observe:', bold: true},
      {text: ' ', bold: false, italic: false},
      {text: 'What you saw or heard, as facts.', italic: true, color: GREY},
    ]);
  });

  it('puts the cursor at the start of the first prompt', () => {
    expect(entry.cursor).toEqual({block: 2, offset: 'Observe: '.length});
    const line = entry.blocks[entry.cursor.block].text;
    expect(line.slice(entry.cursor.offset)).toBe(
      'What you saw or heard, as facts.',
    );
  });

  it('names the kind in the heading when no criterion is chosen, and the manager when they record it', () => {
    const general = entryBlocks(PROGRAM, {
      date: '2027-01-05',
      criterion: null,
      kind: kind('general'),
      role: 'manager',
    });
    expect(general.blocks.map(block => block.text)).toEqual([
      '2027-01-05 · General',
      'Recorded by: Sponsoring manager · General',
      'What happened: Describe the situation and what you did.',
      'Impact: What changed, and what you learned.',
    ]);
  });

  it('has every text equal to its runs joined', () => {
    for (const block of [...entry.blocks, ...templateBlocks(PROGRAM)]) {
      expect(block.runs.map(run => run.text).join('')).toBe(block.text);
    }
  });
});

describe('the set-up template', () => {
  const blocks = templateBlocks(PROGRAM);
  const texts = blocks.map(block => block.text);

  it('starts with the title and the participants block', () => {
    expect(blocks[0]).toMatchObject({
      heading: 'TITLE',
      text: 'Lead Mentorship Program',
    });
    expect(texts.slice(1, 6)).toEqual([
      'Candidate: Who is trying out people leadership',
      'Sponsoring manager: Who sponsors the candidate and keeps this document',
      'Start date: YYYY-MM-DD',
      'One-on-one cadence: Weekly',
      'Target review date: YYYY-MM-DD',
    ]);
    expect(blocks[4].runs[2]).toEqual({text: 'Weekly'});
  });

  it('has each section as a HEADING1 and a grey guidance line, in program order', () => {
    const headings = blocks
      .filter(block => block.heading === 'HEADING1')
      .map(block => block.text);
    expect(headings).toEqual([
      'Participate in an Annual Performance Review Cycle',
      'Organize and Complete Regularly Scheduled One-on-Ones',
      'Participate in Company Leadership Training',
      'Demonstrate and Provide Evidence of Developing People Leadership Skills',
      "Own the Team's Development Process",
      'Weekly One-on-One Log',
      'Review and Recommendation',
    ]);
    for (const index of blocks.flatMap((block, i) =>
      block.heading === 'HEADING1' ? [i] : [],
    )) {
      expect(blocks[index + 1].runs).toEqual([
        {text: expect.any(String), italic: true, color: GREY},
      ]);
    }
  });

  it('ends with the review fields', () => {
    expect(texts.slice(-3)).toEqual([
      "Manager's recommendation: Why the candidate is ready, in a few lines",
      'Leadership group decision: Accepted, or further targeted actions',
      'Decision date: YYYY-MM-DD',
    ]);
  });
});

describe('the readiness summary', () => {
  const texts = (blocks: Block[]) =>
    blocks.map(block => [block.type, block.text]);

  it('is a dated heading, a table of areas, and the verdict in words', () => {
    const report = check(setUp());
    const [heading, summaryTable, ...lines] = readinessSummaryBlocks(
      report,
      PROGRAM,
      TODAY,
      'HEADING2',
    );
    expect(heading).toMatchObject({
      heading: 'HEADING2',
      text: 'Readiness summary — 2026-11-24',
    });
    expect(summaryTable.type).toBe('table');
    expect(summaryTable.rows?.[0]).toEqual([
      'Area',
      'Status',
      'Criteria covered',
      'Still to cover',
      'Entries',
      'Newest evidence',
    ]);
    expect(summaryTable.rows?.[2]).toEqual([
      'Organize and Complete Regularly Scheduled One-on-Ones',
      'Missing',
      '0 of 4',
      'Building trust; Gaining a shared context; Planning and supporting career growth; Solving problems',
      '0',
      '—',
    ]);
    expect(summaryTable.rows?.[4]).toEqual([
      'Demonstrate and Provide Evidence of Developing People Leadership Skills',
      'Missing',
      '0 of 10 (examples)',
      'Any one example',
      '0',
      '—',
    ]);
    expect(summaryTable.text).toContain('Missing');
    expect(texts(lines)).toEqual([
      [
        'paragraph',
        '(examples) Leadership skills: the criteria are examples, not a checklist. Any evidence completes the area; the count shows which examples it covers.',
      ],
      ['paragraph', 'One-on-one log: no entries yet.'],
      ['paragraph', 'Verdict: Not ready yet: 5 of 5 areas need more evidence.'],
      ['paragraph', 'What is left:'],
      ['listItem', 'Performance review: no evidence yet'],
      ['listItem', 'One-on-ones: no evidence yet'],
      ['listItem', 'Leadership training: no evidence yet'],
      ['listItem', 'Leadership skills: no evidence yet'],
      ['listItem', 'Development process: no evidence yet'],
      // The empty log is said once, on its own line above, not again as a flag.
    ]);
    expect(lines[2].runs[0]).toEqual({text: 'Verdict:', bold: true});
  });

  it('says who recorded the entries, and what each area still needs', () => {
    let model = setUp();
    model = addEvidence(model, 'one-on-ones', {criterionId: 'building-trust'});
    model = addEvidence(model, 'one-on-ones', {
      criterionId: 'shared-context',
      role: 'manager',
    });
    const at = indexOfText(model, 'Organize and Complete') + 2;
    model = insertAt(model, at, para('Weekly with Sam, typed by hand.'));
    const [, summaryTable] = readinessSummaryBlocks(
      check(model),
      PROGRAM,
      TODAY,
      'HEADING2',
    );
    expect(summaryTable.rows?.[2]).toEqual([
      'Organize and Complete Regularly Scheduled One-on-Ones',
      'In progress',
      '2 of 4',
      'Planning and supporting career growth; Solving problems',
      '3 (1 by the candidate, 1 by the manager, 1 not signed)',
      TODAY,
    ]);
  });

  it('leaves drafts and participants lines out of what it flags for the leadership group', () => {
    let model = completeDoc();
    model = addEntry(model, 'leadership-skills').model;
    model = remove(model, indexOfText(model, 'Start date'));
    const report = check(model);
    expect(report.verdict.flagged).toEqual([
      '1 entry is still a draft',
      'Participants: some lines are missing — Set up will restore them',
    ]);
    const blocks = readinessSummaryBlocks(report, PROGRAM, TODAY, 'HEADING2');
    expect(blocks.map(block => block.text)).not.toContain('Also flagged:');
    expect(blocks.map(block => block.text).join('\n')).not.toMatch(/draft/);
  });

  it('lists one-on-one gaps under Also flagged, and the log itself once', () => {
    let model = setUp();
    for (const today of ['2026-10-01', '2026-10-08', '2026-10-28'])
      model = addEvidence(
        model,
        'one-on-one-log',
        {today},
        'Talked about the release.',
      );
    const report = check(model, '2026-11-01');
    const text = readinessSummaryBlocks(
      report,
      PROGRAM,
      '2026-11-01',
      'HEADING2',
    ).map(block => block.text);
    expect(text).toContain(
      'One-on-one log: 3 entries, the last on 2026-10-28.',
    );
    const flagged = text.slice(text.indexOf('Also flagged:') + 1);
    expect(flagged).toEqual([
      'One-on-one log: 20-day gap (2026-10-08 to 2026-10-28)',
    ]);
  });

  it('reports a complete program as ready', () => {
    const report = check(completeDoc());
    expect(areaOf(report, 'one-on-ones').status).toBe('evidenced');
    const blocks = readinessSummaryBlocks(report, PROGRAM, TODAY, 'HEADING2');
    expect(blocks[1].rows?.[2]).toEqual([
      'Organize and Complete Regularly Scheduled One-on-Ones',
      'Evidenced',
      '4 of 4',
      '—',
      '4 (4 by the candidate)',
      TODAY,
    ]);
    expect(blocks.map(block => block.text)).toContain(
      'Verdict: Ready for leadership review.',
    );
    expect(blocks.map(block => block.text)).not.toContain('What is left:');
    expect(blocks.map(block => block.text)).toContain(
      'One-on-one log: 1 entry, the last on 2026-11-24.',
    );
  });
});
