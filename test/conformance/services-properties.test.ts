/**
 * PropertiesService: https://developers.google.com/apps-script/reference/properties/properties,
 * https://developers.google.com/apps-script/guides/properties and the limits in
 * https://developers.google.com/apps-script/guides/services/quotas (9 KB per value, 500 KB per
 * store).
 */
import {PropertyStores} from '../../dev/emulator/properties';
import {Services} from '../../dev/emulator/services';

function properties(options: ConstructorParameters<typeof Services>[0] = {}) {
  const services = new Services(options);
  return {services, service: services.globals.PropertiesService};
}

describe('Properties', () => {
  it('stores every value as a string ("Data types that are not already strings are … converted")', () => {
    const store = properties().service.getDocumentProperties();
    store.setProperty('count', 3 as never).setProperty('flag', true as never);
    expect(store.getProperty('count')).toBe('3');
    expect(store.getProperties()).toEqual({count: '3', flag: 'true'});
  });

  it('getProperty of a missing key is null', () => {
    expect(
      properties().service.getDocumentProperties().getProperty('nope'),
    ).toBeNull();
  });

  it('setProperties adds, and with deleteAllOthers replaces; getKeys lists the keys', () => {
    const store = properties().service.getScriptProperties();
    store.setProperties({a: '1', b: '2'});
    store.setProperties({c: '3'});
    expect(store.getKeys().sort()).toEqual(['a', 'b', 'c']);
    store.setProperties({d: '4'}, true);
    expect(store.getKeys()).toEqual(['d']);
  });

  it('deleteProperty and deleteAllProperties remove', () => {
    const store = properties().service.getDocumentProperties();
    store.setProperties({a: '1', b: '2'}).deleteProperty('a');
    expect(store.getKeys()).toEqual(['b']);
    store.deleteAllProperties();
    expect(store.getProperties()).toEqual({});
  });

  it('a value over 9 KB fails with "Argument too large: value" and is not stored', () => {
    const store = properties().service.getDocumentProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(store.getProperty('big')).toBeNull();
    expect(() => store.setProperty('ok', 'x'.repeat(9 * 1024))).not.toThrow();
  });

  it('a store over 500 KB fails with the storage quota message', () => {
    const store = properties().service.getUserProperties();
    for (let i = 0; i < 56; i += 1)
      store.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => store.setProperty('one-more', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('document, script and user stores are separate, and user properties are per user', () => {
    const {service, services} = properties({
      userEmail: 'candidate@example.com',
    });
    service.getDocumentProperties().setProperty('k', 'doc');
    service.getUserProperties().setProperty('k', 'candidate');
    services.session.userEmail = 'manager@example.com';
    expect(service.getUserProperties().getProperty('k')).toBeNull();
    expect(service.getScriptProperties().getProperty('k')).toBeNull();
    expect(service.getDocumentProperties().getProperty('k')).toBe('doc');
  });

  it('stores survive toJSON/fromJSON (the preview keeps them in a file)', () => {
    const {service, services} = properties({userEmail: 'a@example.com'});
    service.getDocumentProperties().setProperty('role', 'manager');
    service.getUserProperties().setProperty('seen', 'yes');
    const json = JSON.parse(JSON.stringify(services.properties)) as ReturnType<
      PropertyStores['toJSON']
    >;
    const again = properties({
      properties: json,
      userEmail: 'a@example.com',
    }).service;
    expect(again.getDocumentProperties().getProperty('role')).toBe('manager');
    expect(again.getUserProperties().getProperty('seen')).toBe('yes');
  });

  it('is not available in AuthMode.NONE (reference/script/auth-mode example)', () => {
    expect(() =>
      properties({authMode: 'NONE'}).service.getDocumentProperties(),
    ).toThrow(
      /You do not have permission to call PropertiesService.getDocumentProperties/,
    );
  });
});
