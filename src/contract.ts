/**
 * Everything that crosses google.script.run between the sidebar and the server. Only primitives,
 * null, plain objects and arrays may cross (a Date anywhere fails the call), so dates are
 * 'YYYY-MM-DD' strings and the browser supplies the user's own calendar date.
 */
import type {IsoDate} from './core/document-model';
import type {ReadinessReport, Role} from './core/report';
import type {JumpTarget} from './core/setup';

export type {IsoDate} from './core/document-model';
export type {ProgramView, SectionView} from './core/program';
export type {ReadinessReport, Role} from './core/report';
export type {JumpTarget} from './core/setup';

/** Every request carries the user's calendar date, from the browser. */
export interface DatedRequest {
  today: IsoDate;
}

export interface AddEvidenceRequest extends DatedRequest {
  /** An area id, or 'one-on-one-log' for the weekly log. */
  sectionId: string;
  /** One of the section's criteria, or null for a general entry. */
  criterionId: string | null;
  /** One of the section's entry kinds. */
  kindId: string;
  /**
   * Who is recording, when the person chose it in the Add evidence form (it is then remembered
   * for this Doc, as setRole would); left out, the role already chosen applies.
   */
  role?: Role;
  /** An open targeted action the entry is evidence for (its text); it then names the entry. */
  action?: string;
}

export interface JumpRequest extends DatedRequest {
  target: JumpTarget;
}

export interface SetRoleRequest extends DatedRequest {
  role: Role;
}

/** The sponsoring manager confirms an entry that holds real writing (review.ts). */
export interface ConfirmEntryRequest extends DatedRequest {
  sectionId: string;
  /** The entry's position among the section's entries, as the report lists it. */
  entryIndex: number;
  /** Its heading as the report showed it: an entry that moved meanwhile is not confirmed. */
  title: string;
}

export interface ScheduleReviewRequest extends DatedRequest {
  reviewDate: IsoDate;
}

export interface ReviewOutcomeRequest extends DatedRequest {
  outcome: 'accepted' | 'further-actions';
  /** The targeted actions, one each (further actions only). */
  actions: string[];
}

export interface ActionDoneRequest extends DatedRequest {
  /** The open targeted action's text. */
  action: string;
}

export interface Notice {
  tone: 'success' | 'info';
  text: string;
}

/**
 * The sidebar's whole state: every action's reply carries it, so one round trip refreshes all. The
 * program itself (ProgramView), which never changes, is built into the sidebar (build.mjs), not sent.
 */
export interface SidebarState {
  today: IsoDate;
  /** False until every program section exists in the Doc: the sidebar then offers Set up. */
  documentReady: boolean;
  /**
   * The role this user chose for this Doc, or null until they choose. Never guessed from the
   * account email: that needs a scope beyond the least the add-on asks for, and is often empty.
   */
  role: Role | null;
  report: ReadinessReport;
  /** What the action that produced this state did, to show the user. */
  notice: Notice | null;
  /**
   * Set by Add evidence only when the server wrote the entry but could not put the cursor on it:
   * the sidebar then jumps there itself (a second call, only in that case).
   */
  unplacedCursor?: JumpTarget;
}

/**
 * The server functions the sidebar calls: the one list of them. src/server/main.ts must export
 * each with exactly this signature (its `Implements` line makes the compiler check it), and the
 * sidebar can call nothing else (src/sidebar/rpc.ts and google-script.d.ts are typed from it).
 * Written as properties, not methods, so each request type is checked strictly both ways.
 */
export interface ServerApi {
  getSidebarState: (request: DatedRequest) => SidebarState;
  setUpDocument: (request: DatedRequest) => SidebarState;
  addEvidence: (request: AddEvidenceRequest) => SidebarState;
  insertReadinessSummary: (request: DatedRequest) => SidebarState;
  jumpTo: (request: JumpRequest) => SidebarState;
  setRole: (request: SetRoleRequest) => SidebarState;
  confirmEntry: (request: ConfirmEntryRequest) => SidebarState;
  recordSignOff: (request: DatedRequest) => SidebarState;
  scheduleReview: (request: ScheduleReviewRequest) => SidebarState;
  recordReviewOutcome: (request: ReviewOutcomeRequest) => SidebarState;
  markActionDone: (request: ActionDoneRequest) => SidebarState;
}

/** Compiles only when `Exports` (a module's exports) holds every function of ServerApi, as typed there. */
export type Implements<Exports extends ServerApi> = Exports;

export type ServerFunctionName = keyof ServerApi;

/** The view the sidebar opens on, chosen by the menu item that opened it. */
export type SidebarView = 'areas' | 'readiness' | 'insert-summary' | 'set-up';
