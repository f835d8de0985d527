/**
 * Each action replies with the whole new sidebar state, computed from the model it planned on
 * rather than by reading the Doc again: the reply equals a fresh getSidebarState, and the Body is
 * read once per action (service calls are the real cost in Apps Script).
 */
import * as api from '../../src/server/api';
import {
  TODAY,
  addEvidence,
  execute,
  indexOfLine,
  setUp,
  setUpRuntime,
  state,
  typeOverPrompt,
  withoutNotice,
} from './fixture';
import type {Runtime} from '../../dev/emulator/runtime';

/** A set-up Doc with some real evidence, a draft, and a log entry. */
function busyRuntime(): Runtime {
  const runtime = setUpRuntime('candidate');
  addEvidence(runtime, {
    sectionId: 'one-on-ones',
    criterionId: 'building-trust',
    kindId: 'feedback',
    today: '2026-10-02',
  });
  typeOverPrompt(
    runtime,
    'Observe',
    'Kim spoke up about the rota.',
    indexOfLine(runtime.document, 'H3 2026-10-02 · Building trust'),
  );
  addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'training'});
  addEvidence(runtime, {
    sectionId: 'one-on-one-log',
    kindId: 'one-on-one-log',
    today: '2026-11-03',
  });
  typeOverPrompt(
    runtime,
    'Topics',
    'Hiring plan.',
    indexOfLine(runtime.document, 'H3 2026-11-03 · One-on-one'),
  );
  return runtime;
}

describe('The reply of each action is the state a fresh read gives', () => {
  it('setUpDocument', () => {
    const runtime = busyRuntime();
    const reply = setUp(runtime);
    expect(withoutNotice(reply)).toEqual(state(runtime));
  });

  it('addEvidence (an entry in the middle of the Doc)', () => {
    const runtime = busyRuntime();
    const reply = addEvidence(runtime, {
      sectionId: 'performance-review',
      criterionId: 'review-conversations',
      kindId: 'feedback',
    });
    expect(withoutNotice(reply)).toEqual(state(runtime));
  });

  it('addEvidence that restores a missing section', () => {
    const runtime = busyRuntime();
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      const heading = indexOfLine(
        runtime.document,
        "H1 Own the Team's Development Process",
      );
      body.removeChild(body.getChild(heading + 1));
      body.removeChild(body.getChild(heading));
    });
    const reply = addEvidence(runtime, {
      sectionId: 'development-process',
      criterionId: 'daily-stand-up',
      kindId: 'general',
    });
    expect(withoutNotice(reply)).toEqual(state(runtime));
    expect(reply.documentReady).toBe(true);
  });

  it('insertReadinessSummary', () => {
    const runtime = busyRuntime();
    const reply = execute(runtime, () =>
      api.insertReadinessSummary({today: TODAY}),
    );
    expect(withoutNotice(reply)).toEqual(state(runtime));
  });

  it('setRole and jumpTo', () => {
    const runtime = busyRuntime();
    const role = execute(runtime, () =>
      api.setRole({today: TODAY, role: 'manager'}),
    );
    expect(withoutNotice(role)).toEqual(state(runtime));
    expect(role.role).toBe('manager');
    const jump = execute(runtime, () =>
      api.jumpTo({today: TODAY, target: {sectionId: 'leadership-training'}}),
    );
    expect(jump).toEqual(state(runtime));
  });
});

describe('Service calls: each action reads the Body once, in bulk', () => {
  it('addEvidence reads the Body in bulk, then writes the entry and places the cursor', () => {
    const runtime = busyRuntime();
    runtime.calls.reset();

    addEvidence(runtime, {sectionId: 'leadership-skills', kindId: 'general'});

    // One bulk read; no block is read again: the cursor goes on the line just written.
    expect(runtime.calls.count('Body.getParagraphs')).toBe(1);
    expect(runtime.calls.count('Body.getChild')).toBe(0);
    expect(runtime.calls.count('Body.getNumChildren')).toBe(1);
    // The cursor is placed under the lock, then the written Doc is saved and closed.
    expect(runtime.calls.count('DocumentApp.getActiveDocument')).toBe(1);
    expect(runtime.calls.count('Document.saveAndClose')).toBe(1);
    expect(runtime.calls.count('Body.getImages')).toBe(1);
    expect(runtime.calls.count('LockService.getDocumentLock')).toBe(1);
    expect(runtime.calls.count('Document.setCursor')).toBe(1);
  });

  it('getSidebarState, setUpDocument and insertReadinessSummary read the Body once, never child by child', () => {
    const runtime = busyRuntime();
    for (const action of [
      () => state(runtime),
      () => setUp(runtime),
      () => execute(runtime, () => api.insertReadinessSummary({today: TODAY})),
    ]) {
      runtime.calls.reset();
      action();
      expect(runtime.calls.count('Body.getParagraphs')).toBe(1);
      expect(runtime.calls.count('Body.getChild')).toBe(0);
    }
  });

  it('jumpTo reads the Body once, then touches only its target', () => {
    const runtime = busyRuntime();
    runtime.calls.reset();
    execute(runtime, () =>
      api.jumpTo({today: TODAY, target: {sectionId: 'one-on-ones'}}),
    );
    expect(runtime.calls.count('Body.getParagraphs')).toBe(1);
    expect(runtime.calls.count('Body.getChild')).toBe(1);
  });

  it('one heading read per top-level paragraph, none for table cells', () => {
    const runtime = busyRuntime();
    const paragraphs = runtime.document
      .toJSON()
      .body.filter(block => block.type !== 'table').length;
    runtime.calls.reset();
    state(runtime);
    expect(
      runtime.calls.count('Paragraph.getHeading') +
        runtime.calls.count('ListItem.getHeading'),
    ).toBe(paragraphs);
  });
});
