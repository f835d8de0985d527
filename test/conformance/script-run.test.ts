/**
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run and
 * https://developers.google.com/apps-script/guides/html/communication; google.script.host:
 * https://developers.google.com/apps-script/guides/html/reference/host.
 */
import {
  assertTransportable,
  deliveredReply,
  installGoogleScriptRun,
  MAX_CONCURRENT_CALLS,
  type InstallOptions,
  type Transport,
} from '../../dev/emulator/script-run';

type Runner = Record<string, (...args: unknown[]) => Runner>;

interface FakeWindow {
  google?: {
    script: {
      run: Runner;
      host: Record<string, unknown> & {editor: {focus(): void}};
    };
  };
  console: {error: jest.Mock};
}

function install(transport: Transport, options?: InstallOptions) {
  const win: FakeWindow = {console: {error: jest.fn()}};
  const record = installGoogleScriptRun(win, transport, options);
  const google = win.google;
  if (!google) throw new Error('google was not installed');
  return {win, record, run: google.script.run, host: google.script.host};
}

const echo: Transport = async (name, args) => ({name, args});

describe('google.script.run calls', () => {
  it('calls the server function by name and passes its return value to the success handler', async () => {
    const {run, record} = install(echo);
    const success = jest.fn();
    run.withSuccessHandler(success).getSidebarState({today: '2024-03-05'});
    await record.idle();
    expect(success).toHaveBeenCalledWith(
      {name: 'getSidebarState', args: [{today: '2024-03-05'}]},
      undefined,
    );
  });

  it('handlers run asynchronously, after the calling code', async () => {
    const {run, record} = install(async () => 'ok');
    const order: string[] = [];
    run.withSuccessHandler(() => order.push('handler')).f();
    order.push('after call');
    await record.idle();
    expect(order).toEqual(['after call', 'handler']);
  });

  it('withSuccessHandler/withFailureHandler/withUserObject each return a new runner', async () => {
    const {run, record} = install(async () => 1);
    const success = jest.fn();
    const withHandler = run.withSuccessHandler(success);
    expect(withHandler).not.toBe(run);
    run.f();
    await record.idle();
    expect(success).not.toHaveBeenCalled();
    withHandler.withUserObject({button: 'b1'}).f();
    await record.idle();
    expect(success).toHaveBeenCalledWith(1, {button: 'b1'});
  });

  it("the failure handler receives an Error with the server's message, and the user object", async () => {
    const {run, record} = install(async () => {
      throw new Error('Exception: Section not found');
    });
    const failure = jest.fn();
    run.withFailureHandler(failure).withUserObject('ctx').addEvidence({});
    await record.idle();
    const [error, userObject] = failure.mock.calls[0] as [Error, unknown];
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Exception: Section not found');
    expect(userObject).toBe('ctx');
  });

  it('without a failure handler, the failure is logged to the console', async () => {
    const {run, record, win} = install(async () =>
      Promise.reject(new Error('boom')),
    );
    run.f();
    await record.idle();
    expect(win.console.error).toHaveBeenCalled();
    expect(record.unhandledFailures.map(e => e.message)).toEqual(['boom']);
  });

  it("with the server's function names, only those are methods; private ones never are", () => {
    const {run} = install(echo, {
      functionNames: ['getSidebarState', 'helper_'],
    });
    expect(typeof run.getSidebarState).toBe('function');
    expect(run.helper_).toBeUndefined();
    expect(run.nope).toBeUndefined();
  });
});

describe('google.script.run arguments and replies', () => {
  it('a Date argument fails at once: "Failed due to illegal value in property: 0"', () => {
    const {run, record} = install(echo);
    expect(() => run.f(new Date())).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(record.calls).toEqual([]);
  });

  it('a Date nested in an argument fails naming its property', () => {
    const {run} = install(echo);
    expect(() => run.f({entry: {when: new Date()}})).toThrow(
      'Failed due to illegal value in property: when',
    );
  });

  it('functions, class instances, Maps and DOM nodes fail too', () => {
    const {run} = install(echo);
    class Thing {}
    expect(() => run.f(() => 1)).toThrow(TypeError);
    expect(() => run.f({x: new Thing()})).toThrow(
      'Failed due to illegal value in property: x',
    );
    expect(() => run.f([new Map()])).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(() => run.f({node: {nodeType: 1, nodeName: 'DIV'}})).toThrow(
      'property: node',
    );
  });

  it('circular references fail', () => {
    const {run} = install(echo);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => run.f(cycle)).toThrow('Failed due to circular reference.');
  });

  it('the server receives a copy; undefined array items become null', async () => {
    let received: unknown[] = [];
    const {run, record} = install(async (_name, args) => {
      received = args;
      return null;
    });
    const argument = {list: [1, undefined], gone: undefined};
    run.f(argument);
    await record.idle();
    expect(received).toEqual([{list: [1, null]}]);
    expect(received[0]).not.toBe(argument);
  });

  it("a Date in the server's reply makes the success handler receive null", async () => {
    const {run, record} = install(async () => ({
      report: {generated: new Date()},
    }));
    const success = jest.fn();
    run.withSuccessHandler(success).f();
    await record.idle();
    expect(success).toHaveBeenCalledWith(null, undefined);
    expect(deliveredReply({ok: [1, 'a', null, {b: true}]})).toEqual({
      ok: [1, 'a', null, {b: true}],
    });
  });

  it('assertTransportable is the same rule, usable on either side', () => {
    expect(() => assertTransportable({a: [1, {b: 'c'}]})).not.toThrow();
    expect(() => assertTransportable({when: new Date()}, 'reply')).toThrow(
      'property: when',
    );
    try {
      assertTransportable({a: {b: [new Date()]}}, 'reply');
    } catch (error) {
      expect((error as {path: string}).path).toBe('reply.a.b.0');
    }
  });
});

describe('google.script.run concurrency', () => {
  it(`runs at most ${MAX_CONCURRENT_CALLS} calls at once and delays the 11th until a spot is freed`, async () => {
    const releases: Array<() => void> = [];
    const transport: Transport = () =>
      new Promise(resolve => releases.push(() => resolve('done')));
    const {run, record} = install(transport);
    for (let i = 0; i < 11; i += 1) run.f(i);
    expect(record.inFlight()).toBe(10);
    expect(record.queued()).toBe(1);
    expect(record.calls[10].status).toBe('queued');
    releases[0]();
    await new Promise(resolve => setImmediate(resolve));
    expect(record.inFlight()).toBe(10);
    expect(record.queued()).toBe(0);
    expect(record.calls[10].status).toBe('running');
    for (const release of releases.slice(1)) release();
    await record.idle();
    expect(record.calls.every(call => call.status === 'succeeded')).toBe(true);
  });
});

describe('google.script.host', () => {
  it('close(), editor.focus(), setHeight() and setWidth() are recorded and reported', () => {
    const onHostEvent = jest.fn();
    const {host, record} = install(echo, {onHostEvent});
    (host.close as () => void)();
    host.editor.focus();
    (host.setHeight as (h: number) => void)(450);
    (host.setWidth as (w: number) => void)(300);
    expect(record.hostEvents).toEqual([
      {type: 'close'},
      {type: 'focus-editor'},
      {type: 'set-height', height: 450},
      {type: 'set-width', width: 300},
    ]);
    expect(onHostEvent).toHaveBeenCalledWith({type: 'close'});
  });
});
