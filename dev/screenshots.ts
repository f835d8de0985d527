/**
 * `npm run screenshots`: the README's pictures, taken from the local preview (the built add-on on
 * the emulated services, the real sidebar) in Debian's Chromium, so they show the add-on as it is
 * now. Always the same story on a fixed date: a candidate sets up a blank Doc, adds a training
 * entry and writes it, checks readiness, and inserts the summary for the leadership group.
 * Writes docs/screenshots/*.png; run `npm run build` first (the npm script does).
 */
import {mkdtempSync, mkdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {FrameLocator, Page} from 'playwright-core';
import {launchChromium} from '../test/browser/chromium';
import {startPreview} from './preview/server';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
/** The date the pictures show (the sidebar sends the browser's date with every request). */
const SHOWN_DATE = new Date('2026-11-24T10:00:00');
const TRAINING = 'Participate in Company Leadership Training';

/** What the candidate writes over the training entry's prompts, as a person would in Docs. */
const WRITTEN: ReadonlyArray<readonly [prompt: string, line: string]> = [
  [
    'Name: The training and who ran it.',
    'Name: Leading through change, run by HR',
  ],
  ['Date: When you attended (YYYY-MM-DD).', 'Date: 2026-11-18'],
  [
    'Takeaways: What you will do differently.',
    'Takeaways: Say the why before the what when a plan changes; ask each person what worries them.',
  ],
];

async function writeLine(page: Page, prompt: string, line: string) {
  const document = page.getByRole('region', {name: 'Document'});
  await document.getByText(prompt).click();
  const editor = page.getByRole('textbox', {name: 'Edit this line of the Doc'});
  await editor.fill(line);
  await editor.press('Enter');
  await document.getByText(line).waitFor();
}

async function shoot(page: Page, name: string, selector = 'body') {
  const file = path.join(OUT, `${name}.png`);
  await page.locator(selector).screenshot({path: file, animations: 'disabled'});
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function openTab(sidebar: FrameLocator, name: string) {
  await sidebar.getByRole('tab', {name}).click();
  await sidebar.getByRole('tab', {name, selected: true}).waitFor();
}

async function main() {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lmp-screenshots-'));
  const preview = await startPreview({
    port: 0,
    stateFile: path.join(stateDir, 'state.json'),
    reset: true,
  });
  const browser = await launchChromium();
  try {
    mkdirSync(OUT, {recursive: true});
    const page = await browser.newPage({viewport: {width: 1280, height: 800}});
    await page.clock.setFixedTime(SHOWN_DATE);
    await page.goto(preview.url);
    const sidebar = page.frameLocator('#sidebar');

    const signedIn = page.waitForResponse(response =>
      response.url().endsWith('/api/identity'),
    );
    await page.getByLabel('Signed in as').selectOption('candidate@example.com');
    await signedIn;

    await page.getByRole('button', {name: 'Set up document'}).click();
    // Once the Doc is set up, the sidebar asks who is using it.
    await sidebar
      .getByRole('region', {name: 'Who are you in this program?'})
      .getByRole('button', {name: 'Candidate', exact: true})
      .click();
    await sidebar.getByText('Recording as').waitFor();

    await sidebar
      .getByRole('button', {name: `Add evidence… for ${TRAINING}`})
      .click();
    await sidebar
      .getByRole('button', {name: `Add evidence for ${TRAINING}`})
      .click();
    for (const [prompt, line] of WRITTEN) await writeLine(page, prompt, line);
    await sidebar.getByRole('button', {name: 'Check again'}).click();
    await sidebar
      .getByRole('region', {name: TRAINING})
      .getByText('Evidenced')
      .waitFor();
    await page.mouse.move(0, 0);
    await shoot(page, 'doc-with-entry');
    await shoot(page, 'sidebar-areas', 'aside');

    await openTab(sidebar, 'Readiness');
    await shoot(page, 'readiness', 'aside');

    await sidebar
      .getByRole('button', {name: 'Insert readiness summary'})
      .click();
    const table = page.locator('#page table').last();
    await table.waitFor();
    // From the summary's dated heading down: the first lines a reader of the Doc sees.
    await table.evaluate(element => {
      let top: Element = element;
      while (top.previousElementSibling && !/^H\d$/.test(top.tagName)) {
        top = top.previousElementSibling;
      }
      top.scrollIntoView({block: 'start'});
    });
    await shoot(page, 'summary-table', '#document');
  } finally {
    await browser.close();
    await preview.close();
    rmSync(stateDir, {recursive: true, force: true});
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
