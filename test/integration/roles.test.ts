/**
 * The role is each user's own choice, per Doc, kept in their user properties: it survives a new
 * execution, and another user (or another Doc) does not see it.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {PropertyStores} from '../../dev/emulator/properties';
import * as api from '../../src/server/api';
import {
  TODAY,
  addEvidence,
  chooseRole,
  execute,
  indexOfLine,
  lines,
  runtimeFor,
  setUp,
  state,
} from './fixture';

describe('setRole', () => {
  it('persists for the user: a later execution (a new sidebar) knows it', () => {
    const document = EmulatedDocument.blank();
    const properties = new PropertyStores();
    const first = runtimeFor(document, {
      properties,
      userEmail: 'sam@example.com',
    });
    expect(state(first).role).toBeNull();

    const reply = chooseRole(first, 'manager');
    expect(reply.role).toBe('manager');
    expect(reply.notice).toEqual({
      tone: 'info',
      text: 'You are recorded as the sponsoring manager.',
    });

    const later = runtimeFor(document, {
      properties,
      userEmail: 'sam@example.com',
    });
    expect(state(later).role).toBe('manager');
  });

  it('another user on the same Doc, sharing the property stores, has no role', () => {
    const document = EmulatedDocument.blank();
    const properties = new PropertyStores();
    const manager = runtimeFor(document, {
      properties,
      userEmail: 'sam@example.com',
    });
    const candidate = runtimeFor(document, {
      properties,
      userEmail: 'alex@example.com',
    });
    chooseRole(manager, 'manager');

    expect(state(candidate).role).toBeNull();
    chooseRole(candidate, 'candidate');
    expect(state(candidate).role).toBe('candidate');
    expect(state(manager).role).toBe('manager');
  });

  it('is per Doc: the same user in another Doc has no role there', () => {
    const properties = new PropertyStores();
    const one = runtimeFor(EmulatedDocument.blank('Alex', 'doc-alex'), {
      properties,
    });
    const other = runtimeFor(EmulatedDocument.blank('Kim', 'doc-kim'), {
      properties,
    });
    chooseRole(one, 'manager');
    expect(state(other).role).toBeNull();
  });

  it('can be changed, and later entries say the new role', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    chooseRole(runtime, 'candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
      today: '2026-11-20',
    });
    chooseRole(runtime, 'manager');
    addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'general'});
    const first = indexOfLine(document, 'H3 2026-11-20 · Training');
    const second = indexOfLine(document, `H3 ${TODAY} · General`);
    expect(lines(document)[first + 1]).toBe(
      'Recorded by: Candidate · Training',
    );
    expect(lines(document)[second + 1]).toBe(
      'Recorded by: Sponsoring manager · General',
    );
  });

  it('does not touch the Doc', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    const before = JSON.stringify(document.toJSON());
    execute(runtime, () => api.setRole({today: TODAY, role: 'candidate'}));
    expect(JSON.stringify(document.toJSON())).toBe(before);
  });

  it('works when Apps Script does not reveal the email (consumer accounts)', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document, {userEmail: ''});
    chooseRole(runtime, 'candidate');
    expect(state(runtime).role).toBe('candidate');
  });
});

describe('the role chosen in the Add evidence form', () => {
  it('records the entry as that role and remembers it for the next entries', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    expect(state(runtime).role).toBeNull();
    const reply = execute(runtime, () =>
      api.addEvidence({
        today: '2026-11-20',
        sectionId: 'leadership-training',
        criterionId: null,
        kindId: 'training',
        role: 'manager',
      }),
    );
    expect(reply.role).toBe('manager');
    addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'general'});
    const first = indexOfLine(document, 'H3 2026-11-20 · Training');
    const second = indexOfLine(document, `H3 ${TODAY} · General`);
    expect(lines(document)[first + 1]).toBe(
      'Recorded by: Sponsoring manager · Training',
    );
    expect(lines(document)[second + 1]).toBe(
      'Recorded by: Sponsoring manager · General',
    );
    expect(state(runtime).role).toBe('manager');
  });

  it('without a role chosen before or in the form, names the program roles and leaves the Doc as it was', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    const before = JSON.stringify(document.toJSON());
    expect(() =>
      addEvidence(runtime, {
        sectionId: 'leadership-training',
        kindId: 'general',
      }),
    ).toThrow(
      'Choose whether you are the candidate or the sponsoring manager first',
    );
    expect(JSON.stringify(document.toJSON())).toBe(before);
  });

  it('refuses a role the program does not have', () => {
    const runtime = runtimeFor(EmulatedDocument.blank());
    setUp(runtime);
    expect(() =>
      execute(runtime, () =>
        api.addEvidence({
          today: TODAY,
          sectionId: 'leadership-training',
          criterionId: null,
          kindId: 'general',
          role: 'director' as 'manager',
        }),
      ),
    ).toThrow('"role" must be one of: candidate, manager.');
    expect(state(runtime).role).toBeNull();
  });
});
