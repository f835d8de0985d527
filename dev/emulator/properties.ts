/**
 * PropertiesService and Properties.
 * References: https://developers.google.com/apps-script/reference/properties/properties,
 * https://developers.google.com/apps-script/guides/properties ("The Properties service stores all
 * data as strings in key-value pairs. Data types that are not already strings are automatically
 * converted to strings") and the limits in https://developers.google.com/apps-script/guides/services/quotas
 * ("Properties value size: 9 KB / val", "Properties total storage: 500 KB / property store").
 */
import {checkSignature, isString, type ParameterCheck} from './arguments';
import type {EmulationContext} from './context';
import {emulate} from './service-calls';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

type StoreData = Record<string, string>;

/** Every property store, persistable: the preview keeps it in a file across restarts. */
export interface PropertyStoresJSON {
  document: StoreData;
  script: StoreData;
  /** User properties belong to each user: keyed by the user's email. */
  user: Record<string, StoreData>;
}

export class PropertyStores {
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  readonly #users = new Map<string, Map<string, string>>();

  static fromJSON(json: PropertyStoresJSON): PropertyStores {
    const stores = new PropertyStores();
    for (const [key, value] of Object.entries(json.document))
      stores.document.set(key, value);
    for (const [key, value] of Object.entries(json.script))
      stores.script.set(key, value);
    for (const [email, data] of Object.entries(json.user)) {
      stores.#users.set(email, new Map(Object.entries(data)));
    }
    return stores;
  }

  user(email: string): Map<string, string> {
    let store = this.#users.get(email);
    if (!store) {
      store = new Map();
      this.#users.set(email, store);
    }
    return store;
  }

  toJSON(): PropertyStoresJSON {
    const user: Record<string, StoreData> = {};
    for (const [email, store] of this.#users)
      user[email] = Object.fromEntries(store);
    return {
      document: Object.fromEntries(this.document),
      script: Object.fromEntries(this.script),
      user,
    };
  }
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Keys count against the store's total as well as values. */
function storeBytes(store: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

const isObject: ParameterCheck = value =>
  typeof value === 'object' && value !== null;
const isBoolean: ParameterCheck = value => typeof value === 'boolean';

export class Properties {
  readonly #context: EmulationContext;
  readonly #store: Map<string, string>;

  constructor(context: EmulationContext, store: Map<string, string>) {
    this.#context = context;
    this.#store = store;
    return emulate(this, 'Properties', context.calls);
  }

  getProperty(key: string): string | null {
    checkSignature(this.#context, 'Properties.getProperty', [key], [isString]);
    return this.#store.get(key) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#store);
  }

  getKeys(): string[] {
    return [...this.#store.keys()];
  }

  setProperty(key: string, value: unknown): Properties {
    checkSignature(this.#context, 'Properties.setProperty', [key], [isString]);
    this.#write([[key, String(value)]], false);
    return this;
  }

  /** setProperties(properties) | setProperties(properties, deleteAllOthers) */
  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers?: boolean,
  ): Properties {
    checkSignature(
      this.#context,
      'Properties.setProperties',
      [properties, deleteAllOthers],
      [isObject],
      [isObject, isBoolean],
    );
    const entries = Object.entries(properties).map(
      ([key, value]): [string, string] => [key, String(value)],
    );
    this.#write(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: string): Properties {
    checkSignature(
      this.#context,
      'Properties.deleteProperty',
      [key],
      [isString],
    );
    this.#store.delete(key);
    return this;
  }

  deleteAllProperties(): Properties {
    this.#store.clear();
    return this;
  }

  /** Writes all or nothing: a write over the limits leaves the store as it was. */
  #write(entries: Array<[string, string]>, deleteAllOthers: boolean): void {
    for (const [, value] of entries) {
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) {
        throw this.#context.exception('Argument too large: value');
      }
    }
    const next = new Map(deleteAllOthers ? [] : this.#store);
    for (const [key, value] of entries) next.set(key, value);
    if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) {
      throw this.#context.exception(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.#store.clear();
    for (const [key, value] of next) this.#store.set(key, value);
  }
}

export class PropertiesService {
  readonly #context: EmulationContext;
  readonly #stores: PropertyStores;
  readonly #userEmail: () => string;

  constructor(
    context: EmulationContext,
    stores: PropertyStores,
    userEmail: () => string,
  ) {
    this.#context = context;
    this.#stores = stores;
    this.#userEmail = userEmail;
    return emulate(this, 'PropertiesService', context.calls);
  }

  /** Not in AuthMode.NONE: the AuthMode reference's onOpen example reads properties only outside it. */
  getDocumentProperties(): Properties {
    this.#context.requireAuthorization(
      'PropertiesService.getDocumentProperties',
    );
    return new Properties(this.#context, this.#stores.document);
  }

  getScriptProperties(): Properties {
    this.#context.requireAuthorization('PropertiesService.getScriptProperties');
    return new Properties(this.#context, this.#stores.script);
  }

  getUserProperties(): Properties {
    this.#context.requireAuthorization('PropertiesService.getUserProperties');
    return new Properties(this.#context, this.#stores.user(this.#userEmail()));
  }
}
