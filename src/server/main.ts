/**
 * The add-on's global entry points and nothing else: each is a one-line call into a module.
 * build.mjs turns every export here into a real top-level function of dist/Code.js, which is what
 * Apps Script (menus, triggers, google.script.run) can call.
 */
import type {
  AddEvidenceRequest,
  DatedRequest,
  Implements,
  JumpRequest,
  SetRoleRequest,
  SidebarState,
  ConfirmEntryRequest,
  ScheduleReviewRequest,
  ReviewOutcomeRequest,
  ActionDoneRequest,
} from '../contract';
import * as api from './api';
import * as completion from './completion-api';
import type * as entryPoints from './main';
import * as ui from './ui';

/**
 * The compiler's check that this module exports every server function the sidebar calls, named
 * and typed as src/contract.ts's ServerApi says: renaming or dropping one here fails the typecheck
 * (a type, so the build's list of entry points, which holds only real exports, is unchanged).
 * The menu's function names are checked against these exports in ui.ts (MenuFunctionName).
 */
export type SidebarEntryPoints = Implements<typeof entryPoints>;

/** Simple trigger; may run in AuthMode.NONE, where it only builds the menu (the event is not needed). */
export function onOpen(): void {
  ui.buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: the Doc is already open, so build the menu. */
export function onInstall(): void {
  onOpen();
}

// Menu items (ui.ts's MENU_ITEMS names them).
export function showSidebar(): void {
  ui.showSidebar('areas');
}

export function showReadinessCheck(): void {
  ui.showSidebar('readiness');
}

export function setUpDocumentFromMenu(): void {
  // The sidebar runs Set up on open (one round trip) and shows what it added.
  ui.showSidebar('set-up');
}

export function showInsertReadinessSummary(): void {
  ui.showSidebar('insert-summary');
}

export function showHelp(): void {
  ui.showHelp();
}

// The sidebar's server calls (typed by src/contract.ts).
export function getSidebarState(request: DatedRequest): SidebarState {
  return api.getSidebarState(request);
}

export function setUpDocument(request: DatedRequest): SidebarState {
  return api.setUpDocument(request);
}

export function addEvidence(request: AddEvidenceRequest): SidebarState {
  return api.addEvidence(request);
}

export function insertReadinessSummary(request: DatedRequest): SidebarState {
  return api.insertReadinessSummary(request);
}

export function jumpTo(request: JumpRequest): SidebarState {
  return api.jumpTo(request);
}

export function setRole(request: SetRoleRequest): SidebarState {
  return api.setRole(request);
}

// The completion loop (src/server/completion-api.ts).
export function confirmEntry(request: ConfirmEntryRequest): SidebarState {
  return completion.confirmEntry(request);
}

export function recordSignOff(request: DatedRequest): SidebarState {
  return completion.recordSignOff(request);
}

export function scheduleReview(request: ScheduleReviewRequest): SidebarState {
  return completion.scheduleReview(request);
}

export function recordReviewOutcome(
  request: ReviewOutcomeRequest,
): SidebarState {
  return completion.recordReviewOutcome(request);
}

export function markActionDone(request: ActionDoneRequest): SidebarState {
  return completion.markActionDone(request);
}
