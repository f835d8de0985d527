/**
 * The Help dialog (Extensions › Lead Mentorship Program › Help), as a person reads it: every step
 * of the program the add-on serves, from set up to the leadership group's decision, named as the
 * sidebar names its controls, with the program's role names.
 * https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {PROGRAM} from '../../src/core/program-data';
import * as main from '../../src/server/main';
import {helpHtml} from '../../src/server/ui';
import {execute, runtimeFor} from './fixture';

/** The dialog's words, as a reader sees them (tags dropped, entities read). */
function wordsOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the Help dialog', () => {
  it('opens from the menu and covers every step, from set up to the decision', () => {
    const runtime = runtimeFor(EmulatedDocument.blank());
    execute(runtime, () => main.showHelp());
    const [dialog] = runtime.ui.dialogs;
    expect(dialog).toMatchObject({
      title: 'Lead Mentorship Program — Help',
      modal: true,
    });
    const words = wordsOf(dialog.html);
    for (const step of [
      'Set up document',
      // Who you are: the roles, chosen in the sidebar.
      'asks whether you are the candidate or the sponsoring manager; Change role switches',
      'Add evidence',
      // Confirming entries.
      'Confirm (the sponsoring manager',
      'Each area needs a confirmed entry',
      // Agreeing the evidence is complete, the recommendation, the review date and the decision.
      'I believe the evidence is complete',
      'writes the recommendation in the review section',
      'records the review date',
      'accepted, or further targeted actions',
      'An action is done once evidence is added for it or the sponsoring manager marks it done',
      // The timeline and the hints.
      'Over time charts the evidence per month and the one-on-one rhythm',
      'Hints on the evidence',
      'Insert readiness summary',
    ])
      expect(words).toContain(step);
  });

  it('names the roles as the program does, as text', () => {
    const program = {
      ...PROGRAM,
      roleNames: {candidate: 'Mentee', manager: 'Lead <HR> partner'},
    };
    const words = wordsOf(helpHtml(program));
    expect(words).toContain(
      'asks whether you are the mentee or the lead <HR> partner',
    );
    expect(helpHtml(program)).not.toContain('<HR>');
  });
});
