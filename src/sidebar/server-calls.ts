/**
 * The sidebar's calls to the server, as hooks: one call at a time (the ref guards against a second
 * one, since a double click lands before a re-render), each reply replacing the whole state; where
 * keyboard focus goes once a call has settled; and the quiet check when the person comes back.
 */
import type {RefObject} from 'preact';
import {useCallback, useEffect, useRef, useState} from 'preact/hooks';
import type {Notice, SidebarState} from '../contract';
import type {Action} from './actions';
import {refreshState} from './actions';
import type {Failure} from './error-banner';
import {RETRY_ID} from './error-banner';
import {describeError, focusDocument} from './rpc';

/**
 * Where focus goes once a call has settled: the first of `targets` (ids, in order of preference)
 * in the page, else back to `origin`; without targets, only if the page lost focus meanwhile.
 */
export interface FocusPlan {
  origin: Element | null;
  targets: readonly string[];
}

const UNEXPECTED_REPLY =
  'The add-on sent back an unexpected reply. Reload the sidebar and try again.';

/** Cheap shape check: a reply that is not a state (e.g. a server out of step) must not blank the page. */
function isSidebarState(value: unknown): value is SidebarState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'report' in value &&
    'documentReady' in value
  );
}

export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

export interface ServerCalls {
  state: SidebarState | null;
  /** When the last reply came (each reply is a fresh check of the Doc), by the browser's clock. */
  checkedAt: number;
  /** The sidebar's own word on the last action, when its reply carried no notice (Check again). */
  localNotice: Notice | null;
  /** The action under way (not the quiet check), or null. */
  pending: Action | null;
  /** True while the quiet check on the person's return runs. */
  refreshing: boolean;
  failure: Failure | null;
  /** `from`: the control to return focus to (on retry, the one that started the first attempt). */
  run: (action: Action, from?: Element | null) => void;
  /** Reads the Doc again without disturbing the person, unless a call is under way. */
  refresh: () => void;
  dismissFailure: () => void;
  /** Where focus goes once the call under way settles. */
  focusPlan: RefObject<FocusPlan | null>;
}

export function useServerCalls(): ServerCalls {
  const [state, setState] = useState<SidebarState | null>(null);
  const [checkedAt, setCheckedAt] = useState(0);
  const [localNotice, setLocalNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const busy = useRef(false);
  const latest = useRef<SidebarState | null>(null);
  const focusPlan = useRef<FocusPlan | null>(null);
  /** An action the person started while the quiet check ran: it runs as soon as the check is done. */
  const queued = useRef<(() => void) | null>(null);

  const accept = useCallback((next: SidebarState) => {
    latest.current = next;
    setState(next);
    setCheckedAt(Date.now());
  }, []);

  const settle = useCallback(() => {
    busy.current = false;
    const next = queued.current;
    queued.current = null;
    next?.();
  }, []);

  const run = useCallback(
    (action: Action, from?: Element | null) => {
      // Focus is looked after only when it was in the sidebar (not on open, not after the Doc took it).
      const origin =
        from !== undefined ? from : focusLost() ? null : document.activeElement;
      if (busy.current) {
        // Only the quiet check can be under way while buttons are enabled: the click waits for it.
        queued.current = () => run(action, origin);
        return;
      }
      busy.current = true;
      focusPlan.current = null;
      setPending(action);
      setFailure(null);
      let followUp: Action | null = null;
      action
        .call()
        .then(next => {
          if (!isSidebarState(next)) throw new Error(UNEXPECTED_REPLY);
          setLocalNotice(
            next.notice
              ? null
              : (action.notice?.(latest.current, next) ?? null),
          );
          accept(next);
          action.onSuccess?.(next);
          followUp = action.followUp?.(next) ?? null;
          if (action.focusDocument) focusDocument();
          else if (origin || action.focusAfter)
            focusPlan.current = {origin, targets: action.focusAfter ?? []};
        })
        .catch((error: unknown) => {
          setFailure({
            error: describeError(error),
            retry: () => run(action, origin),
            origin,
          });
          if (origin) focusPlan.current = {origin, targets: [RETRY_ID]};
        })
        .finally(() => {
          setPending(null);
          const next = followUp;
          if (next) queued.current = () => run(next, null);
          settle();
        });
    },
    [accept, settle],
  );

  const refresh = useCallback(() => {
    if (busy.current || latest.current === null) return;
    busy.current = true;
    setRefreshing(true);
    refreshState()
      .call()
      .then(next => {
        // A failed quiet check changes nothing: the time shown says how old the state is.
        if (isSidebarState(next)) accept(next);
      })
      .catch(() => {})
      .finally(() => {
        setRefreshing(false);
        settle();
      });
  }, [accept, settle]);

  const dismissFailure = useCallback(() => {
    focusPlan.current = {origin: failure?.origin ?? null, targets: []};
    setFailure(null);
  }, [failure]);

  return {
    state,
    checkedAt,
    localNotice,
    pending,
    refreshing,
    failure,
    run,
    refresh,
    dismissFailure,
    focusPlan,
  };
}

/**
 * Checks the Doc again when the person comes back to the sidebar (its window gets focus again, or
 * the sidebar is shown again) after being away: they may have edited the Doc meanwhile. Coming
 * back by clicking a button that calls the server needs no check of its own (that call's reply is
 * one), so a check that starts with a click waits until the click has run.
 */
export function useCheckOnReturn(refresh: () => void): void {
  useEffect(() => {
    let away = false;
    let pointerDown = false;
    let wanted = false;
    const returned = () => {
      if (!away) return;
      away = false;
      if (pointerDown) wanted = true;
      else refresh();
    };
    const left = () => {
      away = true;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') left();
      else returned();
    };
    const onPointerDown = () => {
      pointerDown = true;
    };
    const onPointerUp = () => {
      pointerDown = false;
      if (!wanted) return;
      wanted = false;
      // After the click this pointer makes has run: refresh() skips itself if it started a call.
      setTimeout(refresh, 0);
    };
    window.addEventListener('focus', returned);
    window.addEventListener('blur', left);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointerup', onPointerUp, true);
    window.addEventListener('pointercancel', onPointerUp, true);
    return () => {
      window.removeEventListener('focus', returned);
      window.removeEventListener('blur', left);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('pointercancel', onPointerUp, true);
    };
  }, [refresh]);
}

/**
 * Once no call is under way, puts focus where the last call's plan says (only when the page lost
 * it meanwhile, or the plan names a target), else on the fallback. Runs after every render: the
 * plan is read once and cleared.
 */
export function useFocusAfterCalls(
  focusPlan: RefObject<FocusPlan | null>,
  idle: boolean,
  fallbackId: string,
): void {
  useEffect(() => {
    const plan = focusPlan.current;
    if (!idle || !plan) return;
    focusPlan.current = null;
    if (!focusLost() && plan.targets.length === 0) return;
    const candidates = [
      ...plan.targets.map(id => document.getElementById(id)),
      plan.origin,
      document.getElementById(fallbackId),
    ];
    candidates.find(focusable)?.focus();
  });
}

function focusable(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !(element instanceof HTMLButtonElement && element.disabled) &&
    element.getClientRects().length > 0
  );
}
