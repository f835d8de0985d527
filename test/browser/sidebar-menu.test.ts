/**
 * The menu items that do what they say as the sidebar opens, in one call each, and show what they
 * did: Set up document (runs Set up) and Insert readiness summary (inserts it, then shows the
 * Readiness tab).
 */
import {chromiumForThisFile} from './chromium';
import {
  AREA_TITLES,
  browserToday,
  clickMenu,
  documentBody,
  openSession,
  paragraphs,
} from './sidebar-harness';

const browser = chromiumForThisFile();

describe('menu items that open the sidebar on a view', () => {
  it('Set up document sets the Doc up as the sidebar opens, in one call, shows what it did, and is harmless to repeat', async () => {
    const session = await openSession(browser());
    const {sidebar, runs} = session;
    const names = () => runs.map(run => run.functionName);
    try {
      await clickMenu(session, 'Set up document');
      await expect(sidebar.getByRole('status').textContent()).resolves.toBe(
        'Set up added the missing parts. Nothing you wrote was changed.',
      );
      expect(names()).toEqual(['setUpDocument']);
      // The request carried the browser's date, like every other.
      expect(runs[0]?.args).toEqual([
        {today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)},
      ]);
      await sidebar.getByRole('tab', {name: 'Areas', selected: true}).waitFor();
      await expect(
        sidebar.getByRole('region', {name: 'Set up this document'}).count(),
      ).resolves.toBe(0);
      await session.documentPane
        .getByRole('heading', {name: AREA_TITLES[0], level: 1})
        .waitFor();
      const body = documentBody(session.preview.runtime());
      const written = paragraphs(body).length;

      // Choosing it again changes nothing, and says so.
      await clickMenu(session, 'Set up document');
      await expect(sidebar.getByRole('status').textContent()).resolves.toBe(
        'The document already has every section. Nothing was changed.',
      );
      expect(names()).toEqual(['setUpDocument', 'setUpDocument']);
      expect(paragraphs(body)).toHaveLength(written);
    } finally {
      await session.close();
    }
  });

  it('Insert readiness summary inserts the summary as the sidebar opens, in one call, and shows the result', async () => {
    const session = await openSession(browser());
    const {sidebar, runs, documentPane} = session;
    const names = () => runs.map(run => run.functionName);
    try {
      // On a Doc not set up, it writes nothing and says what to do first.
      await clickMenu(session, 'Insert readiness summary');
      expect(names()).toEqual(['insertReadinessSummary']);
      await sidebar
        .getByRole('status')
        .getByText('Set up the document first', {exact: false})
        .waitFor();
      await expect(
        documentPane.getByText('Readiness summary — ', {exact: false}).count(),
      ).resolves.toBe(0);

      await clickMenu(session, 'Set up document');
      await clickMenu(session, 'Insert readiness summary');
      // Opening cost one call, and it inserted the summary.
      expect(names()).toEqual([
        'insertReadinessSummary',
        'setUpDocument',
        'insertReadinessSummary',
      ]);
      await documentPane
        .getByText('Readiness summary — ', {exact: false})
        .waitFor();
      await sidebar
        .getByRole('status')
        .getByText('inserted', {exact: false})
        .waitFor();
      await sidebar
        .getByRole('tab', {name: 'Readiness', selected: true})
        .waitFor();
      const card = sidebar.getByRole('region', {
        name: 'For the leadership group',
      });
      const insert = card.getByRole('button', {
        name: 'Insert readiness summary',
      });
      // Beside the button, what it did; the button steps back to secondary, so a stray Enter on
      // it is not invited (and it says what was done to a screen reader too).
      const today = await browserToday(session.page);
      const inserted = card.getByText(`Summary inserted for ${today}`, {
        exact: true,
      });
      await inserted.waitFor();
      await expect(insert.getAttribute('class')).resolves.toContain(
        'btn-secondary',
      );
      await expect(insert.getAttribute('class')).resolves.not.toContain(
        'btn-primary',
      );
      await expect(insert.getAttribute('aria-describedby')).resolves.toBe(
        await inserted.getAttribute('id'),
      );
      // It stays so across a Check again and a trip to the other view.
      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await inserted.waitFor();
      await expect(insert.getAttribute('class')).resolves.toContain(
        'btn-secondary',
      );
    } finally {
      await session.close();
    }
  });
});
