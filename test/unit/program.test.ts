import {
  programView,
  validateProgram,
  type Program,
} from '../../src/core/program';
import {PROGRAM} from '../../src/core/program-data';

/** A deep copy to break without touching the shipped program. */
function edited(change: (program: Program) => void): Program {
  const copy = JSON.parse(JSON.stringify(PROGRAM)) as Program;
  change(copy);
  return copy;
}

describe('the shipped program', () => {
  it('validates', () => {
    expect(() => validateProgram(PROGRAM)).not.toThrow();
  });

  it('has the five areas in program order, then the log and the review', () => {
    expect(PROGRAM.areas.map(area => area.id)).toEqual([
      'performance-review',
      'one-on-ones',
      'leadership-training',
      'leadership-skills',
      'development-process',
    ]);
    expect(PROGRAM.areas.map(area => area.rule)).toEqual([
      'each',
      'each',
      'at-least-one',
      'examples',
      'each',
    ]);
    expect(PROGRAM.oneOnOneLog.id).toBe('one-on-one-log');
    expect(PROGRAM.review.id).toBe('review');
  });

  it('asks for the criteria the program lists', () => {
    const labels = (id: string) =>
      PROGRAM.areas.find(area => area.id === id)?.criteria.map(c => c.label);
    expect(labels('one-on-ones')).toEqual([
      'Building trust',
      'Gaining a shared context',
      'Planning and supporting career growth',
      'Solving problems',
    ]);
    expect(labels('development-process')).toHaveLength(5);
    expect(labels('leadership-skills')).toHaveLength(10);
    expect(labels('performance-review')).toHaveLength(2);
  });

  it('offers the entry kinds with their own prompts', () => {
    const prompts = (id: string) =>
      PROGRAM.kinds.find(kind => kind.id === id)?.prompts.map(p => p.label);
    expect(prompts('feedback')).toEqual(['Observe', 'Impact', 'Request']);
    expect(prompts('training')).toEqual(['Name', 'Date', 'Takeaways']);
    expect(prompts('scpa')).toEqual([
      'Success',
      'Challenges',
      'Priorities',
      'Appreciation',
    ]);
    expect(prompts('one-on-one-log')).toEqual(['Topics', 'Follow-ups']);
  });

  it('has the participants block with a weekly cadence by default, and the limits', () => {
    expect(PROGRAM.participants.map(field => field.label)).toEqual([
      'Candidate',
      'Sponsoring manager',
      'Start date',
      'One-on-one cadence',
      'Target review date',
    ]);
    expect(
      PROGRAM.participants.find(field => field.id === 'cadence')?.value,
    ).toBe('Weekly');
    expect(PROGRAM.limits).toEqual({oneOnOneGapDays: 14, staleAfterDays: 42});
    expect(PROGRAM.promptLook).toEqual({color: '#80868b', italic: true});
  });
});

describe('validateProgram on broken edits', () => {
  const broken: Array<[string, (program: Program) => void, RegExp]> = [
    [
      'a duplicate area id',
      p => (p.areas[1].id = p.areas[0].id),
      /"performance-review" is used twice/,
    ],
    [
      'an area id reused by the log',
      p => (p.oneOnOneLog.id = 'one-on-ones'),
      /"one-on-ones" is used twice/,
    ],
    [
      'a criterion naming a kind its section does not offer',
      p => (p.areas[4].criteria[0].kind = 'training'),
      /Criterion "daily-stand-up" names entry kind "training", which section "development-process" does not offer/,
    ],
    [
      'an area with no kinds',
      p => (p.areas[2].kinds = []),
      /"leadership-training" offers no entry kinds/,
    ],
    [
      'a kind that does not exist',
      p => p.areas[0].kinds.push('essay'),
      /unknown entry kind "essay"/,
    ],
    [
      'an empty title',
      p => (p.areas[3].title = '  '),
      /"leadership-skills" title is empty/,
    ],
    [
      'empty guidance',
      p => (p.review.guidance = ''),
      /"review" guidance is empty/,
    ],
    [
      'a criterion with an empty match phrase',
      p => p.areas[1].criteria[0].match.push('—'),
      /match phrase/,
    ],
    [
      'an "each" area without criteria',
      p => (p.areas[0].criteria = []),
      /no criteria/,
    ],
    [
      'a duplicate criterion id',
      p => (p.areas[1].criteria[1].id = 'building-trust'),
      /"building-trust" is used twice/,
    ],
    [
      'a kind without prompts',
      p => (p.kinds[0].prompts = []),
      /"general" has no prompts/,
    ],
    [
      'two sections with one name',
      p => p.areas[4].aliases.push('Leadership Training'),
      /both called/,
    ],
    [
      'an id with spaces',
      p => (p.kinds[1].id = 'Feed back'),
      /lower-case words/,
    ],
    [
      'a bad prompt colour',
      p => (p.promptLook.color = 'grey'),
      /prompt colour/,
    ],
    ['a zero gap limit', p => (p.limits.oneOnOneGapDays = 0), /gap limit/],
    ['no areas', p => (p.areas = []), /no areas/],
  ];
  it.each(broken)('rejects %s with a clear message', (_, change, message) => {
    expect(() => validateProgram(edited(change))).toThrow(message);
  });

  it('lists every problem at once', () => {
    const program = edited(p => {
      p.areas[0].title = '';
      p.areas[1].kinds = [];
    });
    expect(() => validateProgram(program)).toThrow(
      /title is empty[\s\S]*offers no entry kinds/,
    );
  });
});

describe('programView', () => {
  it('gives the sidebar the areas and the log, with criteria and kinds by label', () => {
    const view = programView(PROGRAM);
    expect(view.sections.map(section => [section.id, section.isArea])).toEqual([
      ['performance-review', true],
      ['one-on-ones', true],
      ['leadership-training', true],
      ['leadership-skills', true],
      ['development-process', true],
      ['one-on-one-log', false],
    ]);
    const oneOnOnes = view.sections[1];
    expect(oneOnOnes.title).toBe(
      'Organize and Complete Regularly Scheduled One-on-Ones',
    );
    expect(oneOnOnes.shortTitle).toBe('One-on-ones');
    expect(oneOnOnes.criteria[0]).toEqual({
      id: 'building-trust',
      label: 'Building trust',
    });
    // A criterion names the kind its evidence naturally takes; Add evidence defaults to it.
    const scpa = view.sections[4].criteria.find(c => c.id === 'scpa-update');
    expect(scpa?.kind).toBe('scpa');
    const training = view.sections[2].criteria[0];
    expect(training.kind).toBe('training');
    expect(oneOnOnes.kinds).toEqual([
      {id: 'general', label: 'General'},
      {id: 'feedback', label: 'Feedback'},
    ]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
