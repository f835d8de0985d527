/**
 * The browser side of google.script.run and google.script.host, for pages served by the local
 * preview and for tests with a fake window. Browser code only: no Node imports, so esbuild can
 * bundle it into a <script>.
 *
 * References: https://developers.google.com/apps-script/guides/html/reference/run,
 * https://developers.google.com/apps-script/guides/html/communication and
 * https://developers.google.com/apps-script/guides/html/reference/host.
 */

/** Sends one call to the server; resolves with its return value, rejects with its error. */
export type Transport = (
  functionName: string,
  args: unknown[],
) => Promise<unknown>;

/** "The google.script.run API allows 10 concurrent calls to server functions." */
export const MAX_CONCURRENT_CALLS = 10;

/** A value google.script.run refuses to send; `path` says where it was (e.g. '0.entry.date'). */
export class TransportError extends TypeError {
  readonly path: string;

  constructor(message: string, path: string) {
    super(message);
    this.name = 'TypeError';
    this.path = path;
  }
}

function isPlainRecord(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    prototype === null ||
    (Object.getPrototypeOf(prototype) === null &&
      Object.prototype.toString.call(value) === '[object Object]')
  );
}

function isDomNode(value: object): boolean {
  const node = value as {nodeType?: unknown; nodeName?: unknown};
  return typeof node.nodeType === 'number' && typeof node.nodeName === 'string';
}

/**
 * Checks and copies a value as google.script.run sends it: "Legal parameters are JavaScript
 * primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays that
 * are composed of primitives, objects, and arrays. … Requests fail if you attempt to pass a Date,
 * Function, DOM element besides a form, or other prohibited type, including prohibited types
 * inside objects or arrays. Objects that create circular references will also fail, and undefined
 * fields within arrays become null." The failure reads "Failed due to illegal value in property:
 * <key>", naming the innermost key (an argument's index at the top level).
 */
function transport(
  value: unknown,
  key: string,
  path: string,
  ancestors: object[],
): unknown {
  const illegal = () =>
    new TransportError(`Failed due to illegal value in property: ${key}`, path);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    case 'object':
      break;
    default:
      throw illegal();
  }
  if (value === null) return null;
  if (ancestors.includes(value)) {
    throw new TransportError('Failed due to circular reference.', path);
  }
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) =>
      transport(item, String(i), `${path}.${i}`, inner),
    );
  }
  if (isDomNode(value) || !isPlainRecord(value)) throw illegal();
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    // An undefined field of an object is left out, as JSON leaves it out.
    if (item !== undefined)
      copy[name] = transport(item, name, `${path}.${name}`, inner);
  }
  return copy;
}

/** Throws the error google.script.run would throw for `value`; `path` names the value. */
export function assertTransportable(value: unknown, path = 'value'): void {
  transport(value, path, path, []);
}

/** The copy the other side receives (undefined array items as null, undefined fields left out). */
export function transportCopy(value: unknown, path = 'value'): unknown {
  return transport(value, path, path, []);
}

/**
 * What a success handler receives for a server function's return value. "The return type is
 * subject to the same restrictions as parameter types"; an illegal value (a Date anywhere) does
 * not fail the call: the handler receives null, the behaviour developers report. The preview's
 * server applies the same rule before it serialises a reply.
 */
export function deliveredReply(value: unknown): unknown {
  try {
    return transportCopy(value, 'reply');
  } catch {
    return null;
  }
}

export type HostEvent =
  | {type: 'close'}
  | {type: 'focus-editor'}
  | {type: 'set-height'; height: number}
  | {type: 'set-width'; width: number};

export interface CallRecord {
  functionName: string;
  args: unknown[];
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  result?: unknown;
  error?: string;
}

/** What the page did through google.script, for tests and the preview. */
export interface ScriptRunRecord {
  calls: CallRecord[];
  hostEvents: HostEvent[];
  /** Failures with no failure handler: "the JavaScript console logs the failure". */
  unhandledFailures: Error[];
  inFlight(): number;
  queued(): number;
  /** Resolves when no call is queued or running (handlers included). */
  idle(): Promise<void>;
}

export interface InstallOptions {
  /**
   * The server's callable functions. Given, only they are methods of google.script.run (others
   * are undefined, as in Apps Script); not given, any name is sent and the server decides.
   */
  functionNames?: readonly string[];
  /** Told of google.script.host calls (the preview closes its sidebar on 'close'). */
  onHostEvent?: (event: HostEvent) => void;
}

type Handler = (value: unknown, userObject: unknown) => void;

interface Handlers {
  success?: Handler | null;
  failure?: Handler | null;
  userObject?: unknown;
}

interface Pending {
  record: CallRecord;
  handlers: Handlers;
}

function asError(reason: unknown): Error {
  const message =
    typeof reason === 'object' && reason !== null && 'message' in reason
      ? String((reason as {message: unknown}).message)
      : String(reason);
  return new Error(message);
}

export function installGoogleScriptRun(
  win: object,
  send: Transport,
  options: InstallOptions = {},
): ScriptRunRecord {
  const queue: Pending[] = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];
  const record: ScriptRunRecord = {
    calls: [],
    hostEvents: [],
    unhandledFailures: [],
    inFlight: () => running,
    queued: () => queue.length,
    idle: () =>
      running === 0 && queue.length === 0
        ? Promise.resolve()
        : new Promise<void>(resolve => idleWaiters.push(resolve)),
  };
  const pageConsole = (win as {console?: {error(...args: unknown[]): void}})
    .console;

  function finish(): void {
    running -= 1;
    startNext();
    if (running === 0 && queue.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function startNext(): void {
    // "If you make an 11th call while 10 are still running, the server function will be delayed
    // until one of the 10 spots is freed."
    while (running < MAX_CONCURRENT_CALLS && queue.length > 0) {
      const pending = queue.shift();
      if (pending) start(pending);
    }
  }

  function start({record: call, handlers}: Pending): void {
    running += 1;
    call.status = 'running';
    let sent: Promise<unknown>;
    try {
      sent = send(call.functionName, call.args);
    } catch (error) {
      sent = Promise.reject(error);
    }
    sent
      .then(
        value => {
          const reply = deliveredReply(value);
          call.status = 'succeeded';
          call.result = reply;
          handlers.success?.(reply, handlers.userObject);
        },
        (reason: unknown) => {
          const error = asError(reason);
          call.status = 'failed';
          call.error = error.message;
          if (handlers.failure) {
            handlers.failure(error, handlers.userObject);
          } else {
            record.unhandledFailures.push(error);
            pageConsole?.error(error);
          }
        },
      )
      .finally(finish);
  }

  function callServer(
    functionName: string,
    handlers: Handlers,
    args: unknown[],
  ): void {
    // Illegal arguments fail here, synchronously, before anything is sent.
    const copies = args.map((arg, i) => transportCopy(arg, String(i)));
    const call: CallRecord = {functionName, args: copies, status: 'queued'};
    record.calls.push(call);
    queue.push({record: call, handlers});
    startNext();
  }

  /** Each with…Handler/withUserObject returns a new runner; the one it was called on is unchanged. */
  function runner(handlers: Handlers): object {
    const base = {
      withSuccessHandler: (handler: Handler | null) =>
        runner({...handlers, success: handler}),
      withFailureHandler: (handler: Handler | null) =>
        runner({...handlers, failure: handler}),
      withUserObject: (userObject: unknown) =>
        runner({...handlers, userObject}),
    };
    const serverFunction =
      (name: string) =>
      (...args: unknown[]): void =>
        callServer(name, handlers, args);
    const callable = (name: string) => !name.endsWith('_');
    if (options.functionNames) {
      const methods: Record<string, unknown> = {};
      for (const name of options.functionNames.filter(callable)) {
        methods[name] = serverFunction(name);
      }
      return Object.assign(methods, base);
    }
    return new Proxy(base, {
      get(target, property, receiver) {
        if (
          typeof property === 'symbol' ||
          property in target ||
          property === 'then'
        ) {
          return Reflect.get(target, property, receiver);
        }
        return callable(property) ? serverFunction(property) : undefined;
      },
    });
  }

  function hostEvent(event: HostEvent): void {
    record.hostEvents.push(event);
    options.onHostEvent?.(event);
  }

  const host = {
    close: () => hostEvent({type: 'close'}),
    setHeight: (height: number) => hostEvent({type: 'set-height', height}),
    setWidth: (width: number) => hostEvent({type: 'set-width', width}),
    editor: {focus: () => hostEvent({type: 'focus-editor'})},
  };

  const existing: unknown = Reflect.get(win, 'google');
  const google =
    typeof existing === 'object' && existing !== null ? existing : {};
  Reflect.set(google, 'script', {run: runner({}), host});
  Reflect.set(win, 'google', google);
  return record;
}
