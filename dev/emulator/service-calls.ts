/**
 * Counts every call the code under test makes into the emulated Apps Script services (the real
 * cost inside Apps Script), and makes a member that is not emulated fail loudly with its name.
 *
 * Only calls made from outside the emulation count: a service method that calls other emulated
 * methods internally is still one call, as it is one call for the script in Apps Script.
 */

export class ServiceCallCounter {
  private depth = 0;
  private readonly byMember = new Map<string, number>();
  total = 0;

  /** Runs `body` as the service call `member` (e.g. 'Body.getChild'). */
  track<T>(member: string, body: () => T): T {
    if (this.depth === 0) {
      this.total += 1;
      this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
    }
    this.depth += 1;
    try {
      return body();
    } finally {
      this.depth -= 1;
    }
  }

  /** Calls per member, most called first. */
  breakdown(): Array<[string, number]> {
    return [...this.byMember.entries()].sort((a, b) => b[1] - a[1]);
  }

  count(member: string): number {
    return this.byMember.get(member) ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.byMember.clear();
  }
}

/** Properties that tooling (jest, util.inspect, Promise resolution) probes on any object. */
const TOOLING_PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'toString',
  'valueOf',
]);

export class NotEmulatedError extends Error {
  constructor(typeName: string, member: string) {
    super(`Apps Script emulation: ${typeName}.${member} is not emulated`);
    this.name = 'NotEmulatedError';
  }
}

/** Each emulated object's proxy, by the object it wraps: a method that returns its own object (or
 * another emulated one it keeps a plain reference to) hands the caller the proxy, still counted. */
const proxyOf = new WeakMap<object, object>();
const typeNames = new WeakMap<object, string>();
const targetOf = new WeakMap<object, object>();

/**
 * The object behind an emulated object's proxy (or the value itself): a method that receives
 * another emulated object as an argument needs it to reach that object's #private fields.
 */
export function unwrapEmulated<T>(value: T): T {
  return typeof value === 'object' && value !== null
    ? ((targetOf.get(value) as T) ?? value)
    : value;
}

/** The Apps Script type name of an emulated object ('HtmlOutput', 'Body' …), or undefined. */
export function emulatedTypeName(value: object): string | undefined {
  return typeNames.get(value);
}

function exposed(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(exposed);
  }
  if (typeof value === 'object' && value !== null) {
    return proxyOf.get(value) ?? value;
  }
  return value;
}

/**
 * Wraps an emulated object so that each method call is counted as `${typeName}.${method}` and
 * reading a member that does not exist throws NotEmulatedError. Call it in the constructor of each
 * emulated class (`return emulate(this, 'Body', counter)`); keep internal helpers in private
 * fields (prefixed with #) or module functions so they are not API.
 *
 * Methods run on the wrapped object itself, not on the proxy, so that `#private` fields work (a
 * Proxy does not carry them); whatever they return that is an emulated object comes back as its
 * proxy.
 */
export function emulate<T extends object>(
  target: T,
  typeName: string,
  counter: ServiceCallCounter,
  /** Runs before each method call: e.g. a closed Document refuses every call, as Apps Script does. */
  beforeCall?: () => void,
): T {
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || TOOLING_PROBES.has(property)) {
        return Reflect.get(object, property, receiver);
      }
      if (!(property in object)) {
        throw new NotEmulatedError(typeName, property);
      }
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || property.startsWith('_')) {
        return value;
      }
      const method = value as (...args: unknown[]) => unknown;
      return function (...args: unknown[]) {
        return counter.track(`${typeName}.${property}`, () => {
          beforeCall?.();
          return exposed(method.apply(object, args));
        });
      };
    },
  });
  proxyOf.set(target, proxy);
  targetOf.set(proxy, target);
  typeNames.set(proxy, typeName);
  typeNames.set(target, typeName);
  return proxy;
}
