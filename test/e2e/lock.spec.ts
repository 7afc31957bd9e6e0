import { test, expect } from './harness';
import { ADMIN, addStaff, goTo, heading, setUpDesk, signIn } from './helpers/desk';

const WELCOME = `Welcome, ${ADMIN.name}`;

test('the Lock button and Ctrl+L lock at once and clear the screen; signing in unlocks', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await addStaff(page, {
    name: 'Sam Placeholder',
    username: 'sam.placeholder',
    role: 'Peer recovery specialist',
    temporaryPassword: 'temporary pass 1',
  });

  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByText('Locked. Sign in to continue.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Sam Placeholder');
  await expect(page.locator('body')).not.toContainText(ADMIN.name);
  await app.screenshot('locked');

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, WELCOME)).toBeVisible();
  await goTo(page, 'Staff');
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Sam Placeholder');
  const reply = await page.evaluate(() => window.lead.invoke('staff.list', {}));
  expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });

  // The next person starts at Home, not on the page the last one left open.
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, WELCOME)).toBeVisible();
});

test('the app locks itself after the idle time: 15 minutes by default, then as set', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await expect(page.getByText('locks itself after 15 minutes without activity')).toBeVisible();

  app.clock.advanceMinutes(14);
  expect(app.core.lockIfIdle()).toBe(false);
  await page.waitForTimeout(300);
  await expect(heading(page, WELCOME)).toBeVisible();

  app.clock.advanceMinutes(2);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByText('Locked after 15 minutes without activity. Sign in to continue.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(ADMIN.name);
  await app.screenshot('idle locked');

  await signIn(page, ADMIN.username, ADMIN.password);
  await goTo(page, 'Settings');
  const minutes = page.getByLabel('Lock after this many minutes without activity');
  await expect(minutes).toHaveValue('15');
  await minutes.fill('31');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('.error-summary').getByText('Idle lock can be at most 30 minutes.')).toBeVisible();
  await app.screenshot('settings error');
  await minutes.fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await app.screenshot('settings saved');

  app.clock.advanceMinutes(6);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByText('Locked after 5 minutes without activity. Sign in to continue.')).toBeVisible();
});

test('keyboard and pointer activity keep the session open', async ({ app }) => {
  const { page } = app;
  // The page's own clock, so the 30-second spacing of activity reports can be skipped.
  await page.clock.install();
  await setUpDesk(app);

  app.clock.advanceMinutes(10);
  await page.clock.fastForward('00:31');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  app.clock.advanceMinutes(10);
  expect(app.core.lockIfIdle()).toBe(false);

  await page.clock.fastForward('00:31');
  await page.mouse.click(700, 600);
  await page.waitForTimeout(300);
  app.clock.advanceMinutes(10);
  expect(app.core.lockIfIdle()).toBe(false);
  await expect(heading(page, WELCOME)).toBeVisible();

  // Twenty-five minutes in, with no activity for the last ten: sixteen more lock it.
  app.clock.advanceMinutes(6);
  await expect(heading(page, 'Sign in')).toBeVisible();
});

test('the program name can be changed in settings and shows in the header', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await goTo(page, 'Settings');
  await page.getByLabel('Program name').fill('Central District LEAD, renamed');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Central District LEAD, renamed');

  await page.getByRole('button', { name: 'Replace recovery key' }).click();
  await page.getByRole('button', { name: 'Yes, replace the recovery key' }).click();
  await expect(heading(page, 'Write down the recovery key')).toBeVisible();
});
