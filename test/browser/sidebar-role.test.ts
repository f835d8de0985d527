/**
 * Who is recording, for someone who has not said yet: the sidebar asks up front (it can wait), and
 * the Add evidence form asks with one button per role, so nobody is recorded as a role they did
 * not choose and the first click still adds the entry.
 */
import {chromiumForThisFile} from './chromium';
import {
  TRAINING,
  addEvidenceToggle,
  areaCard,
  idle,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

describe('who is recording', () => {
  it("asks up front, and records a manager's first entry as the manager's when they pick it in the form", async () => {
    const session = await readySession(browser());
    const {sidebar, documentPane} = session;
    try {
      // Set up done, nobody has said who they are: the question is the first thing to answer.
      const question = sidebar.getByRole('region', {
        name: 'Who are you in this program?',
      });
      await expect(
        question.getByRole('button').allTextContents(),
      ).resolves.toEqual(['Candidate', 'Sponsoring manager', 'Not now']);
      await question
        .getByText(
          "Confirm, and the leadership review's date and decision, are for the sponsoring manager.",
        )
        .waitFor();

      // The manager goes straight to Add evidence instead: nothing is chosen for them.
      await addEvidenceToggle(sidebar, TRAINING).click();
      const card = areaCard(sidebar, TRAINING);
      const who = card.getByRole('group', {
        name: 'Who is recording this entry?',
      });
      await expect(who.getByRole('button').allTextContents()).resolves.toEqual([
        'Add evidence as Candidate',
        'Add evidence as Sponsoring manager',
      ]);
      await expect(card.getByRole('radio').count()).resolves.toBe(0);
      await who
        .getByRole('button', {
          name: `Add evidence as Sponsoring manager for ${TRAINING}`,
        })
        .click();
      await idle(session);

      // One click, one entry, recorded as theirs; remembered, so nothing asks any more.
      await documentPane
        .getByText(/^Recorded by: Sponsoring manager · /)
        .waitFor();
      await expect(
        documentPane.getByText(/^Recorded by: Candidate/).count(),
      ).resolves.toBe(0);
      await sidebar.getByText('Recording as Sponsoring manager').waitFor();
      await expect(question.count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('puts the question aside with Not now, and brings it back from the role bar', async () => {
    const session = await readySession(browser());
    const {sidebar} = session;
    const focused = sidebar.locator(':focus');
    try {
      const question = sidebar.getByRole('region', {
        name: 'Who are you in this program?',
      });
      await question.getByRole('button', {name: 'Not now'}).click();
      await question.waitFor({state: 'detached'});
      // The role bar says so, and has the keyboard where the question was.
      const choose = sidebar.getByRole('button', {name: 'Choose your role'});
      await sidebar.getByText('No role chosen yet').waitFor();
      await choose.and(focused).waitFor();

      await choose.click();
      await sidebar
        .getByRole('heading', {name: 'Who are you in this program?'})
        .and(focused)
        .waitFor();
      await question.getByRole('button', {name: 'Candidate'}).click();
      await sidebar.getByText('Recording as Candidate').waitFor();
      await sidebar
        .getByRole('button', {name: 'Change role'})
        .and(focused)
        .waitFor();
    } finally {
      await session.close();
    }
  });
});
