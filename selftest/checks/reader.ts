/**
 * The bulk reader against the per-child reader on a tab someone made by hand in Docs, with what
 * Apps Script cannot insert (a table of contents, a footnote, a section break): the bulk reader
 * either lines these up or notices it cannot and reads child by child; either way the Doc must be
 * understood the same. (src/server/doc-reader.ts; issue 11's alignments.)
 */
import type {DocumentModel} from '../../src/core/document-model';
import {buildOutline} from '../../src/core/outline';
import {PROGRAM} from '../../src/core/program-data';
import {computeReadiness} from '../../src/core/readiness';
import {readBody, readChildByChild} from '../../src/server/doc-reader';
import {NOT_DOCUMENTED, expectEqual, type Check} from '../check';

/** The position among the top-level tabs of the tab made by hand (README, "The live self-test"). */
export const HAND_MADE_TAB = 2;

/** What the core makes of a model: the report a person sees, and the sections it found. */
export function understanding(model: DocumentModel, today: string): string {
  return JSON.stringify({
    report: computeReadiness(model, PROGRAM, today),
    outline: [...buildOutline(model.blocks, PROGRAM).sections.entries()],
  });
}

export const READER_CHECKS: Check[] = [
  {
    name: 'The bulk reader understands the third tab (made by hand: a table of contents, a footnote, a section break, a table, a list, an image) as the per-child reader does',
    source: `${NOT_DOCUMENTED}`,
    run({document}) {
      const tab = document.getTabs()[HAND_MADE_TAB];
      if (!tab)
        throw new Error(
          'This check needs a third tab made by hand (README, "The live self-test").',
        );
      const body = tab.asDocumentTab().getBody();
      if (body.getText().trim() === '')
        throw new Error(
          'The third tab is empty: fill it as README, "The live self-test", says.',
        );
      const today = '2026-01-01';
      expectEqual(
        understanding(readBody(body), today),
        understanding(readChildByChild(body), today),
        'what the core makes of each reader',
      );
    },
  },
];
