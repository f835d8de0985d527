/**
 * `npm run bench`: what the add-on costs, measured on the built dist/Code.js (what ships) run on
 * the emulated Apps Script through the sandboxed loader, on generated tracking Docs of 100 to
 * 10,000 Body elements. Service calls are the real cost inside Apps Script; local time is reported
 * too, for the whole execution and for the pure core alone (a scan inside a scan in the core costs
 * no service call, only time). Checks the Speed and Size bars of PRODUCT.md and exits non-zero
 * when one fails.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {runInNewContext} from 'node:vm';
import {gzipSync} from 'node:zlib';
import type {SidebarState} from '../src/contract';
import {evidenceSections} from '../src/core/program';
import {PROGRAM} from '../src/core/program-data';
import {computeReadiness} from '../src/core/readiness';
import {readBody} from '../src/server/doc-reader';
import {
  loadDist,
  readDistHtmlFiles,
  type LoadedProject,
} from '../dev/emulator/loader';
import {EmulatedDocument} from '../dev/emulator/document/model';
import {createRuntime, type Runtime} from '../dev/emulator/runtime';
import {generateDocument} from './generate';

const DIST = path.join(__dirname, '../dist');
const SIZES = [100, 1_000, 5_000, 10_000];
const TODAY = '2026-11-24';
/** Measured runs (after one warm-up); times are their median. */
const READINESS_RUNS = 5;
const ADD_RUNS = 3;
const CORE_RUNS = 15;
const CODE_LOAD_RUNS = 21;

/**
 * The bars (issue 11). The bulk reader costs one call per top-level paragraph (its heading) plus a
 * handful for the whole Body and a call more only where the core can tell the difference: about
 * 1.1 per element on these Docs. Falling back to the per-child reader (about 8.5) fails the bar.
 */
const MAX_CALLS_PER_ELEMENT = 1.5;
/** Calls per element may vary this much across sizes (a scan inside a scan grows it ~100x). */
const MAX_CALLS_RATIO = 1.25;
/** Time per element, 10,000 vs 1,000 elements (quadratic work would be 10x; 100 is all start-up). */
const MAX_TIME_RATIO = 3;
/** Every write (an entry, Set up, a summary, one replacing today's) costs at most this many calls beyond reading the Doc (writes, lock, role, cursor). */
const MAX_ADD_BEYOND_READ = 30;
/** Replies at 1,000 elements stay under this (google.script.run carries them as JSON). */
const MAX_REPLY_KB = 16;
const REPLY_BAR_SIZE = 1_000;
const MAX_CODE_KB = 45;
const MAX_SIDEBAR_KB = 40;

interface Measurement {
  calls: number;
  /** Body.getChild calls: 0 when the bulk read lined up (only the per-child reader and the cursor use it). */
  getChild: number;
  ms: number;
  /** The reply's size as JSON, roughly what google.script.run carries. */
  replyBytes: number;
  breakdown: Array<[string, number]>;
  reply: SidebarState;
}

interface ActionResult {
  name: string;
  /** How the benchmark's tables name it: the function, and which run when there are two. */
  label: string;
  childrenBefore: number;
  measurement: Measurement;
  /** Calls beyond reading the Doc (writes, lock, role, cursor): the action minus a readiness check. */
  beyondRead: number;
  /** Those calls by member. */
  beyondBreakdown: Array<[string, number]>;
  /** True when the reply equals what a fresh readiness check then shows (one round trip suffices). */
  replyIsFresh: boolean;
  /** The state before the action, from the readiness check that bracketed it. */
  before: SidebarState;
}

interface SizeResult {
  elements: number;
  readiness: Measurement;
  coreMs: number;
  add: ActionResult;
  addShowsNewEntry: boolean;
  /** Insert readiness summary on a Doc holding today's, longest (open actions, history), changed. */
  replaceSummary: ActionResult;
  others: ActionResult[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

function isSidebarState(value: unknown): value is SidebarState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'report' in value &&
    'documentReady' in value
  );
}

/** One server call as one Apps Script execution (a fresh sandbox, as google.script.run gives). */
function measure(
  runtime: Runtime,
  project: LoadedProject,
  name: string,
  request: object,
): Measurement {
  runtime.calls.reset();
  const start = performance.now();
  const result = project.call(name, request);
  const ms = performance.now() - start;
  const reply = project.toHost(result);
  if (!isSidebarState(reply))
    throw new Error(`${name} did not reply with a sidebar state`);
  return {
    calls: runtime.calls.total,
    getChild: runtime.calls.count('Body.getChild'),
    ms,
    breakdown: runtime.calls.breakdown(),
    reply,
    replyBytes: Buffer.byteLength(JSON.stringify(reply)),
  };
}

/** One warm-up, then `runs` measured runs: the median time, the last run's counts. */
function repeat(runs: number, once: () => Measurement): Measurement {
  once();
  const results = Array.from({length: runs}, once);
  const last = results[results.length - 1];
  if (results.some(result => result.calls !== last.calls))
    throw new Error('The same call on the same Doc made different call counts');
  return {...last, ms: median(results.map(result => result.ms))};
}

/** Calls per member in `total` beyond those in `part`. */
function difference(
  total: Array<[string, number]>,
  part: Array<[string, number]>,
): Array<[string, number]> {
  const counts = new Map(part);
  return total
    .flatMap(([member, count]): Array<[string, number]> => {
      const extra = count - (counts.get(member) ?? 0);
      return extra === 0 ? [] : [[member, extra]];
    })
    .sort((a, b) => b[1] - a[1]);
}

/** What a fresh readiness check must reproduce (the notice differs by design). */
function comparable(state: SidebarState): string {
  return JSON.stringify({
    documentReady: state.documentReady,
    role: state.role,
    report: state.report,
  });
}

function draftCount(state: SidebarState): number {
  return state.report.areas.reduce(
    (count, area) => count + area.draftCount,
    state.report.oneOnOnes.draftCount,
  );
}

/** The pure core on the model of the Doc: no service calls, only its own time. */
function coreMs(runtime: Runtime): number {
  runtime.installGlobals();
  try {
    const model = readBody(DocumentApp.getActiveDocument().getBody());
    const times = Array.from({length: CORE_RUNS + 3}, () => {
      const start = performance.now();
      computeReadiness(model, PROGRAM, TODAY);
      return performance.now() - start;
    });
    return median(times.slice(3));
  } finally {
    runtime.uninstall();
  }
}

/**
 * What Code.js's size costs: Apps Script compiles and runs a project's script at the start of every
 * execution (each menu click and google.script.run call). Median of CODE_LOAD_RUNS fresh contexts,
 * each source made unique so no compilation cache serves it.
 */
function codeLoadMs(): number {
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  const times = Array.from({length: CODE_LOAD_RUNS}, (_, run) => {
    const start = performance.now();
    runInNewContext(`${code}\n// load ${run}`, {});
    return performance.now() - start;
  });
  return median(times);
}

function benchSize(size: number, files: Record<string, string>): SizeResult {
  const document = EmulatedDocument.fromBlocks(
    generateDocument(PROGRAM, size),
    `Tracking doc (${size})`,
    `bench-${size}`,
  );
  const runtime = createRuntime({
    document,
    files,
    userEmail: 'candidate@example.com',
  });
  const project = loadDist(runtime, DIST);
  project.call('setRole', {today: TODAY, role: 'candidate'});
  const elements = document.body.children.length;
  const check = () =>
    measure(runtime, project, 'getSidebarState', {today: TODAY});

  const readiness = repeat(READINESS_RUNS, check);
  if (!readiness.reply.documentReady)
    throw new Error(`The ${size}-element Doc was not read as a set-up Doc`);

  /**
   * One action, between two readiness checks (the one after it is the next action's one before):
   * its cost beyond reading the Doc, and whether its reply is what a fresh check shows.
   */
  let read = readiness;
  const action = (
    name: string,
    request: object,
    label = name,
  ): ActionResult => {
    const childrenBefore = document.body.children.length;
    const before = read;
    const measurement = measure(runtime, project, name, request);
    read = check();
    return {
      name,
      label,
      childrenBefore,
      measurement,
      beyondRead: measurement.calls - before.calls,
      beyondBreakdown: difference(measurement.breakdown, before.breakdown),
      replyIsFresh: comparable(read.reply) === comparable(measurement.reply),
      before: before.reply,
    };
  };

  // Add evidence to each evidence section in turn, with its default kind and first criterion.
  const sections = evidenceSections(PROGRAM);
  const adds: ActionResult[] = [];
  let addShowsNewEntry = true;
  for (let run = 0; run <= ADD_RUNS; run += 1) {
    const section = sections[run % sections.length];
    const result = action('addEvidence', {
      today: TODAY,
      sectionId: section.id,
      criterionId: section.criteria[0]?.id ?? null,
      kindId: section.kinds[0],
    });
    // The reply alone refreshes the sidebar: it already lists the new (still empty) entry.
    if (draftCount(result.measurement.reply) !== draftCount(result.before) + 1)
      addShowsNewEntry = false;
    adds.push(result);
  }
  const measured = adds.slice(1);
  const last = measured[measured.length - 1];
  const add: ActionResult = {
    ...last,
    measurement: {
      ...last.measurement,
      ms: median(measured.map(result => result.measurement.ms)),
    },
    replyIsFresh: adds.every(result => result.replyIsFresh),
  };

  // The summary at its longest (an open targeted action, dated evidence: seven blocks), inserted,
  // then replaced the same day by one as long that says something else (a second action).
  const targetedAction = (text: string) =>
    action('recordReviewOutcome', {
      today: TODAY,
      outcome: 'further-actions',
      actions: [text],
    });
  const others = [
    action('setRole', {today: TODAY, role: 'candidate'}),
    action('jumpTo', {
      today: TODAY,
      target: {sectionId: PROGRAM.oneOnOneLog.id, entryIndex: 0},
    }),
    action('setRole', {today: TODAY, role: 'manager'}),
    targetedAction('Run the next retrospective on your own'),
    action('insertReadinessSummary', {today: TODAY}),
    targetedAction('Hold a feedback conversation with a peer'),
  ];
  const replaceSummary = action(
    'insertReadinessSummary',
    {today: TODAY},
    'insertReadinessSummary again',
  );
  if (
    replaceSummary.measurement.reply.notice?.text.includes('updated') !== true
  )
    throw new Error(
      `The second summary on the ${size}-element Doc did not replace the first`,
    );
  others.push(replaceSummary, action('setUpDocument', {today: TODAY}));
  return {
    elements,
    readiness,
    coreMs: coreMs(runtime),
    add,
    addShowsNewEntry,
    replaceSummary,
    others,
  };
}

/** Set up on a new blank Doc: a fixed cost, whatever the size of the Docs above. */
function benchSetUpBlank(files: Record<string, string>): Measurement {
  const runtime = createRuntime({files, userEmail: 'manager@example.com'});
  const project = loadDist(runtime, DIST);
  return measure(runtime, project, 'setUpDocument', {today: TODAY});
}

// ---------------------------------------------------------------------------------------------

const number = (value: number) => value.toLocaleString('en');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printRows(columns: Array<[string, number]>, rows: string[][]): void {
  const line = (cells: string[]) =>
    cells.map((cell, index) => cell.padStart(columns[index][1])).join(' │ ');
  const header = line(columns.map(([title]) => title));
  console.log(header);
  console.log(header.replace(/[^│]/g, '─').replace(/│/g, '┼'));
  for (const row of rows) console.log(line(row));
}

function printBreakdown(
  title: string,
  breakdown: Array<[string, number]>,
  total: number,
): void {
  console.log(`\n${title}`);
  for (const [member, count] of breakdown.slice(0, 10)) {
    const share = ((count / total) * 100).toFixed(1);
    console.log(
      `  ${member.padEnd(32)} ${number(count).padStart(8)}  ${share.padStart(5)}%`,
    );
  }
}

/** The bulk read lined up: no child was read one by one (jumpTo then gets the one block it puts
 * the cursor in; addEvidence puts it on the line it has just written). */
function readInBulk(result: ActionResult): boolean {
  const cursorRead = result.name === 'jumpTo' ? 1 : 0;
  return result.measurement.getChild <= cursorRead;
}

function main(): void {
  const started = performance.now();
  const files = readDistHtmlFiles(DIST);
  const results = SIZES.map(size => benchSize(size, files));
  const setUpBlank = benchSetUpBlank(files);

  console.log(
    'Benchmark: dist/Code.js on the emulated Apps Script. Service calls are the cost in Apps Script.',
  );
  console.log(
    `Readiness = getSidebarState (opening the sidebar, the readiness check); ms = median of ${READINESS_RUNS} local runs,`,
  );
  console.log(
    `core ms = computeReadiness alone; add = addEvidence (median of ${ADD_RUNS}); beyond = calls beyond reading the Doc;`,
  );
  console.log(
    "summary again = insertReadinessSummary replacing today's summary at its longest (7 blocks) with a different one.\n",
  );
  printRows(
    [
      ['elements', 8],
      ['ready calls', 11],
      ['calls/elem', 10],
      ['ready ms', 8],
      ['core ms', 7],
      ['reply KB', 8],
      ['add calls', 9],
      ['add beyond', 10],
      ['add ms', 6],
      ['add reply KB', 12],
      ['summary again beyond', 20],
    ],
    results.map(result => [
      number(result.elements),
      number(result.readiness.calls),
      (result.readiness.calls / result.elements).toFixed(2),
      result.readiness.ms.toFixed(1),
      result.coreMs.toFixed(1),
      kb(result.readiness.replyBytes),
      number(result.add.measurement.calls),
      number(result.add.beyondRead),
      result.add.measurement.ms.toFixed(0),
      kb(result.add.measurement.replyBytes),
      number(result.replaceSummary.beyondRead),
    ]),
  );
  for (const result of results) {
    const top = result.readiness.breakdown
      .slice(0, 4)
      .map(([member, count]) => `${member} ${number(count)}`)
      .join(', ');
    console.log(`  ${number(result.elements).padStart(6)}: ${top}`);
  }

  const largest = results[results.length - 1];
  console.log(
    `\nEvery server call on the ${number(largest.elements)}-element Doc (one run each; beyond read = calls minus a readiness check)\n`,
  );
  printRows(
    [
      ['call', 28],
      ['calls', 7],
      ['beyond read', 11],
      ['ms', 5],
      ['reply KB', 8],
    ],
    [
      {
        name: 'getSidebarState',
        label: 'getSidebarState',
        childrenBefore: largest.elements,
        measurement: largest.readiness,
        beyondRead: 0,
        beyondBreakdown: [],
        before: largest.readiness.reply,
      },
      largest.add,
      ...largest.others,
    ].map(result => [
      result.label,
      number(result.measurement.calls),
      number(result.beyondRead),
      result.measurement.ms.toFixed(0),
      kb(result.measurement.replyBytes),
    ]),
  );
  console.log(
    `  (setUpDocument on a new blank Doc: ${number(setUpBlank.calls)} calls, ${setUpBlank.ms.toFixed(0)} ms)`,
  );
  printBreakdown(
    `getSidebarState on ${number(largest.elements)} elements: top service calls`,
    largest.readiness.breakdown,
    largest.readiness.calls,
  );
  printBreakdown(
    'addEvidence beyond the read (write the entry, lock, role, cursor)',
    largest.add.beyondBreakdown,
    largest.add.beyondRead,
  );
  printBreakdown(
    "insertReadinessSummary again beyond the read (write the new summary, remove today's old one)",
    largest.replaceSummary.beyondBreakdown,
    largest.replaceSummary.beyondRead,
  );

  const bundle = [
    {file: 'Code.js', limitKb: MAX_CODE_KB},
    {file: 'Sidebar.html', limitKb: MAX_SIDEBAR_KB},
  ].map(({file, limitKb}) => {
    const bytes = readFileSync(path.join(DIST, file));
    return {file, limitKb, size: bytes.length, gzip: gzipSync(bytes).length};
  });
  console.log('\nBundle');
  for (const {file, size, gzip} of bundle)
    console.log(
      `  dist/${file.padEnd(13)} ${kb(size).padStart(6)} KB  (${kb(gzip)} KB gzipped)`,
    );
  console.log(
    `  Code.js load (compile and run its top level, as every execution does): ${codeLoadMs().toFixed(2)} ms locally`,
  );

  const perElement = results.map(
    result => result.readiness.calls / result.elements,
  );
  const callsRatio = Math.max(...perElement) / Math.min(...perElement);
  const timeRatio = (ms: (result: SizeResult) => number) => {
    const at = (size: number) => {
      const result = results.find(candidate => candidate.elements === size);
      return result ? ms(result) / result.elements : NaN;
    };
    return at(10_000) / at(1_000);
  };
  const readyTime = timeRatio(result => result.readiness.ms);
  const coreTime = timeRatio(result => result.coreMs);
  const actions = results.flatMap(result => [result.add, ...result.others]);
  const atReplyBar = results.find(result => result.elements === REPLY_BAR_SIZE);
  const replies = atReplyBar
    ? [
        atReplyBar.readiness.replyBytes,
        atReplyBar.add.measurement.replyBytes,
        ...atReplyBar.others.map(result => result.measurement.replyBytes),
      ]
    : [Infinity];
  const writers = actions.filter(result =>
    ['addEvidence', 'insertReadinessSummary', 'setUpDocument'].includes(
      result.name,
    ),
  );
  const bars: Array<[string, boolean, string]> = [
    [
      `readiness check ≤ ${MAX_CALLS_PER_ELEMENT} service calls per element`,
      perElement.every(value => value <= MAX_CALLS_PER_ELEMENT),
      `max ${Math.max(...perElement).toFixed(2)}`,
    ],
    [
      'readiness calls grow linearly (no scan inside a scan)',
      callsRatio <= MAX_CALLS_RATIO,
      `calls/element within ×${callsRatio.toFixed(2)} from ${number(SIZES[0])} to ${number(SIZES[SIZES.length - 1])}; limit ×${MAX_CALLS_RATIO}`,
    ],
    [
      'readiness time grows linearly (server and core)',
      readyTime <= MAX_TIME_RATIO && coreTime <= MAX_TIME_RATIO,
      `ms/element at 10,000 vs 1,000: ×${readyTime.toFixed(2)} whole call, ×${coreTime.toFixed(2)} core; limit ×${MAX_TIME_RATIO}`,
    ],
    [
      'every action reads the Doc in bulk (never child by child)',
      results.every(result => result.readiness.getChild === 0) &&
        actions.every(readInBulk),
      'Body.getChild = 0 (1 for the block jumpTo goes to) at every size',
    ],
    [
      `add evidence, set up and insert summary: one read plus ≤ ${MAX_ADD_BEYOND_READ} calls`,
      writers.every(result => result.beyondRead <= MAX_ADD_BEYOND_READ),
      `max ${Math.max(...writers.map(result => result.beyondRead))} beyond the read; replacing today's summary at its longest ${Math.max(...results.map(result => result.replaceSummary.beyondRead))}`,
    ],
    [
      `replies ≤ ${MAX_REPLY_KB} KB at ${number(REPLY_BAR_SIZE)} elements`,
      replies.every(bytes => bytes <= MAX_REPLY_KB * 1024),
      `max ${kb(Math.max(...replies))} KB`,
    ],
    [
      'one round trip per action: the reply is the whole new state',
      results.every(result => result.addShowsNewEntry) &&
        actions.every(result => result.replyIsFresh),
      'each reply equals a fresh readiness check; addEvidence lists the new entry',
    ],
    ...bundle.map(({file, size, limitKb}): [string, boolean, string] => [
      `dist/${file} ≤ ${limitKb} KB`,
      size <= limitKb * 1024,
      `${kb(size)} KB`,
    ]),
  ];
  console.log('\nBars');
  for (const [bar, ok, detail] of bars)
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${bar}  (${detail})`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (bars.some(([, ok]) => !ok)) process.exitCode = 1;
}

main();
