/**
 * The Lead Mentorship Program as data: its areas (each with criteria, a rule and the entry kinds it
 * offers), the weekly one-on-one log, the review section, the participants block and the limits the
 * readiness check applies. An organisation adapts the add-on by editing PROGRAM and rebuilding;
 * validateProgram (run by every build and by the unit tests) says clearly what a broken edit got wrong.
 *
 * Areas and criteria come from program/lead-mentorship-program.md; guidance and prompts are our
 * own words, kept short: "focus on the narrative, not the format".
 */
import type {Role} from './report';
import {normalizeText} from './text';

/**
 * How an area's evidence is judged:
 * - 'each': every criterion needs an entry about it (matched from the entry's heading);
 * - 'at-least-one': any one piece of evidence completes the area (its criteria are then covered);
 * - 'examples': the criteria are examples, not a checklist: any evidence completes the area and
 *   the criteria it touched are shown as coverage.
 */
export type AreaRule = 'each' | 'at-least-one' | 'examples';

/** One prompt line of an entry: a bold label ('Observe') and grey italic prompt text. */
export interface Prompt {
  label: string;
  text: string;
}

/** A labelled line of the participants block or the review section. */
export interface Field extends Prompt {
  id: string;
  /** Written instead of the prompt, as plain text (a default the people can change). */
  value?: string;
}

export interface EntryKind {
  id: string;
  /** Names the kind in the sidebar, the meta line and the heading of an entry with no criterion. */
  label: string;
  prompts: Prompt[];
}

export interface Criterion {
  id: string;
  label: string;
  /** Words or phrases that name the criterion in an entry heading (the label always does). */
  match: string[];
}

/** A section of the tracking document, found by its title or any alias. */
export interface SectionDefinition {
  id: string;
  title: string;
  /** Other names people give the heading; matching ignores case, punctuation and numbering. */
  aliases: string[];
  /** One short grey italic line under the heading; never counted as evidence. */
  guidance: string;
}

/** A section that takes evidence entries. */
export interface EvidenceSection extends SectionDefinition {
  criteria: Criterion[];
  /** Ids of the entry kinds offered here; the first is the default. */
  kinds: string[];
}

export interface Area extends EvidenceSection {
  /** A few words naming the area in lists ("Leadership training"). */
  shortTitle: string;
  rule: AreaRule;
}

export interface ReviewSection extends SectionDefinition {
  fields: Field[];
}

export interface Program {
  /** The document title written by Set up. */
  title: string;
  participants: Field[];
  areas: Area[];
  oneOnOneLog: EvidenceSection;
  review: ReviewSection;
  kinds: EntryKind[];
  limits: {
    /** A longer gap between weekly one-on-ones (or since the last one) is flagged. */
    oneOnOneGapDays: number;
    /** An area whose newest dated evidence is older than this is flagged as stale. */
    staleAfterDays: number;
  };
  /** How prompts and guidance look, so a person sees them as prompts and the check can tell. */
  promptLook: {color: string; italic: boolean};
  /** The meta line under an entry heading: 'Recorded by: Candidate · Feedback'. */
  recordedByLabel: string;
  roleNames: Record<Role, string>;
  /**
   * The program's own words under its areas (program/lead-mentorship-program.md). People paste
   * them into the Doc as a reminder; a line that is only program text is never evidence.
   */
  sourceText: readonly string[];
}

export const ONE_ON_ONE_LOG_ID = 'one-on-one-log';
export const REVIEW_ID = 'review';

export const PROGRAM: Program = {
  title: 'Lead Mentorship Program',
  participants: [
    {
      id: 'candidate',
      label: 'Candidate',
      text: 'Who is trying out people leadership',
    },
    {
      id: 'sponsoring-manager',
      label: 'Sponsoring manager',
      text: 'Who sponsors the candidate and keeps this document',
    },
    {id: 'start-date', label: 'Start date', text: 'YYYY-MM-DD'},
    {
      id: 'cadence',
      label: 'One-on-one cadence',
      text: 'How often you meet',
      value: 'Weekly',
    },
    {id: 'target-review-date', label: 'Target review date', text: 'YYYY-MM-DD'},
  ],
  areas: [
    {
      id: 'performance-review',
      title: 'Participate in an Annual Performance Review Cycle',
      shortTitle: 'Performance review',
      aliases: [
        'Annual Performance Review',
        'Annual Performance Review Cycle',
        'Performance Review Cycle',
        'Performance Review',
      ],
      guidance:
        'From the people-leader side: the review documentation you wrote (mid-year or year-end) and the review conversations you held.',
      rule: 'each',
      criteria: [
        {
          id: 'review-documentation',
          label: 'Review documentation',
          match: [
            'mid year',
            'year end',
            'review document',
            'review write up',
            'written review',
            'documentation',
          ],
        },
        {
          id: 'review-conversations',
          label: 'Review conversations',
          match: [
            'review conversation',
            'review meeting',
            'review discussion',
            'conversation',
            'discussion',
          ],
        },
      ],
      kinds: ['general', 'feedback'],
    },
    {
      id: 'one-on-ones',
      title: 'Organize and Complete Regularly Scheduled One-on-Ones',
      shortTitle: 'One-on-ones',
      aliases: [
        'One-on-Ones',
        'One-on-One',
        'Regularly Scheduled One-on-Ones',
        'One-on-One Meetings',
        '1:1s',
      ],
      guidance:
        'How your one-on-ones build trust, gain a shared context, plan and support career growth, and solve problems.',
      rule: 'each',
      criteria: [
        {id: 'building-trust', label: 'Building trust', match: ['trust']},
        {
          id: 'shared-context',
          label: 'Gaining a shared context',
          match: ['shared context', 'context'],
        },
        {
          id: 'career-growth',
          label: 'Planning and supporting career growth',
          match: ['career growth', 'career', 'growth'],
        },
        {
          id: 'solving-problems',
          label: 'Solving problems',
          match: [
            'solve problem',
            'solving problem',
            'problem solving',
            'problem',
          ],
        },
      ],
      kinds: ['general', 'feedback'],
    },
    {
      id: 'leadership-training',
      title: 'Participate in Company Leadership Training',
      shortTitle: 'Leadership training',
      aliases: ['Company Leadership Training', 'Leadership Training'],
      guidance:
        'Each company leadership training you attend: its name, the date and what you took away.',
      rule: 'at-least-one',
      criteria: [
        {
          id: 'training-attended',
          label: 'Training attended',
          match: ['training', 'course', 'workshop'],
        },
      ],
      kinds: ['training', 'general'],
    },
    {
      id: 'leadership-skills',
      title:
        'Demonstrate and Provide Evidence of Developing People Leadership Skills',
      shortTitle: 'Leadership skills',
      aliases: [
        'People Leadership Skills',
        'Leadership Skills',
        'Developing People Leadership Skills',
      ],
      guidance:
        'Examples, not a checklist: show the people-leadership skills you practised and what you learned from them.',
      rule: 'examples',
      criteria: [
        {
          id: 'mentoring-coaching-sponsoring',
          label: 'Mentoring, coaching and sponsoring',
          match: ['mentoring', 'mentor', 'sponsoring', 'sponsor'],
        },
        {
          id: 'oir-feedback',
          label: 'Observe/impact/request feedback',
          match: ['observe impact request', 'oir', 'feedback'],
        },
        {
          id: 'career-coaching',
          label: 'Coaching career paths and personal growth',
          match: ['career', 'coaching', 'personal growth'],
        },
        {
          id: 'recruiting',
          label: 'Recruiting and interviewing',
          match: [
            'recruiting',
            'recruitment',
            'interview',
            'interviewing',
            'hiring',
          ],
        },
        {
          id: 'informal-feedback',
          label: 'Informal feedback across media',
          match: ['informal feedback', 'informal'],
        },
        {
          id: 'team-health',
          label: 'Monitoring team health',
          match: ['team health', 'morale'],
        },
        {
          id: 'team-processes',
          label: 'Defining and improving team processes',
          match: ['team process', 'process'],
        },
        {
          id: 'execution-roadblocks',
          label: 'Solving execution roadblocks',
          match: ['roadblock', 'blocker', 'unblocking', 'execution'],
        },
        {
          id: 'leadership-style',
          label: 'Personal leadership style',
          match: [
            'leadership style',
            'leadership philosophy',
            'philosophy',
            'i optimize for',
            'self reflection',
          ],
        },
        {
          id: 'peer-group',
          label: 'Peer group for support',
          match: ['peer group', 'peer support'],
        },
      ],
      kinds: ['general', 'feedback'],
    },
    {
      id: 'development-process',
      title: "Own the Team's Development Process",
      shortTitle: 'Development process',
      aliases: [
        "Team's Development Process",
        'Team Development Process',
        'Development Process',
      ],
      guidance:
        'How you lead the ceremonies: stand-ups, planning, reviews and retrospectives, increment planning, the weekly SCPA update and team coordination.',
      rule: 'each',
      criteria: [
        {
          id: 'daily-stand-up',
          label: 'Daily stand-up',
          match: ['stand up', 'standup', 'daily scrum'],
        },
        {
          id: 'sprint-ceremonies',
          label: 'Planning, review and retrospectives',
          match: [
            'sprint planning',
            'sprint review',
            'retrospective',
            'retro',
            'planning',
          ],
        },
        {
          id: 'increment-planning',
          label: 'Program increment planning',
          match: [
            'program increment',
            'increment planning',
            'pi planning',
            'pi',
          ],
        },
        {
          id: 'scpa-update',
          label: 'Weekly SCPA update',
          match: ['scpa', 'success challenges priorities appreciation'],
        },
        {
          id: 'team-performance',
          label: 'Team performance monitoring and coordination',
          match: [
            'team performance',
            'performance monitoring',
            'monitoring',
            'coordination',
          ],
        },
      ],
      kinds: ['general', 'scpa'],
    },
  ],
  oneOnOneLog: {
    id: ONE_ON_ONE_LOG_ID,
    title: 'Weekly One-on-One Log',
    aliases: [
      'One-on-One Log',
      'Weekly Log',
      '1:1 Log',
      'Weekly 1:1 Log',
      'Weekly One-on-Ones',
    ],
    guidance:
      'Candidate and manager meet weekly: one entry per one-on-one, with its topics and follow-ups.',
    criteria: [],
    kinds: ['one-on-one-log'],
  },
  review: {
    id: REVIEW_ID,
    title: 'Review and Recommendation',
    aliases: [
      'Review & Recommendation',
      'Recommendation and Review',
      'Leadership Review',
      "Manager's Recommendation",
    ],
    guidance:
      'When you both believe the evidence is complete, the manager shares this document with the leadership group and schedules a review.',
    fields: [
      {
        id: 'recommendation',
        label: "Manager's recommendation",
        text: 'Why the candidate is ready, in a few lines',
      },
      {
        id: 'decision',
        label: 'Leadership group decision',
        text: 'Accepted, or further targeted actions',
      },
      {id: 'decision-date', label: 'Decision date', text: 'YYYY-MM-DD'},
    ],
  },
  kinds: [
    {
      id: 'general',
      label: 'General',
      prompts: [
        {
          label: 'What happened',
          text: 'Describe the situation and what you did.',
        },
        {label: 'Impact', text: 'What changed, and what you learned.'},
      ],
    },
    {
      id: 'feedback',
      label: 'Feedback',
      prompts: [
        {label: 'Observe', text: 'What you saw or heard, as facts.'},
        {
          label: 'Impact',
          text: 'The effect it had on the person, the team or the work.',
        },
        {
          label: 'Request',
          text: 'What you asked for next, and how it was received.',
        },
      ],
    },
    {
      id: 'training',
      label: 'Training',
      prompts: [
        {label: 'Name', text: 'The training and who ran it.'},
        {label: 'Date', text: 'When you attended (YYYY-MM-DD).'},
        {label: 'Takeaways', text: 'What you will do differently.'},
      ],
    },
    {
      id: 'scpa',
      label: 'SCPA update',
      prompts: [
        {label: 'Success', text: 'What went well this week.'},
        {label: 'Challenges', text: 'What got in the way.'},
        {label: 'Priorities', text: 'The focus for next week.'},
        {label: 'Appreciation', text: 'Who to thank, and for what.'},
      ],
    },
    {
      id: 'one-on-one-log',
      label: 'One-on-one',
      prompts: [
        {label: 'Topics', text: 'What you talked about.'},
        {label: 'Follow-ups', text: 'Who does what, by when.'},
      ],
    },
  ],
  limits: {oneOnOneGapDays: 14, staleAfterDays: 42},
  promptLook: {color: '#80868b', italic: true},
  recordedByLabel: 'Recorded by',
  roleNames: {candidate: 'Candidate', manager: 'Sponsoring manager'},
  sourceText: [
    'This may involve completing mid-year or year-end documentation and participating in the conversations with individual contributors.',
    'One-on-ones are a fundamental component of people leadership. You can review Building An Effective One-on-one Strategy for tips on creating your own one-on-one strategy.',
    'The candidate should be able to describe how they have incorporated the following into their one-on-one sessions:',
    'Building Trust',
    'Gain a shared context',
    'Plan and support career growth',
    'Solve problems',
    'This format of training helps new and emerging leaders complete & support interviews, build engagement, deliver feedback, and other initiatives. It will likely only be offered with limited frequency, so the sponsoring manager should coordinate with human resources well in advance to identify the an appropriate schedule.',
    'These items are examples of topics that can be discussed and explored, rather than an exhaustive list:',
    'An understanding of the different scenarios and approaches to mentoring, coaching and sponsoring.',
    'Practice and application of an observe/impact/request feedback approach with the candidate’s manager, peers and individuals they are managing.',
    'Exploration (with guidance from manager) of Lead/Manager responsibilities such as:',
    'Coaching career paths & helping with personal growth',
    'Participate in the recruitment & interview process',
    'Delivering informal feedback across communication mediums',
    'Monitoring team health',
    'Defining & improving team processes',
    'Identifying and solving execution roadblocks',
    'Show evidence of starting to identify a personal “style” or “philosophy” as a leader (example: develop their own “I optimize for” statement or complete a self-reflection on leadership style).',
    'Development of a peer group for personal support & development',
    "The team lead typically owns (or coordinates with the team's Scrum Master) the scrum ceremonies for the development process:",
    'Lead the daily team stand-up.',
    'Manage the planning, review and sprint retrospectives.',
    'Coordinate and facilitate the program increment planning events.',
    'Produce the weekly Success / Challenges / Priorities / Appreciation (SCPA) update for the team that can be shared with the produce development group and rolled up into the department-level SCPA.',
    'Manage ongoing team performance monitoring, communication and coordination activities.',
  ],
};

/** The sections that take evidence entries, in document order: the areas, then the log. */
export function evidenceSections(program: Program): EvidenceSection[] {
  return [...program.areas, program.oneOnOneLog];
}

/** Every section of the document, in program order: the areas, the log, the review. */
export function allSections(program: Program): SectionDefinition[] {
  return [...program.areas, program.oneOnOneLog, program.review];
}

export function findKind(
  program: Program,
  kindId: string,
): EntryKind | undefined {
  return program.kinds.find(kind => kind.id === kindId);
}

/** The program as the sidebar shows it (it crosses google.script.run as plain data). */
export interface ProgramView {
  sections: SectionView[];
  /** The two roles, named as entries name them ("Recorded by: …"). */
  roles: Array<{id: Role; label: string}>;
}

export interface SectionView {
  id: string;
  title: string;
  /** True for the five program areas; false for the weekly one-on-one log. */
  isArea: boolean;
  criteria: Array<{id: string; label: string}>;
  kinds: Array<{id: string; label: string}>;
}

/** The program as the sidebar shows it: the areas and the log, with criteria and kinds. */
export function programView(program: Program): ProgramView {
  return {
    roles: (['candidate', 'manager'] as const).map(id => ({
      id,
      label: program.roleNames[id],
    })),
    sections: evidenceSections(program).map(section => ({
      id: section.id,
      title: section.title,
      isArea: section.id !== program.oneOnOneLog.id,
      criteria: section.criteria.map(({id, label}) => ({id, label})),
      kinds: section.kinds.map(kindId => ({
        id: kindId,
        label: findKind(program, kindId)?.label ?? kindId,
      })),
    })),
  };
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COLOR_PATTERN = /^#[0-9a-f]{6}$/;

/**
 * Throws one Error listing every problem of an edited program (duplicate ids, empty titles, an area
 * with no entry kinds, a kind or criterion that names nothing, two sections sharing a name...).
 */
export function validateProgram(program: Program): void {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const needText = (value: string, what: string) =>
    need(normalizeText(value) !== '', `${what} is empty`);
  const needUniqueIds = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      need(
        ID_PATTERN.test(id),
        `${what} id "${id}" must be lower-case words joined by '-'`,
      );
      need(!seen.has(id), `${what} id "${id}" is used twice`);
      seen.add(id);
    }
  };
  const needFields = (fields: Field[], where: string) => {
    needUniqueIds(
      fields.map(field => field.id),
      `${where} field`,
    );
    for (const field of fields) {
      needText(field.label, `${where} field "${field.id}" label`);
      needText(
        field.value ?? field.text,
        `${where} field "${field.id}" prompt`,
      );
    }
  };

  needText(program.title, 'The document title');
  need(program.areas.length > 0, 'The program has no areas');
  needFields(program.participants, 'Participants');
  needFields(program.review.fields, 'Review');

  needUniqueIds(
    program.kinds.map(kind => kind.id),
    'Entry kind',
  );
  for (const kind of program.kinds) {
    needText(kind.label, `Entry kind "${kind.id}" label`);
    need(kind.prompts.length > 0, `Entry kind "${kind.id}" has no prompts`);
    for (const prompt of kind.prompts) {
      needText(prompt.label, `A prompt label of entry kind "${kind.id}"`);
      needText(prompt.text, `A prompt of entry kind "${kind.id}"`);
    }
  }

  const sections = allSections(program);
  needUniqueIds(
    sections.map(section => section.id),
    'Section',
  );
  const sectionOfName = new Map<string, string>();
  for (const section of sections) {
    needText(section.title, `Section "${section.id}" title`);
    needText(section.guidance, `Section "${section.id}" guidance`);
    for (const name of [section.title, ...section.aliases]) {
      const key = normalizeText(name);
      needText(name, `An alias of section "${section.id}"`);
      const owner = sectionOfName.get(key);
      need(
        owner === undefined || owner === section.id,
        `Sections "${owner}" and "${section.id}" are both called "${name}"`,
      );
      sectionOfName.set(key, section.id);
    }
  }

  for (const section of evidenceSections(program)) {
    need(
      section.kinds.length > 0,
      `Section "${section.id}" offers no entry kinds`,
    );
    for (const kindId of section.kinds) {
      need(
        findKind(program, kindId) !== undefined,
        `Section "${section.id}" offers unknown entry kind "${kindId}"`,
      );
    }
    needUniqueIds(
      section.criteria.map(criterion => criterion.id),
      `Section "${section.id}" criterion`,
    );
    for (const criterion of section.criteria) {
      needText(criterion.label, `Criterion "${criterion.id}" label`);
      for (const phrase of criterion.match)
        needText(phrase, `A match phrase of criterion "${criterion.id}"`);
    }
  }
  for (const area of program.areas) {
    needText(area.shortTitle, `Area "${area.id}" short title`);
    need(
      area.rule !== 'each' || area.criteria.length > 0,
      `Area "${area.id}" needs each criterion covered but has no criteria`,
    );
  }

  const {oneOnOneGapDays, staleAfterDays} = program.limits;
  need(
    Number.isInteger(oneOnOneGapDays) && oneOnOneGapDays > 0,
    'The one-on-one gap limit must be a whole number of days',
  );
  need(
    Number.isInteger(staleAfterDays) && staleAfterDays > 0,
    'The stale limit must be a whole number of days',
  );
  need(
    COLOR_PATTERN.test(program.promptLook.color),
    "The prompt colour must be written '#rrggbb' in lower case",
  );
  needText(program.recordedByLabel, 'The "Recorded by" label');
  needText(program.roleNames.candidate, 'The candidate role name');
  needText(program.roleNames.manager, 'The manager role name');

  if (problems.length > 0) {
    throw new Error(`The program is not valid:\n- ${problems.join('\n- ')}`);
  }
}
