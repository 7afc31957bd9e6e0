import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { CASEY, arrangeTeam, signInAs } from './helpers/intake-team';
import { QUESTIONS, SCREEN_STEP, group, step, tabTo } from './helpers/intake-ui';

test('a referral is entered and screened from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  const keyTo = async (target: ReturnType<typeof page.getByRole>, key: string) => {
    await tabTo(page, target);
    await page.keyboard.press(key);
  };

  await keyTo(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Referrals' }), 'Enter');
  await expect(heading(page, 'Referrals')).toBeFocused();
  await keyTo(page.getByRole('button', { name: 'New referral' }), 'Enter');
  await expect(heading(page, 'New referral')).toBeFocused();

  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type('Jordan Testcase');
  await tabTo(page, page.getByLabel('Date of birth (optional now)'));
  await page.keyboard.type('05121990');
  await keyTo(group(page, 'Pathway').getByRole('radio').first(), 'Space');
  await keyTo(page.getByRole('button', { name: 'Use the current date and time' }), 'Enter');
  for (const [label, text] of [
    ['Officer name', 'Officer Sample'],
    ['Sequence/badge number', 'S-1024'],
    ['Unit', 'Central District'],
    ['Address or cross streets', 'Eutaw St. & Lexington St.'],
  ] as const) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(text);
  }
  await keyTo(page.getByRole('radio', { name: 'Yes, inside the referral area' }), 'Space');
  await keyTo(page.getByRole('checkbox', { name: 'CDS possession', exact: true }), 'Space');
  await app.screenshot('keyboard focus on the form');
  await keyTo(page.getByRole('button', { name: 'Save referral' }), 'Enter');
  await expect(heading(page, 'Referral: Jordan Testcase')).toBeFocused();
  await expect(page.getByRole('region', { name: 'The referral' })).toContainText('Arrest diversion (stop referral)');
  await expect(page.getByRole('region', { name: 'The referral' })).toContainText('May 12, 1990');

  // Each question: Tab reaches the group, the arrow key moves from "Yes" to "No" and chooses it.
  const screen = step(page, SCREEN_STEP);
  for (const question of Object.values(QUESTIONS)) {
    await tabTo(page, group(screen, question).getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('ArrowRight');
    await expect(group(screen, question).getByRole('radio', { name: 'No' })).toBeChecked();
  }
  await keyTo(screen.getByRole('button', { name: 'Record the screen' }), 'Enter');
  await expect(screen).toContainText('Eligible');
  await expect(page.getByRole('heading', { name: /2\. State’s Attorney’s verification/ })).toBeFocused();
});
