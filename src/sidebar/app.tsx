/**
 * The sidebar: one server call on open, one per action, each reply replacing the whole state.
 * Runs one call at a time, shows its progress, keeps focus where a keyboard user expects it.
 */
import {useCallback, useEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {IsoDate, Notice, SidebarState, SidebarView} from '../contract';
import type {Action, Actions} from './actions';
import {ActionsContext, loadState, setUpDocument} from './actions';
import {AreasView} from './areas-view';
import {ErrorBanner} from './error-banner';
import type {Failure} from './error-banner';
import {RETRY_ID} from './error-banner';
import {INSERT_SUMMARY_ID, ReadinessView} from './readiness-view';
import {RoleBar, RoleQuestion} from './role';
import {focusDocument, describeError} from './rpc';
import {SetupCard} from './setup-card';
import {StatusBar} from './status-bar';
import {ViewTabs, tabId} from './view-tabs';
import type {Tab} from './view-tabs';

/** Where focus goes once a call has settled (only if the page lost it meanwhile). */
interface FocusPlan {
  origin: Element | null;
  target: string | null;
}

function focusable(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !(element instanceof HTMLButtonElement && element.disabled) &&
    element.getClientRects().length > 0
  );
}

const UNEXPECTED_REPLY =
  'The add-on sent back an unexpected reply. Reload the sidebar and try again.';

/** Cheap shape check: a reply that is not a state (e.g. a server out of step) must not blank the page. */
function isSidebarState(value: unknown): value is SidebarState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'report' in value &&
    'program' in value
  );
}

function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * Opening costs one call, chosen by the menu item: Set up document runs Set up (it adds only what
 * is missing, so reopening is harmless); Insert readiness summary only loads, and focuses the
 * Insert button, so nothing is written until the person chooses it.
 */
function openingAction(view: SidebarView): Action {
  if (view === 'set-up') return setUpDocument();
  if (view === 'insert-summary')
    return {...loadState(), focusAfter: INSERT_SUMMARY_ID};
  return loadState();
}

const OPENING_TAB: Record<SidebarView, Tab> = {
  areas: 'areas',
  'set-up': 'areas',
  readiness: 'readiness',
  'insert-summary': 'readiness',
};

export function App({initialView}: {initialView: SidebarView}) {
  const [state, setState] = useState<SidebarState | null>(null);
  const [tab, setTab] = useState<Tab>(OPENING_TAB[initialView]);
  /** When the last reply came (each reply is a fresh check of the Doc), by the browser's clock. */
  const [checkedAt, setCheckedAt] = useState(0);
  /** The sidebar's own word on the last action, when its reply carried no notice (Check again). */
  const [localNotice, setLocalNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [changingRole, setChangingRole] = useState(false);
  const [dismissedNotice, setDismissedNotice] = useState<Notice | null>(null);
  /** The date of the summary this sidebar inserted (its reply's today), or null. */
  const [summaryInserted, setSummaryInserted] = useState<IsoDate | null>(null);
  // The ref, not the state, guards against a second call: a double click lands before a re-render.
  const busy = useRef(false);
  const latest = useRef<SidebarState | null>(null);
  const focusPlan = useRef<FocusPlan | null>(null);

  /** `from`: the control to return focus to (on retry, the one that started the first attempt). */
  const run = useCallback((action: Action, from?: Element | null) => {
    if (busy.current) return;
    busy.current = true;
    // Focus is looked after only when it was in the sidebar (not on open, not after the Doc took it).
    const origin =
      from !== undefined ? from : focusLost() ? null : document.activeElement;
    focusPlan.current = null;
    setPending(action);
    setFailure(null);
    action
      .call()
      .then(next => {
        if (!isSidebarState(next)) throw new Error(UNEXPECTED_REPLY);
        setLocalNotice(
          next.notice ? null : (action.notice?.(latest.current, next) ?? null),
        );
        latest.current = next;
        setState(next);
        setCheckedAt(Date.now());
        action.onSuccess?.(next);
        if (action.focusDocument) focusDocument();
        else if (origin || action.focusAfter)
          focusPlan.current = {origin, target: action.focusAfter ?? null};
      })
      .catch((error: unknown) => {
        setFailure({
          error: describeError(error),
          retry: () => run(action, origin),
          origin,
        });
        if (origin) focusPlan.current = {origin, target: RETRY_ID};
      })
      .finally(() => {
        busy.current = false;
        setPending(null);
      });
  }, []);

  useEffect(() => {
    run(openingAction(initialView));
  }, []);

  useEffect(() => {
    if (pending || !focusPlan.current) return;
    const plan = focusPlan.current;
    focusPlan.current = null;
    if (!focusLost() && plan.target === null) return;
    const candidates = [
      plan.target ? document.getElementById(plan.target) : null,
      plan.origin,
      document.getElementById(tabId(tab)),
    ];
    candidates.find(focusable)?.focus();
  }, [pending, failure, state, dismissedNotice]);

  const actions = useMemo<Actions>(
    () => ({pending: pending?.key ?? null, run: action => run(action)}),
    [pending, run],
  );

  const dismissError = () => {
    focusPlan.current = {origin: failure?.origin ?? null, target: null};
    setFailure(null);
  };

  // A dismissed notice stays hidden until a reply brings a new one.
  const latestNotice = state?.notice ?? localNotice;
  const notice =
    latestNotice && latestNotice !== dismissedNotice ? latestNotice : null;
  const askRole = state !== null && (state.role === null || changingRole);

  return (
    <ActionsContext.Provider value={actions}>
      <div class="app" aria-busy={pending ? 'true' : 'false'}>
        <StatusBar
          progress={pending?.progress ?? null}
          notice={notice}
          onDismissNotice={() => {
            setDismissedNotice(notice);
            focusPlan.current = {origin: null, target: null};
          }}
        />
        <h1 class="sr-only">Lead Mentorship Program</h1>
        {failure && (
          <ErrorBanner
            failure={failure}
            retryDisabled={pending !== null}
            onDismiss={dismissError}
          />
        )}
        {state && (
          <>
            {/* Until the Doc is set up, Set up comes first; the role can wait below it. */}
            {!state.documentReady && <SetupCard state={state} />}
            {askRole ? (
              <RoleQuestion
                roles={state.program.roles}
                current={changingRole ? state.role : null}
                onCancel={
                  changingRole ? () => setChangingRole(false) : undefined
                }
                onChosen={() => setChangingRole(false)}
              />
            ) : (
              <RoleBar state={state} onChange={() => setChangingRole(true)} />
            )}
            <ViewTabs current={tab} onSelect={setTab} />
            <div
              role="tabpanel"
              id={`panel-${tab}`}
              aria-labelledby={tabId(tab)}
              class="panel"
            >
              {tab === 'areas' ? (
                <AreasView state={state} checkedAt={checkedAt} />
              ) : (
                <ReadinessView
                  state={state}
                  checkedAt={checkedAt}
                  insertFirst={initialView === 'insert-summary'}
                  summaryInserted={summaryInserted}
                  onSummaryInserted={setSummaryInserted}
                />
              )}
            </div>
            <p class="help">
              Help and set-up: Extensions › Lead Mentorship Program › Help
            </p>
          </>
        )}
      </div>
    </ActionsContext.Provider>
  );
}
