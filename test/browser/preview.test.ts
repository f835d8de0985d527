/**
 * The local preview (`npm start`) in Chromium: the built add-on on the emulated services, its menu
 * as buttons, the real sidebar, and a Doc that survives a restart.
 */
import {request as httpRequest} from 'node:http';
import type {Locator, Page} from 'playwright-core';
import {startPreview, type RunningPreview} from '../../dev/preview/server';
import {chromiumForThisFile} from './chromium';
import {stateFile} from './sidebar-harness';

const browser = chromiumForThisFile();

async function openPreview(preview: RunningPreview): Promise<Page> {
  const page = await browser().newPage({viewport: {width: 1280, height: 900}});
  await page.goto(preview.url);
  return page;
}

/**
 * Runs `use` on a fresh preview (a blank Doc unless `reset` is false) with the page open, and
 * closes both afterwards, whatever happens.
 */
async function withPreview(
  use: (page: Page, preview: RunningPreview) => Promise<void>,
  options: {stateFile?: string; reset?: boolean} = {},
): Promise<void> {
  const preview = await startPreview({
    port: 0,
    stateFile: options.stateFile ?? stateFile(),
    reset: options.reset ?? true,
  });
  try {
    const page = await openPreview(preview);
    try {
      await use(page, preview);
    } finally {
      await page.close();
    }
  } finally {
    await preview.close();
  }
}

const documentPane = (page: Page) =>
  page.getByRole('region', {name: 'Document'});

describe('local preview', () => {
  it('shows the add-on menu, opens the real sidebar, and the Doc changes after Set up', async () => {
    await withPreview(async page => {
      const menu = page.getByRole('navigation', {
        name: 'Extensions › Lead Mentorship Program',
      });
      await expect(menu.getByRole('button').allTextContents()).resolves.toEqual(
        [
          'Open sidebar',
          'Readiness check',
          'Set up document',
          'Insert readiness summary',
          'Help',
        ],
      );
      await expect(documentPane(page).textContent()).resolves.not.toContain(
        'Participate in Company Leadership Training',
      );

      await menu.getByRole('button', {name: 'Open sidebar'}).click();
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.getByRole('button', {name: 'Set up document'}).click();

      await documentPane(page)
        .getByText('Participate in Company Leadership Training')
        .waitFor();
      await documentPane(page)
        .getByText('Weekly one-on-one log', {exact: false})
        .first()
        .waitFor();
    });
  });

  it('runs a menu item that changes the Doc, and shows the Help dialog', async () => {
    await withPreview(async page => {
      await page.getByRole('button', {name: 'Set up document'}).click();
      await documentPane(page)
        .getByText('Own the Team', {exact: false})
        .first()
        .waitFor();
      // Set up from the menu opens the sidebar on the result.
      await page
        .frameLocator('#sidebar')
        .getByRole('tab', {name: 'Areas'})
        .waitFor();

      await page.getByRole('button', {name: 'Help'}).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('Help');
      const help = dialog.frameLocator('iframe');
      await help.getByText('Set up document', {exact: false}).first().waitFor();
      // It covers the whole program, up to the leadership group's decision, and fits its box.
      for (const step of [
        'Change role',
        'I believe the evidence is complete',
        'further targeted actions',
        'Hints on the evidence',
      ])
        await help.getByText(step, {exact: false}).first().waitFor();
      const fits = await help
        .locator('body')
        .evaluate(
          body =>
            body.scrollHeight <=
            (body.ownerDocument.defaultView?.innerHeight ?? 0),
        );
      expect(fits).toBe(true);
    });
  });

  it('keeps the Doc across a restart, and --reset starts a blank one', async () => {
    const file = stateFile();
    await withPreview(
      async page => {
        await page.getByRole('button', {name: 'Set up document'}).click();
        await documentPane(page)
          .getByText('Participate in Company Leadership Training')
          .waitFor();
      },
      {stateFile: file},
    );

    await withPreview(
      async page => {
        await documentPane(page)
          .getByText('Participate in Company Leadership Training')
          .waitFor();
      },
      {stateFile: file, reset: false},
    );

    await withPreview(
      async page => {
        await page.getByRole('button', {name: 'Open sidebar'}).waitFor();
        await expect(documentPane(page).textContent()).resolves.not.toContain(
          'Participate in Company Leadership Training',
        );
      },
      {stateFile: file},
    );
  });

  it('switches the signed-in account, so both roles can be tried, and the open sidebar follows', async () => {
    await withPreview(async page => {
      const signInAs = async (email: string, sidebarOpen = true) => {
        const switched = page.waitForResponse(response =>
          response.url().endsWith('/api/identity'),
        );
        const reloaded = sidebarOpen
          ? page.waitForResponse(response =>
              response.url().includes('/sidebar?'),
            )
          : null;
        await page.getByLabel('Signed in as').selectOption(email);
        await switched;
        await reloaded;
      };
      const sidebar = page.frameLocator('#sidebar');
      const training = 'Participate in Company Leadership Training';
      await signInAs('candidate@example.com', false);
      await page.getByRole('button', {name: 'Set up document'}).click();
      await sidebar
        .getByRole('button', {name: `Add evidence… for ${training}`})
        .click();
      // The first Add evidence asks who is recording: one button per role.
      await sidebar
        .getByRole('button', {
          name: `Add evidence as Candidate for ${training}`,
        })
        .click();
      await sidebar.getByText('Recording as Candidate').waitFor();

      // Another account has not said who it is yet: the open sidebar shows it at once.
      await signInAs('manager@example.com');
      await sidebar.getByRole('tab', {name: 'Areas'}).waitFor();
      await sidebar
        .getByRole('region', {name: 'Who are you in this program?'})
        .waitFor();
      await expect(sidebar.getByText('Recording as').count()).resolves.toBe(0);

      await signInAs('candidate@example.com');
      await sidebar.getByText('Recording as Candidate').waitFor();
    });
  });

  it('gives the opened sidebar the keyboard, and shows the cursor after Add evidence with the menu still in view', async () => {
    await withPreview(async page => {
      await page.getByRole('button', {name: 'Set up document'}).click();
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.getByRole('tab', {name: 'Areas'}).waitFor();
      await page.waitForFunction(
        () => document.activeElement?.id === 'sidebar',
      );

      // The last area is far down the Doc: the pane must scroll to the new entry's cursor.
      const area = "Own the Team's Development Process";
      await sidebar
        .getByRole('button', {name: `Add evidence… for ${area}`})
        .click();
      await sidebar
        .getByRole('button', {name: `Add evidence as Candidate for ${area}`})
        .click();
      await page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      const inView = () =>
        page.evaluate(() => {
          const pane = document.getElementById('document');
          const caret = document.querySelector('#page .caret');
          const header = document.querySelector('header');
          if (!pane || !caret || !header) return null;
          const box = pane.getBoundingClientRect();
          const at = caret.getBoundingClientRect();
          return {
            caret: at.top >= box.top && at.bottom <= box.bottom,
            header: header.getBoundingClientRect().top === 0,
            pageScrolled: document.scrollingElement?.scrollTop ?? 0,
          };
        });
      await page.waitForFunction(() => {
        const pane = document.getElementById('document');
        const caret = document.querySelector('#page .caret');
        if (!pane || !caret) return false;
        const box = pane.getBoundingClientRect();
        const at = caret.getBoundingClientRect();
        return at.top >= box.top && at.bottom <= box.bottom;
      });
      await expect(inView()).resolves.toEqual({
        caret: true,
        header: true,
        pageScrolled: 0,
      });
    });
  });
});

/** Body text and a prompt as the rendered Doc shows them: 'font-style color'. */
const BODY_TEXT = 'normal rgb(32, 33, 36)';
const PROMPT = 'italic rgb(128, 134, 139)';

/** How each text looks in the rendered line (the computed style around its characters). */
function looksOf(line: Locator, texts: string[]): Promise<string[]> {
  return line.evaluate((element, needles) => {
    const lookOf = (needle: string): string => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.includes(needle) && node.parentElement) {
          const style = getComputedStyle(node.parentElement);
          return `${style.fontStyle} ${style.color}`;
        }
      }
      return 'not found';
    };
    return needles.map(lookOf);
  }, texts);
}

describe('local preview, writing in the Doc', () => {
  it('lets a person write after a prompt: the writing looks like body text, the prompt stays a grey italic hint; typed over, a prompt keeps its look; Check again counts it', async () => {
    await withPreview(async page => {
      await page.getByRole('button', {name: 'Set up document'}).click();
      const sidebar = page.frameLocator('#sidebar');
      const training = 'Participate in Company Leadership Training';
      await sidebar
        .getByRole('button', {name: `Add evidence… for ${training}`})
        .click();
      await sidebar
        .getByRole('button', {
          name: `Add evidence as Candidate for ${training}`,
        })
        .click();
      const line = documentPane(page).getByText(
        'Name: The training and who ran it.',
      );
      await line.waitFor();
      const card = sidebar.getByRole('region', {name: training});
      await expect(card.textContent()).resolves.toContain('Missing');

      // Edit the line as a person: type at its end, where the add-on left the cursor.
      await line.click();
      const editor = page.getByRole('textbox', {
        name: 'Edit this line of the Doc',
      });
      await editor.press('Control+End');
      await editor.pressSequentially('Leading through change, run by HR');
      await editor.press('Enter');
      const written = documentPane(page).getByText(
        'Name: The training and who ran it. Leading through change, run by HR',
      );
      await written.waitFor();
      await expect(
        looksOf(written, [
          'Leading through change',
          'The training and who ran it.',
        ]),
      ).resolves.toEqual([BODY_TEXT, PROMPT]);

      // Select a prompt and type over it: Docs keeps the selection's look, and so does the preview.
      const takeaways = documentPane(page).getByText(
        'Takeaways: What you will do differently.',
      );
      await takeaways.click();
      await editor.evaluate(field => {
        if (!(field instanceof HTMLTextAreaElement)) return;
        field.setSelectionRange('Takeaways: '.length, field.value.length - 1);
      });
      await editor.pressSequentially('Say no sooner.');
      await editor.press('Enter');
      const typedOver = documentPane(page).getByText(
        'Takeaways: Say no sooner.',
      );
      await typedOver.waitFor();
      await expect(looksOf(typedOver, ['Say no sooner.'])).resolves.toEqual([
        PROMPT,
      ]);

      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await card.getByText('Evidenced').waitFor();
    });
  });
});

describe('local preview, against other sites', () => {
  function post(
    url: string,
    headers: Record<string, string>,
  ): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, {method: 'POST', headers}, response => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', reject);
      request.end('{}');
    });
  }

  it('refuses a cross-site or non-JSON POST and a foreign Host, and keeps the Doc', async () => {
    const preview = await startPreview({
      port: 0,
      stateFile: stateFile(),
      reset: true,
    });
    try {
      const reset = `${preview.url}api/reset`;
      const before = JSON.stringify(preview.runtime().document.toJSON());
      // A form on another site can send text/plain without a preflight.
      await expect(post(reset, {'Content-Type': 'text/plain'})).resolves.toBe(
        403,
      );
      await expect(
        post(reset, {
          'Content-Type': 'application/json',
          Origin: 'https://evil.example',
        }),
      ).resolves.toBe(403);
      // DNS rebinding: the browser sends the attacker's host name.
      await expect(
        post(reset, {
          'Content-Type': 'application/json',
          Host: 'evil.example:80',
        }),
      ).resolves.toBe(403);
      expect(JSON.stringify(preview.runtime().document.toJSON())).toBe(before);
      // The preview's own page is still served.
      await expect(
        post(`${preview.url}api/ui`, {'Content-Type': 'application/json'}),
      ).resolves.toBe(200);
    } finally {
      await preview.close();
    }
  });
});
