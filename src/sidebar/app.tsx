/**
 * The sidebar: one server call on open, one per action, each reply replacing the whole state.
 * Runs one call at a time, shows its progress, keeps focus where a keyboard user expects it, and
 * checks the Doc again by itself when the person comes back from it.
 */
import {useEffect, useMemo, useState} from 'preact/hooks';
import type {IsoDate, Notice, SidebarState, SidebarView} from '../contract';
import type {Action, Actions} from './actions';
import {
  ActionsContext,
  insertSummary,
  loadState,
  setUpDocument,
} from './actions';
import {ErrorBanner} from './error-banner';
import {ReadinessView} from './readiness-view';
import {AreasView} from './areas-view';
import {
  CHANGE_ROLE_ID,
  ROLE_QUESTION_ID,
  RecorderContext,
  RoleBar,
  RoleQuestion,
} from './role';
import {
  useCheckOnReturn,
  useFocusAfterCalls,
  useServerCalls,
} from './server-calls';
import {SetupCard} from './setup-card';
import {StatusBar} from './status-bar';
import {ViewTabs, tabId} from './view-tabs';
import type {Tab} from './view-tabs';
import {PROGRAM} from './program-view';

/**
 * Opening costs one call, chosen by the menu item: Set up document runs Set up, and Insert
 * readiness summary inserts it (both say what they did; Set up adds only what is missing, and a
 * second summary the same day replaces the first), so each menu item does what it says.
 */
function openingAction(view: SidebarView): Action {
  if (view === 'set-up') return setUpDocument();
  if (view === 'insert-summary') return insertSummary();
  return loadState();
}

const OPENING_TAB: Record<SidebarView, Tab> = {
  areas: 'areas',
  'set-up': 'areas',
  readiness: 'readiness',
  'insert-summary': 'readiness',
};

/** The date of the summary a reply says was written (not "Set up first", not one kept as people changed it). */
function summaryWritten(next: SidebarState): IsoDate | null {
  return next.notice?.tone === 'success' ? next.today : null;
}

export function App({initialView}: {initialView: SidebarView}) {
  const calls = useServerCalls();
  const {state, pending, failure, run, refresh} = calls;
  const [tab, setTab] = useState<Tab>(OPENING_TAB[initialView]);
  /** The role question as the person left it: null until they open or close it. */
  const [roleQuestion, setRoleQuestion] = useState<'open' | 'closed' | null>(
    null,
  );
  /** Bumped each time someone asks to choose, so focus goes to the question even if it is open. */
  const [, setRoleAsked] = useState(0);
  const [dismissedNotice, setDismissedNotice] = useState<Notice | null>(null);
  /** The date of the summary this sidebar inserted (its reply's today), or null. */
  const [summaryInserted, setSummaryInserted] = useState<IsoDate | null>(null);

  useEffect(() => {
    const opening = openingAction(initialView);
    run(
      initialView === 'insert-summary'
        ? {
            ...opening,
            onSuccess: next => setSummaryInserted(summaryWritten(next)),
          }
        : opening,
    );
  }, [initialView, run]);
  useCheckOnReturn(refresh);
  useFocusAfterCalls(calls.focusPlan, pending === null, tabId(tab));

  const actions = useMemo<Actions>(
    () => ({pending: pending?.key ?? null, run: action => run(action)}),
    [pending, run],
  );
  const {focusPlan} = calls;
  const recorder = useMemo(
    () => ({
      role: state?.role ?? null,
      roles: PROGRAM.roles,
      askRole: () => {
        focusPlan.current = {origin: null, targets: [ROLE_QUESTION_ID]};
        setRoleQuestion('open');
        setRoleAsked(asked => asked + 1);
      },
    }),
    [state, focusPlan],
  );
  const closeRoleQuestion = () => {
    focusPlan.current = {origin: null, targets: [CHANGE_ROLE_ID]};
    setRoleQuestion('closed');
  };
  // Asked up front while nobody has said who they are (once the Doc is set up: Set up comes
  // first), but never blocking: Add evidence asks again in its form, and Not now puts it aside.
  const askingRole =
    state !== null &&
    (roleQuestion === 'open' ||
      (roleQuestion === null && state.role === null && state.documentReady));

  // A dismissed notice stays hidden until a reply brings a new one.
  const latestNotice = state?.notice ?? calls.localNotice;
  const notice =
    latestNotice && latestNotice !== dismissedNotice ? latestNotice : null;

  return (
    <ActionsContext.Provider value={actions}>
      <RecorderContext.Provider value={recorder}>
        <div
          class="app"
          aria-busy={pending ? 'true' : 'false'}
          data-checking={calls.refreshing ? 'true' : undefined}
        >
          <StatusBar
            progress={pending?.progress ?? null}
            notice={notice}
            onDismissNotice={() => {
              setDismissedNotice(notice);
              calls.focusPlan.current = {origin: null, targets: []};
            }}
          />
          <h1 class="sr-only">Lead Mentorship Program</h1>
          {failure && (
            <ErrorBanner
              failure={failure}
              retryDisabled={pending !== null}
              onDismiss={calls.dismissFailure}
            />
          )}
          {state && (
            <>
              {!state.documentReady && <SetupCard state={state} />}
              {askingRole ? (
                <RoleQuestion
                  roles={PROGRAM.roles}
                  current={state.role}
                  onClose={closeRoleQuestion}
                  onChosen={() => setRoleQuestion(null)}
                />
              ) : (
                (state.role !== null || roleQuestion === 'closed') && (
                  <RoleBar state={state} onChange={recorder.askRole} />
                )
              )}
              <ViewTabs current={tab} onSelect={setTab} />
              <div
                role="tabpanel"
                id={`panel-${tab}`}
                aria-labelledby={tabId(tab)}
                class="panel"
              >
                {tab === 'areas' ? (
                  <AreasView
                    state={state}
                    checkedAt={calls.checkedAt}
                    refreshing={calls.refreshing}
                  />
                ) : (
                  <ReadinessView
                    state={state}
                    checkedAt={calls.checkedAt}
                    refreshing={calls.refreshing}
                    summaryInserted={summaryInserted}
                    onSummaryInserted={next =>
                      setSummaryInserted(
                        summaryWritten(next) ?? summaryInserted,
                      )
                    }
                  />
                )}
              </div>
              <p class="help">
                Help and set-up: Extensions › Lead Mentorship Program › Help
              </p>
            </>
          )}
        </div>
      </RecorderContext.Provider>
    </ActionsContext.Provider>
  );
}
