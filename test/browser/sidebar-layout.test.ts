/**
 * The sidebar at its real width (300 px): small actions beside text keep their label on one line,
 * whole, instead of being squeezed by the text next to them ("G / o / to").
 */
import type {Locator} from 'playwright-core';
import {chromiumForThisFile} from './chromium';
import {
  TRAINING,
  browserToday,
  clickMenu,
  documentBody,
  idle,
  paragraphs,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

/** How many lines a button's label takes, as the reader sees it. */
function labelLines(button: Locator): Promise<number> {
  return button.evaluate(element => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    const tops = new Set(
      Array.from(range.getClientRects(), rect => Math.round(rect.top)),
    );
    return tops.size;
  });
}

describe('the sidebar at 300 px', () => {
  it('keeps Go to and Change role on one line beside long text', async () => {
    const session = await readySession(browser(), {role: 'manager'});
    const {sidebar, page} = session;
    try {
      const today = await browserToday(page);
      // A short line under the training, typed by hand: two hints with long text, each a Go to.
      const body = documentBody(session.preview.runtime());
      const at = paragraphs(body).find(p => p.text === TRAINING);
      if (!at) throw new Error('no training heading');
      body
        .insertParagraph(at.index + 2, `${today} · Training`)
        .setHeading('HEADING3');
      body.insertParagraph(at.index + 3, 'Went to a training.');
      await clickMenu(session, 'Readiness check');
      await idle(session);

      const width = await sidebar
        .locator('body')
        .evaluate(element => element.ownerDocument.documentElement.clientWidth);
      expect(width).toBeLessThanOrEqual(300);

      const hints = sidebar.getByRole('region', {
        name: 'Hints on the evidence',
      });
      const goTo = hints.getByRole('button', {name: /^Go to: /});
      await expect(goTo.count()).resolves.toBe(2);
      for (const button of await goTo.all()) {
        await expect(button.textContent()).resolves.toBe('Go to');
        await expect(labelLines(button)).resolves.toBe(1);
      }
      const changeRole = sidebar.getByRole('button', {name: 'Change role'});
      await sidebar.getByText('Recording as Sponsoring manager').waitFor();
      await expect(labelLines(changeRole)).resolves.toBe(1);
    } finally {
      await session.close();
    }
  });
});
