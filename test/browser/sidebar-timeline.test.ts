/**
 * "Over time" in the Readiness view: the chart drawn from the entry dates a person wrote in the Doc,
 * sized for the 300 px sidebar, with its words as the text alternative, and reachable by keyboard.
 */
import {chromiumForThisFile} from './chromium';
import {
  TRAINING,
  browserToday,
  clickMenu,
  documentBody,
  paragraphs,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

/** The 15th of the month `months` before `today`'s: '2026-12-02', 2 -> '2026-10-15'. */
function monthsBefore(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number);
  const value = year * 12 + (month - 1) - months;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(value / 12)}-${pad((value % 12) + 1)}-15`;
}

/** '2026-10-15' -> 'Oct 2026', as a reader sees a month named. */
function monthWords(date: string): string {
  const names = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const [year, month] = date.split('-').map(Number);
  return `${names[month - 1]} ${year}`;
}

/** Writes a dated entry with real writing under a heading, as a person typing in the Doc would. */
function writeEntry(
  session: Session,
  sectionTitle: string,
  heading: string,
  writing: string,
): void {
  const body = documentBody(session.preview.runtime());
  const at = paragraphs(body).find(p => p.text === sectionTitle);
  if (!at) throw new Error(`no heading ${sectionTitle}`);
  body.insertParagraph(at.index + 2, heading).setHeading('HEADING3');
  body.insertParagraph(at.index + 3, writing);
}

describe('the timeline in the Readiness view', () => {
  it('charts the evidence written in the Doc by month, in 300 px, with its words and a keyboard stop', async () => {
    const session = await readySession(browser());
    const {sidebar} = session;
    try {
      const today = await browserToday(session.page);
      const twoMonthsAgo = monthsBefore(today, 2);
      writeEntry(
        session,
        TRAINING,
        `${twoMonthsAgo} · Training`,
        'Attended Feedback that lands, run by People Ops; I now ask before I advise.',
      );
      writeEntry(
        session,
        'Weekly One-on-One Log',
        `${twoMonthsAgo} · One-on-one`,
        'Topics: roadmap and hiring.',
      );
      await clickMenu(session, 'Readiness check');

      const chart = sidebar.getByRole('region', {name: 'Over time'});
      const picture = chart.getByRole('img');
      await picture.waitFor();
      // Three months: two months ago to this month; one bar for the training, one for the log.
      await expect(chart.locator('.timeline-bar').count()).resolves.toBe(2);
      await expect(
        chart.locator('[data-row="leadership-training"] .timeline-bar').count(),
      ).resolves.toBe(1);
      await expect(
        chart.locator('[data-evidenced-row="leadership-training"]').count(),
      ).resolves.toBe(1);
      // The log's silence since then is a long gap, shaded.
      await expect(chart.locator('.timeline-gap').count()).resolves.toBe(1);

      // Drawn for the sidebar: it fits its 300 px.
      const box = await picture.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.width).toBeLessThanOrEqual(300);

      // Its words are its accessible name, and can be opened to read.
      const name = await picture.evaluate(svg => {
        const id = svg.getAttribute('aria-labelledby') ?? '';
        return svg.ownerDocument.getElementById(id)?.textContent ?? '';
      });
      // Each count is named by its month, so a listener knows what the numbers are.
      const first = monthWords(twoMonthsAgo);
      const second = monthWords(monthsBefore(today, 1));
      const third = monthWords(today);
      expect(name).toContain(`Evidence by month, ${first} to ${third}.`);
      expect(name).toContain(
        `Leadership training: 1 entry (1 in ${first}), evidenced on ${twoMonthsAgo}.`,
      );
      await chart.getByText('The chart in words').click();
      await chart
        .getByText(
          `One-on-one log: 1 in ${first}, none in ${second}, none in ${third}; 1 long gap.`,
          {exact: false},
        )
        .waitFor();

      // Reachable by keyboard from the Readiness view's own controls.
      await sidebar
        .getByRole('region', {name: 'Readiness check'})
        .getByRole('button', {name: 'Check again'})
        .focus();
      let reached = false;
      for (let step = 0; step < 40 && !reached; step += 1) {
        await session.page.keyboard.press('Tab');
        reached = await chart
          .locator('figure')
          .evaluate(figure => figure === document.activeElement);
      }
      expect(reached).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('says there is nothing to chart on a Doc with no dated evidence', async () => {
    const session = await readySession(browser(), {then: 'Readiness check'});
    try {
      const chart = session.sidebar.getByRole('region', {name: 'Over time'});
      await chart
        .getByText('No dated evidence yet, so there is nothing to chart.')
        .waitFor();
      await expect(chart.getByRole('img').count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });
});
