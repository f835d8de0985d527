/** Opens an emulated Doc the way a script sees it, for the document-*.test.ts conformance tests. */
import {EmulationContext} from '../../dev/emulator/context';
import {
  createDocumentApp,
  EmulatedDocument,
  type BlockJSON,
} from '../../dev/emulator/document';

/** Google's reference pages the tests cite. */
export const REF =
  'https://developers.google.com/apps-script/reference/document/';
/**
 * gas-fakes runs the same tests against live Apps Script; where the reference is silent (exact
 * messages, joins) we cite the assertions it checks live.
 */
export const GAS_FAKES =
  'https://github.com/brucemcpherson/gas-fakes/blob/main/test/';

export function openDoc(
  source: EmulatedDocument | readonly BlockJSON[] = EmulatedDocument.blank(),
) {
  const state =
    source instanceof EmulatedDocument
      ? source
      : EmulatedDocument.fromBlocks(source);
  const context = new EmulationContext();
  const DocumentApp = createDocumentApp(context, {
    document: state,
    getUi: () => 'the Ui',
  });
  const doc = DocumentApp.getActiveDocument();
  const body = doc.getBody();
  context.calls.reset();
  return {state, context, DocumentApp, doc, body};
}
