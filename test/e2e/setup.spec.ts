import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness';
import {
  ADMIN,
  PROGRAM,
  askedGroups,
  confirmShownRecoveryKey,
  fillSetup,
  heading,
  keyGroup,
  readRecoveryKey,
  signIn,
  followErrorLink,
} from './helpers/desk';

test('first-run setup shows the recovery key once and checks two groups of it', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Set up LEAD Desk')).toBeVisible();
  await expect(heading(page, 'Set up LEAD Desk')).toBeFocused();
  await app.screenshot('1 setup');
  await fillSetup(page, { program: PROGRAM, name: ADMIN.name, username: ADMIN.username, password: ADMIN.password });
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();

  await expect(heading(page, 'Write down the recovery key')).toBeVisible();
  const recoveryKey = await readRecoveryKey(page);
  expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(page.getByText('shown only this once')).toBeVisible();
  await app.screenshot('2 recovery key');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Write the key down first, then tick this box.')).toBeVisible();
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(heading(page, 'Check what you wrote down')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recovery key' })).toBeHidden();
  const [a, b] = await askedGroups(page);
  expect(a).toBeLessThan(b);
  const wrong = keyGroup(recoveryKey, a === 1 ? 2 : 1);
  await page.getByLabel(`Group ${a}`, { exact: true }).fill(wrong);
  await page.getByLabel(`Group ${b}`, { exact: true }).fill(keyGroup(recoveryKey, b).toLowerCase());
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.error-summary').getByText(`That is not group ${a} of the recovery key.`)).toBeVisible();
  await expect(page.getByLabel(`Group ${a}`, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await followErrorLink(page, page.getByLabel(`Group ${a}`, { exact: true }));
  await expect(page.getByText(`That is not group ${b} of the recovery key.`)).toHaveCount(0);
  await app.screenshot('3 recovery key wrong group');

  await page.getByLabel(`Group ${a}`, { exact: true }).fill(keyGroup(recoveryKey, a));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(PROGRAM);
  await expect(page.getByRole('banner')).toContainText('Administrator');
  await app.screenshot('4 home');
});

test('setup refuses a short password, a mismatched confirmation and markup in a name, saving nothing', async ({ app }) => {
  const { page } = app;
  await app.open();
  const submit = page.getByRole('button', { name: 'Set up LEAD Desk' });

  await fillSetup(page, {
    program: PROGRAM,
    name: ADMIN.name,
    username: ADMIN.username,
    password: ADMIN.password,
    confirm: 'something else',
  });
  await submit.click();
  await expect(page.getByLabel('Password again')).toHaveAccessibleDescription(/The two passwords are not the same\./);
  await followErrorLink(page, page.getByLabel('Password again'));

  await fillSetup(page, { program: PROGRAM, name: ADMIN.name, username: ADMIN.username, password: 'short' });
  await submit.click();
  await expect(page.locator('.error-summary')).toContainText('Password must be at least 10 characters.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await fillSetup(page, { program: PROGRAM, name: '<script>alert(1)</script>', username: 'Bad Name!', password: ADMIN.password });
  await submit.click();
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription('Name cannot contain < or > or control characters.');
  await expect(page.getByLabel('Username')).toHaveAccessibleDescription(/^Username: 3 to 32 letters/);
  await followErrorLink(page, page.getByLabel('Your name'));
  await app.screenshot('setup errors');

  expect(existsSync(join(app.dataDir, 'keyslots.json'))).toBe(false);
  expect(readdirSync(app.dataDir).filter((name) => name.endsWith('.db'))).toEqual([]);
  await app.open();
  await expect(heading(page, 'Set up LEAD Desk')).toBeVisible();
});

test('an administrator who never confirmed the recovery key is asked to issue a new one', async ({ app }) => {
  const { page } = app;
  await app.open();
  await fillSetup(page, { program: PROGRAM, name: ADMIN.name, username: ADMIN.username, password: ADMIN.password });
  await page.getByRole('button', { name: 'Set up LEAD Desk' }).click();
  const firstKey = await readRecoveryKey(page);

  // The app closes while the key is on screen.
  app.closeCore();
  await app.open();
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, 'The recovery key was not confirmed')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await app.screenshot('recovery key gate');

  await page.getByRole('button', { name: 'Issue a new recovery key' }).click();
  await expect(heading(page, 'Write down the recovery key')).toBeVisible();
  const secondKey = await confirmShownRecoveryKey(page);
  expect(secondKey).not.toBe(firstKey);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
});
