/**
 * Hints on the evidence in the Readiness view: a short entry and one only self-reported are noted
 * gently (the verdict does not change), and Go to puts the cursor on the entry in the Doc.
 */
import {chromiumForThisFile} from './chromium';
import {
  TRAINING,
  browserToday,
  clickMenu,
  documentBody,
  paragraphs,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

describe('hints on the evidence', () => {
  it('notes a very short, self-reported entry and goes to it in the Doc', async () => {
    const session = await readySession(browser());
    const {sidebar, page} = session;
    try {
      const today = await browserToday(page);
      const heading = `${today} · Training`;
      // The candidate writes one short line under the training, by hand.
      const body = documentBody(session.preview.runtime());
      const at = paragraphs(body).find(p => p.text === TRAINING);
      if (!at) throw new Error('no training heading');
      body.insertParagraph(at.index + 2, heading).setHeading('HEADING3');
      body.insertParagraph(at.index + 3, 'Went to a training.');

      await clickMenu(session, 'Readiness check');
      const hints = sidebar.getByRole('region', {
        name: 'Hints on the evidence',
      });
      await hints.waitFor();
      const texts = await hints.locator('.hint-text').allTextContents();
      expect(texts).toEqual([
        'Leadership training: its evidence is self-reported; none is confirmed by the sponsoring manager yet',
        'Leadership training: its only entry is very short; say what happened, what you did and what changed',
      ]);
      // Gentle: the area still counts as evidenced.
      await expect(
        sidebar
          .getByRole('region', {name: 'Readiness check'})
          .getByRole('listitem')
          .allTextContents(),
      ).resolves.not.toContain('Leadership training: no evidence yet');

      await hints
        .getByRole('button', {
          name: /^Go to: Leadership training: its only entry/,
        })
        .click();
      await page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      const caretLine = await page
        .locator('#page .caret')
        .evaluate(
          caret =>
            caret.closest('p, h1, h2, h3, h4, h5, h6, li')?.textContent ?? '',
        );
      expect(caretLine).toContain(heading);
    } finally {
      await session.close();
    }
  });
});
