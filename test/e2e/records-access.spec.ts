import { test, expect } from './harness';
import { addStaff, heading, setUpDesk, signIn, signInFirstTime, signOut, type StaffInput } from './helpers/desk';

/** Invented people only. */
const SKY: StaffInput = { name: 'Sky Supervisor', username: 'sky.supervisor', role: 'Supervisor', temporaryPassword: 'temporary pass 1' };
const SAM: StaffInput = {
  name: 'Sam Placeholder',
  username: 'sam.placeholder',
  role: 'Case manager',
  temporaryPassword: 'temporary pass 2',
};
const SKY_PASSWORD = 'granite meadow tuesday!';
const SAM_PASSWORD = 'copper lantern wisdom';

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('button');

test('a team account opens records only once a supervisor completes it; the first supervisor uses the recovery key', async ({ app }) => {
  const { page } = app;
  const { recoveryKey } = await setUpDesk(app);
  await expect(nav(page)).toHaveText(['Home', 'Staff', 'Audit log', 'Settings']);
  await addStaff(page, SKY);
  await addStaff(page, SAM);
  await expect(page.getByRole('row', { name: /Sam Placeholder/ })).toContainText('Waiting for a supervisor to complete it');
  await signOut(page);

  // The case manager chooses a password, and is told why there is nothing to see yet.
  await signInFirstTime(page, SAM, SAM_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Your account is waiting for a supervisor' })).toBeVisible();
  await expect(nav(page)).toHaveText(['Home']);
  expect(await page.evaluate(() => window.lead.invoke('participants.list', {}))).toMatchObject({
    ok: false,
    error: { code: 'AWAITING_SUPERVISOR' },
  });
  await signOut(page);

  // The first supervisor has no one to complete theirs: the recovery key does.
  await signInFirstTime(page, SKY, SKY_PASSWORD);
  await expect(nav(page)).toHaveText(['Home', 'Staff', 'Audit log']);
  await app.screenshot('first supervisor, waiting');
  await page.getByLabel('Recovery key').fill('0000-0000-0000-0000-0000-0000-0000-0000-0000-0000');
  await page.getByRole('button', { name: 'Complete my account' }).click();
  await expect(page.getByText('That recovery key is not right.').first()).toBeVisible();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Complete my account' }).click();

  // Now the supervisor holds the records key, and completes the case manager.
  const waiting = page.getByRole('region', { name: 'Accounts waiting for you' });
  await expect(waiting).toContainText('Sam Placeholder');
  await expect(nav(page)).toHaveText([
    'Home',
    'Board',
    'Staff',
    'Audit log',
    'Participants',
    'Referrals',
    'Meeting',
    'Past meetings',
    'Directory',
    'Pairs',
  ]);
  await app.screenshot('supervisor home, an account waiting');
  const complete = waiting.getByRole('button', { name: "Complete Sam Placeholder's account" });
  await complete.focus();
  await page.keyboard.press('Enter');
  await expect(waiting.getByRole('status').or(waiting.getByRole('alert'))).toContainText(
    'Sam Placeholder can now open participant records.',
  );
  await expect(complete).toHaveCount(0);
  await signOut(page);

  await signIn(page, SAM.username, SAM_PASSWORD);
  await expect(heading(page, `Welcome, ${SAM.name}`)).toBeVisible();
  await expect(nav(page)).toHaveText(['Home', 'Board', 'Participants', 'Referrals', 'Meeting', 'Past meetings', 'Directory']);
  await expect(page.getByRole('heading', { name: 'Your account is waiting for a supervisor' })).toHaveCount(0);
});

test('a supervisor cannot complete an account that still has the temporary password an administrator gave it', async ({ app }) => {
  const { page } = app;
  const { recoveryKey } = await setUpDesk(app);
  await addStaff(page, SKY);
  await addStaff(page, SAM);
  await signOut(page);
  await signInFirstTime(page, SKY, SKY_PASSWORD);
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Complete my account' }).click();
  const waiting = page.getByRole('region', { name: 'Accounts waiting for you' });
  await expect(waiting).toContainText('Sam Placeholder (case manager): waiting for them to sign in and choose their own password.');
  await expect(waiting.getByRole('button')).toHaveCount(0);
  const staff = (await page.evaluate(() => window.lead.invoke('staff.list', {}))) as {
    ok: true;
    value: { id: number; username: string }[];
  };
  const sam = staff.value.find((member) => member.username === SAM.username)!;
  expect(await page.evaluate((id) => window.lead.invoke('staff.grantRecords', { id }), sam.id)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('must sign in and choose their own password first') },
  });
});
