/**
 * The sidebar from the keyboard alone, as a person who does not use a mouse meets it: every stop
 * shows where focus is, every control says what it is, and the whole job (say who you are, choose
 * a criterion and a kind, add evidence) gets done with Tab, Shift+Tab, arrows, Enter and Space.
 */
import type {FrameLocator} from 'playwright-core';
import {chromiumForThisFile} from './chromium';
import {
  clickMenu,
  openSession,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

const ONE_ON_ONES = 'Organize and Complete Regularly Scheduled One-on-Ones';

interface Focused {
  /** Tag, or the role attribute when it has one. */
  kind: string;
  name: string;
  /** The title of the card (region) it is in, if any. */
  region: string;
  focusVisible: boolean;
  /** A visible indicator: an outline at least 1px wide, or a box shadow. */
  indicator: boolean;
}

/** What has focus in the sidebar, as a person sees and hears it; null if focus is elsewhere. */
/**
 * Focus moves in an effect after the key press re-renders: wait (bounded) until it matches, then
 * return what has focus so the assertion reports the real element when it does not.
 */
async function expectFocus(
  sidebar: FrameLocator,
  expected: Partial<Focused>,
): Promise<void> {
  expect(await settledFocus(sidebar, expected)).toMatchObject(expected);
}

async function settledFocus(
  sidebar: FrameLocator,
  expected: Partial<Focused>,
): Promise<Focused | null> {
  let current = await focused(sidebar);
  for (
    let attempt = 0;
    attempt < 50 && !matches(current, expected);
    attempt += 1
  ) {
    await new Promise(resolve => setTimeout(resolve, 50));
    current = await focused(sidebar);
  }
  return current;
}

function matches(current: Focused | null, expected: Partial<Focused>): boolean {
  return (
    current !== null &&
    Object.entries(expected).every(
      ([key, value]) => current[key as keyof Focused] === value,
    )
  );
}

function focused(sidebar: FrameLocator): Promise<Focused | null> {
  return sidebar.locator('body').evaluate((body): Focused | null => {
    const element = body.ownerDocument.activeElement;
    if (
      !(element instanceof HTMLElement) ||
      element === body ||
      !body.ownerDocument.hasFocus()
    )
      return null;
    const labelled = element.getAttribute('aria-labelledby');
    const label =
      element.getAttribute('aria-label') ??
      (labelled
        ? body.ownerDocument.getElementById(labelled)?.textContent
        : null) ??
      (element instanceof HTMLSelectElement ||
      element instanceof HTMLInputElement
        ? element.labels?.[0]?.textContent
        : null) ??
      element.textContent ??
      '';
    const region = element.closest('section[aria-labelledby]');
    const heading = region
      ? body.ownerDocument.getElementById(
          region.getAttribute('aria-labelledby') ?? '',
        )
      : null;
    const style = getComputedStyle(element);
    return {
      kind: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      name: label.trim(),
      region: heading?.textContent?.trim() ?? '',
      focusVisible: element.matches(':focus-visible'),
      indicator:
        (style.outlineStyle !== 'none' &&
          parseFloat(style.outlineWidth) >= 1) ||
        style.boxShadow !== 'none',
    };
  });
}

/**
 * Presses `key` until the focused control matches, checking at every stop on the way that focus
 * is visible; fails after `limit` presses.
 */
async function pressUntil(
  session: Session,
  key: 'Tab' | 'Shift+Tab',
  wanted: (f: Focused) => boolean,
  limit = 80,
): Promise<Focused> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await session.page.keyboard.press(key);
    const now = await focused(session.sidebar);
    if (now === null) continue;
    stops.push(`${now.kind} "${now.name}"`);
    expect({
      stop: stops.at(-1),
      visible: now.focusVisible && now.indicator,
    }).toEqual({stop: stops.at(-1), visible: true});
    if (wanted(now)) return now;
  }
  throw new Error(`never reached the control; stops: ${stops.join(', ')}`);
}

/** Every control in the sidebar has an accessible name (the browser's own computation). */
async function expectAllNamed(sidebar: FrameLocator): Promise<void> {
  const roles = [
    'button',
    'combobox',
    'listbox',
    'tab',
    'link',
    'checkbox',
    'radio',
    'textbox',
  ] as const;
  for (const role of roles) {
    const all = await sidebar.getByRole(role).count();
    const named = await sidebar.getByRole(role, {name: /\S/}).count();
    expect({role, unnamed: all - named}).toEqual({role, unnamed: 0});
  }
  // Disclosures (<summary>) are read by their text.
  const summaries = await sidebar.locator('summary').allTextContents();
  expect(summaries.filter(text => text.trim() === '')).toEqual([]);
}

describe('the sidebar from the keyboard', () => {
  it('chooses a criterion, a kind and the role, and adds evidence with keys only; focus is always visible', async () => {
    const session = await readySession(browser());
    const {sidebar, page, documentPane} = session;
    try {
      await sidebar.getByRole('tab', {name: 'Areas'}).waitFor();
      await expectAllNamed(sidebar);

      // The view tabs: arrow keys move between them.
      await pressUntil(session, 'Tab', f => f.kind === 'tab');
      await page.keyboard.press('ArrowRight');
      await expectFocus(sidebar, {
        kind: 'tab',
        name: 'Readiness',
      });
      await sidebar.getByRole('region', {name: 'Readiness check'}).waitFor();
      await expectAllNamed(sidebar);
      await page.keyboard.press('ArrowLeft');
      await expectFocus(sidebar, {
        kind: 'tab',
        name: 'Areas',
      });
      await sidebar
        .getByRole('region', {name: ONE_ON_ONES, exact: true})
        .waitFor();
      await expectAllNamed(sidebar);

      // Shift+Tab goes back the way it came (to the notice's Dismiss, above the tabs).
      await pressUntil(session, 'Shift+Tab', f => f.name === 'Dismiss notice');
      // The card offers its choices behind "Add evidence…" (a disclosure), not as a stop each.
      const card = sidebar.getByRole('region', {
        name: ONE_ON_ONES,
        exact: true,
      });
      await pressUntil(
        session,
        'Tab',
        f => f.name === `Add evidence… for ${ONE_ON_ONES}`,
      );
      const toggle = card.getByRole('button', {
        name: `Add evidence… for ${ONE_ON_ONES}`,
      });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(card.locator('select').count()).resolves.toBe(0);
      // Enter opens it, with focus on the criterion, set to the first one not covered yet.
      await page.keyboard.press('Enter');
      await expectFocus(sidebar, {
        kind: 'select',
        name: 'Criterion',
        region: ONE_ON_ONES,
        focusVisible: true,
        indicator: true,
      });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await expectAllNamed(sidebar);
      // Escape closes it again, giving focus back to the disclosure; Space reopens it.
      await page.keyboard.press('Escape');
      await expectFocus(sidebar, {
        name: `Add evidence… for ${ONE_ON_ONES}`,
      });
      await expect(card.locator('select').count()).resolves.toBe(0);
      await page.keyboard.press('Space');
      await expectFocus(sidebar, {
        kind: 'select',
        name: 'Criterion',
      });
      await expect(
        card
          .getByRole('combobox', {name: 'Criterion'})
          .evaluate(
            select =>
              (select as HTMLSelectElement).selectedOptions[0]?.textContent,
          ),
      ).resolves.toBe('Building trust');
      // Arrow keys change a closed select's choice.
      await page.keyboard.press('ArrowDown');
      await expect(
        card
          .getByRole('combobox', {name: 'Criterion'})
          .evaluate(
            select =>
              (select as HTMLSelectElement).selectedOptions[0]?.textContent,
          ),
      ).resolves.toBe('Gaining a shared context');
      await pressUntil(
        session,
        'Tab',
        f => f.kind === 'select' && f.name === 'Entry kind',
      );
      await page.keyboard.press('ArrowDown');
      await expect(
        card
          .getByRole('combobox', {name: 'Entry kind'})
          .evaluate(
            select =>
              (select as HTMLSelectElement).selectedOptions[0]?.textContent,
          ),
      ).resolves.toBe('Feedback');
      // Who is recording is asked here (nobody chose yet): one Add button per role, in order.
      await pressUntil(
        session,
        'Tab',
        f => f.name === `Add evidence as Candidate for ${ONE_ON_ONES}`,
        2,
      );
      await expectFocus(sidebar, {
        kind: 'button',
        name: `Add evidence as Candidate for ${ONE_ON_ONES}`,
        focusVisible: true,
        indicator: true,
      });
      await page.keyboard.press('Tab');
      await expectFocus(sidebar, {
        kind: 'button',
        name: `Add evidence as Sponsoring manager for ${ONE_ON_ONES}`,
      });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');

      // The entry appears in the Doc, with the chosen criterion and kind.
      await documentPane
        .getByRole('heading', {level: 3, name: / · Gaining a shared context$/})
        .waitFor();
      await documentPane
        .getByText('Recorded by: Candidate · Feedback')
        .waitFor();
      await documentPane
        .getByText('Observe:', {exact: false})
        .first()
        .waitFor();
      // The keyboard is handed to the Doc, where the cursor waits on the first prompt.
      await page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      await card.getByRole('button', {name: /^Go to draft: /}).waitFor();
      await sidebar.getByText('Recording as Candidate').waitFor();
      await expectAllNamed(sidebar);
    } finally {
      await session.close();
    }
  });

  it('names every control on a blank Doc, with an error shown, too', async () => {
    const session = await openSession(browser());
    const {sidebar} = session;
    try {
      await session.page.route('**/api/run', route =>
        route.fulfill({json: {ok: false, message: 'Exception: Boom'}}),
      );
      await clickMenu(session, 'Open sidebar');
      await sidebar.getByRole('alert').waitFor();
      await expectAllNamed(sidebar);
      await session.page.unroute('**/api/run');
      await sidebar.getByRole('button', {name: 'Try again'}).click();
      await sidebar
        .getByRole('region', {name: 'Set up this document'})
        .waitFor();
      await expectAllNamed(sidebar);
      // Every select has a visible label.
      const selects = sidebar.locator('select');
      const count = await selects.count();
      for (let i = 0; i < count; i++) {
        await expect(
          selects
            .nth(i)
            .evaluate(select =>
              Array.from((select as HTMLSelectElement).labels ?? []).map(
                label => label.textContent?.trim() ?? '',
              ),
            ),
        ).resolves.toEqual([expect.stringMatching(/\S/)]);
      }
    } finally {
      await session.close();
    }
  });
});
