/**
 * The functions the sidebar calls through google.script.run. Each validates its request, runs the
 * pure core on the Doc read once, writes under the document lock, and replies with the whole new
 * sidebar state (computed from the model, not by reading the Doc again).
 */
import type {
  AddEvidenceRequest,
  JumpRequest,
  Notice,
  SetRoleRequest,
  SidebarState,
} from '../contract';
import type {DocumentModel, IsoDate} from '../core/document-model';
import {ROLES, type Role} from '../core/report';
import {roleInSentence} from '../core/program';
import {PROGRAM} from '../core/program-data';
import {computeReadiness} from '../core/readiness';
import {
  applyInsertions,
  entryTargetAt,
  findJumpTarget,
  planAddEvidence,
  planReadinessSummary,
  planSetUp,
  plannedIndex,
  type SummaryOutcome,
} from '../core/setup';
import {actionEntryTopic, requestedAction} from './completion-api';
import {placeCursor, placeCursorOnWrittenLine} from './cursor';
import {writeInsertions} from './doc-writer';
import {openActiveDocument, withDocumentLock} from './document-session';
import type {ProgramPlace} from './program-tab';
import {chooseRole, currentRole, roleNotChosen} from './roles';
import {openSummaryMark} from './summary-mark';
import {
  requireId,
  requireIdOrNull,
  requireInteger,
  requireIsoDate,
  requireOneOf,
  requireRecord,
} from './validate';

const MAX_ENTRY_INDEX = 100_000;

export function sidebarState(
  model: DocumentModel,
  documentId: string,
  today: IsoDate,
  notice: Notice | null,
  /** The role, when the caller already read it (undefined: read it now). */
  known?: Role | null,
): SidebarState {
  const report = computeReadiness(model, PROGRAM, today);
  return {
    today,
    documentReady: report.missingSections.length === 0,
    role: known === undefined ? currentRole(documentId) : known,
    report,
    notice,
  };
}

/** The action's notice, followed by what to know about the program's tabs (split, or in two). */
export function withTabWarning(
  notice: Notice | null,
  place: Pick<ProgramPlace, 'warning'>,
): Notice | null {
  if (!place.warning) return notice;
  return notice
    ? {tone: notice.tone, text: `${notice.text} ${place.warning}`}
    : {tone: 'info', text: place.warning};
}

function readToday(request: unknown, what: string): IsoDate {
  return requireIsoDate(requireRecord(request, what).today, 'today');
}

export function getSidebarState(request: unknown): SidebarState {
  const today = readToday(request, 'sidebar');
  const {document, place, model} = openActiveDocument();
  return sidebarState(
    model,
    document.getId(),
    today,
    withTabWarning(null, place),
  );
}

export function setUpDocument(request: unknown): SidebarState {
  const today = readToday(request, 'set-up');
  return withDocumentLock(({document, place, model}) => {
    const insertions = planSetUp(model, PROGRAM);
    writeInsertions(place.body, model, insertions);
    const added = insertions.reduce(
      (count, insertion) => count + insertion.blocks.length,
      0,
    );
    const notice: Notice =
      added === 0
        ? {
            tone: 'info',
            text: 'The document already has every section. Nothing was changed.',
          }
        : {
            tone: 'success',
            text: 'Set up added the missing parts. Nothing you wrote was changed.',
          };
    return sidebarState(
      applyInsertions(model, insertions),
      document.getId(),
      today,
      withTabWarning(notice, place),
    );
  });
}

export function addEvidence(request: unknown): SidebarState {
  const fields = requireRecord(request, 'add evidence');
  const valid: AddEvidenceRequest = {
    today: requireIsoDate(fields.today, 'today'),
    sectionId: requireId(fields.sectionId, 'sectionId'),
    criterionId: requireIdOrNull(fields.criterionId, 'criterionId'),
    kindId: requireId(fields.kindId, 'kindId'),
    action: requestedAction(fields.action),
    ...(fields.role === undefined
      ? {}
      : {role: requireOneOf(fields.role, 'role', ROLES)}),
  };
  const written = withDocumentLock(({document, place, model}) => {
    const role = valid.role
      ? chooseRole(document.getId(), valid.role)
      : currentRole(document.getId());
    if (!role) throw roleNotChosen('so the entry says who recorded it');
    const topic = valid.action
      ? actionEntryTopic(model, valid.action)
      : undefined;
    const plan = planAddEvidence(model, PROGRAM, {...valid, role, topic});
    const lines = writeInsertions(place.body, model, plan.insertions);
    const {insertion, block, offset} = plan.cursor;
    const line = lines.get(plan.insertions[insertion].blocks[block]);
    return {
      documentId: document.getId(),
      model: applyInsertions(model, plan.insertions),
      role,
      description: plan.description,
      cursorIndex: plannedIndex(plan.insertions, plan.cursor),
      warning: place.warning,
      cursorPlaced:
        line !== undefined &&
        tryToPlaceCursor(() =>
          placeCursorOnWrittenLine(document, place, line, offset),
        ),
    };
  });
  const {cursorPlaced} = written;
  const state = sidebarState(
    written.model,
    written.documentId,
    valid.today,
    withTabWarning(
      {
        tone: 'success',
        text: cursorPlaced
          ? `${written.description} The cursor is on its first prompt.`
          : written.description,
      },
      written,
    ),
    written.role,
  );
  if (cursorPlaced) return state;
  const entry = entryTargetAt(
    written.model,
    PROGRAM,
    valid.sectionId,
    written.cursorIndex,
  );
  return entry ? {...state, unplacedCursor: entry} : state;
}

/**
 * The entry is written whatever happens to the cursor, so a cursor that cannot be placed is no
 * error (a retry would add a second entry): the reply names the entry, and the sidebar jumps there.
 */
function tryToPlaceCursor(place: () => void): boolean {
  try {
    place();
    return true;
  } catch {
    return false;
  }
}

/** What the reply says after Insert readiness summary, by what the plan did. */
const SUMMARY_NOTICES: Record<SummaryOutcome, (today: IsoDate) => Notice> = {
  'not-set-up': () => ({
    tone: 'info',
    text: 'This document is not set up yet, so no summary was inserted. Set up the document first (it adds only the missing parts), then insert the summary.',
  }),
  inserted: today => ({
    tone: 'success',
    text: `Readiness summary for ${today} inserted in the review section.`,
  }),
  replaced: today => ({
    tone: 'success',
    text: `Readiness summary for ${today} updated with the current check.`,
  }),
  kept: today => ({
    tone: 'info',
    text: `The readiness summary for ${today} in the document holds changes made by hand, so it was left as it is and nothing was added. To replace it with the current check, delete it, then insert again.`,
  }),
};

export function insertReadinessSummary(request: unknown): SidebarState {
  const today = readToday(request, 'readiness summary');
  return withDocumentLock(({document, place, model}) => {
    const report = computeReadiness(model, PROGRAM, today);
    const marks = openSummaryMark();
    const plan = planReadinessSummary(
      model,
      PROGRAM,
      report,
      today,
      marks.mark,
    );
    writeInsertions(place.body, model, plan.insertions);
    if (plan.mark) marks.save(plan.mark);
    return sidebarState(
      applyInsertions(model, plan.insertions),
      document.getId(),
      today,
      withTabWarning(SUMMARY_NOTICES[plan.outcome](today), place),
    );
  });
}

export function jumpTo(request: unknown): SidebarState {
  const fields = requireRecord(request, 'jump');
  const today = requireIsoDate(fields.today, 'today');
  const target = requireRecord(fields.target, 'jump target');
  const sectionId = requireId(target.sectionId, 'target.sectionId');
  const valid: JumpRequest['target'] =
    target.entryIndex === undefined
      ? {sectionId}
      : {
          sectionId,
          entryIndex: requireInteger(
            target.entryIndex,
            'target.entryIndex',
            0,
            MAX_ENTRY_INDEX,
          ),
        };
  const {document, place, model} = openActiveDocument();
  const index = findJumpTarget(model, PROGRAM, valid);
  if (index === null) {
    throw new Error(
      'That place is no longer in the document. Run the readiness check again to refresh the list.',
    );
  }
  placeCursor(document, place, index);
  return sidebarState(
    model,
    document.getId(),
    today,
    withTabWarning(null, place),
  );
}

export function setRole(request: unknown): SidebarState {
  const fields = requireRecord(request, 'role');
  const valid: SetRoleRequest = {
    today: requireIsoDate(fields.today, 'today'),
    role: requireOneOf(fields.role, 'role', ROLES),
  };
  const {document, place, model} = openActiveDocument();
  const role = chooseRole(document.getId(), valid.role);
  const name = roleInSentence(PROGRAM, role);
  return sidebarState(
    model,
    document.getId(),
    valid.today,
    withTabWarning({tone: 'info', text: `You are recorded as ${name}.`}, place),
    role,
  );
}
