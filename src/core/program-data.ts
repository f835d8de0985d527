/**
 * The Lead Mentorship Program's data: the one file an organisation edits to adapt the add-on (its
 * areas, criteria, rules, entry kinds, prompts, limits and wording). The shapes it must take, and
 * validateProgram, which says clearly what a broken edit got wrong, live in program.ts; every build
 * and the unit tests run validateProgram on PROGRAM.
 *
 * Areas and criteria come from program/lead-mentorship-program.md; guidance and prompts are our
 * own words, kept short: "focus on the narrative, not the format".
 */
import type {Program} from './program';

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
          kind: 'training',
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
          kind: 'feedback',
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
          kind: 'feedback',
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
          kind: 'scpa',
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
  completion: {
    confirmed: 'Confirmed by the sponsoring manager on',
    agreed: 'Evidence complete — agreed by',
    scheduled: 'Leadership review scheduled for',
    decision: 'Leadership group decision on',
    accepted: 'accepted',
    furtherActions: 'further targeted actions',
    action: 'Targeted action',
    actionDone: 'Targeted action done on',
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
    'Building a Lead Mentorship Program',
    'Developing people leadership skills within technology organizations is challenging because the career development focus is often on technology topics and skills. Organizations may have practice groups targeting areas of the product or technology stack, but there are rarely similar forums for leadership and management skills. This can limit opportunities for employee growth, specifically if individuals wish to pursue roles targeting direct people management.',
    'A Lead Mentorship Program (LMP) seeks to provide a mechanism to develop and practice the skills & activities required to move into a people leadership role. It is an opportunity to explore and practice people leadership skills without requiring a permanent career move, and helps build a pipeline of future people leaders.',
    'The LMP neither guarantees or requires that a participant moves into a leadership position; this is dictated by organizational need & timing, and a shared desire between management and the candidate to move forward.',
    "There is no fixed timeline or strict curriculum for completing a LMP; some participants may demonstrate the requisite skills, behaviors and experience within a very short period while others take up to a year. Completion is based on the sponsoring manager presenting the candidate's documented progress to other managers & engineering leaders with a recommendation, and this group then reviews and accepts the recommendation, or asks for further targeted actions.",
    'Program Contents',
    'The following describes the general areas and activities a participant should complete. As the program is highly opportunistic the manager and candidate should continually look for opportunities as they arise.',
    'Participate in an Annual Performance Review Cycle (from the people leader perspective)',
    'This may involve completing mid-year or year-end documentation and participating in the conversations with individual contributors.',
    'Organize and Complete Regularly Scheduled One-on-Ones',
    'One-on-ones are a fundamental component of people leadership. You can review Building An Effective One-on-one Strategy for tips on creating your own one-on-one strategy.',
    'The candidate should be able to describe how they have incorporated the following into their one-on-one sessions:',
    'Building Trust',
    'Gain a shared context',
    'Plan and support career growth',
    'Solve problems',
    'Participate in Company Leadership Training',
    'This format of training helps new and emerging leaders complete & support interviews, build engagement, deliver feedback, and other initiatives. It will likely only be offered with limited frequency, so the sponsoring manager should coordinate with human resources well in advance to identify the an appropriate schedule.',
    'Demonstrate and Provide Evidence of Developing People Leadership Skills',
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
    "Own the Team's Development Process",
    "The team lead typically owns (or coordinates with the team's Scrum Master) the scrum ceremonies for the development process:",
    'Lead the daily team stand-up.',
    'Manage the planning, review and sprint retrospectives.',
    'Coordinate and facilitate the program increment planning events.',
    'Produce the weekly Success / Challenges / Priorities / Appreciation (SCPA) update for the team that can be shared with the produce development group and rolled up into the department-level SCPA.',
    'Manage ongoing team performance monitoring, communication and coordination activities.',
    'Executing and Documenting the LMP',
    'LMP candidates and their manager should have an increased frequency for their one-on-one schedule, typically on a weekly cadence. This allows for quickly addressing any developing situations and finding opportunities.',
    "A simple log-based document (ex: a Google Doc or Confluence page) that both the manager and candidate can edit is sufficient for recording progress and notes. The manager should complete the tracking document for the candidate's participation",
    'A Sample LMP Template',
    'Focus on the narrative, not the format',
    'When both the manager and candidate believe they have captured evidence highlighting all of the desired experiences and activities, the manager can share the documentation with the leadership group and schedule a review.',
    'TIP: Internships and co-operative education are great opportunities to allow an emerging leader to practice realistic leadership techniques before moving into a permanent management position. The fixed term (typically four to twelve months) provides lots of practice and fits well with a typical LMP timeline. An LMP candidate can also take on direct management of a single employee within a existing team.',
  ],
};
