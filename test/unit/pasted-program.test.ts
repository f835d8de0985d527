/**
 * People paste the program itself into the tracking Doc as a reminder. Its own words name every
 * criterion ("Building Trust", "Lead the daily team stand-up"), so they must never count as
 * evidence — while a line someone really wrote beside them still does.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Block} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {areaOf, bullet, check, doc, h1, para, setUp} from './fixtures';

/** The program as a person would paste it: headings, paragraphs and bullets. */
function pastedProgram(): Block[] {
  const source = readFileSync(
    path.join(__dirname, '../fixtures/lead-mentorship-program.md'),
    'utf8',
  );
  return source
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '')
    .map(line =>
      line.startsWith('# ')
        ? h1(line.slice(2))
        : line.startsWith('•')
          ? bullet(line.replace(/^•\s*/, ''))
          : para(line),
    );
}

describe('the program text pasted into the Doc', () => {
  it('is not evidence: every area stays missing, no criterion is covered', () => {
    const report = check(setUp(doc(...pastedProgram())));
    for (const area of PROGRAM.areas) {
      const reported = areaOf(report, area.id);
      expect([area.id, reported.status, reported.evidenceCount]).toEqual([
        area.id,
        'missing',
        0,
      ]);
      expect(reported.criteria.filter(criterion => criterion.covered)).toEqual(
        [],
      );
    }
  });

  it('does not hide what a person wrote beside it', () => {
    const blocks = pastedProgram();
    const training = blocks.findIndex(
      block => block.text === 'Participate in Company Leadership Training',
    );
    blocks.splice(
      training + 1,
      0,
      para(
        'Attended "Leading through change" on 2026-10-02; I now delegate reviews.',
      ),
    );
    const report = check(setUp(doc(...blocks)));
    expect(areaOf(report, 'leadership-training').status).toBe('evidenced');
    expect(areaOf(report, 'one-on-ones').status).toBe('missing');
  });
});
