import {entryBlocks, templateBlocks} from '../../src/core/entries';
import {PROGRAM} from '../../src/core/program-data';
import {GREY} from './fixtures';

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
      ['NORMAL', 'Observe: What you saw or heard, as facts. '],
      [
        'NORMAL',
        'Impact: The effect it had on the person, the team or the work. ',
      ],
      ['NORMAL', 'Request: What you asked for next, and how it was received. '],
    ]);
  });

  it('shows the label in body text, the prompt in grey italic, then a space in body text to write in', () => {
    expect(entry.blocks[2].runs).toEqual([
      {text: 'Observe: '},
      {text: 'What you saw or heard, as facts.', italic: true, color: GREY},
      {text: ' '},
    ]);
  });

  it('puts the cursor at the end of the first prompt line, after the plain space, never on the prompt', () => {
    const line = entry.blocks[entry.cursor.block].text;
    expect(entry.cursor).toEqual({block: 2, offset: line.length});
    expect(line.slice(0, entry.cursor.offset)).toBe(
      'Observe: What you saw or heard, as facts. ',
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
      'What happened: Describe the situation and what you did. ',
      'Impact: What changed, and what you learned. ',
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
      'Candidate: Who is trying out people leadership ',
      'Sponsoring manager: Who sponsors the candidate and keeps this document ',
      'Start date: YYYY-MM-DD ',
      'One-on-one cadence: Weekly',
      'Target review date: YYYY-MM-DD ',
    ]);
    expect(blocks[4].runs).toEqual([{text: 'One-on-one cadence: Weekly'}]);
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
      "Manager's recommendation: Why the candidate is ready, in a few lines ",
      'Leadership group decision: Accepted, or further targeted actions ',
      'Decision date: YYYY-MM-DD ',
    ]);
  });
});
