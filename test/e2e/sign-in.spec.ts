import { test, expect } from './harness';
import { ADMIN, PROGRAM, heading, setUpDesk, signIn, signOut, followErrorLink } from './helpers/desk';

test('after a restart the app opens on the sign-in screen and nothing else', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  app.closeCore();
  await app.open();

  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByLabel('Username')).toBeFocused();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText(PROGRAM)).toHaveCount(0);
  await expect(page.getByText(ADMIN.name)).toHaveCount(0);
  await app.screenshot('sign in');

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(PROGRAM);
});

test('five wrong passwords lock the account for ten minutes, even against the right password', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await signOut(page);

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signIn(page, ADMIN.username, `wrong password ${attempt}`);
    await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
  await app.screenshot('sign in wrong password');

  await signIn(page, ADMIN.username, 'wrong password 5');
  await expect(page.getByRole('alert')).toContainText('This account is locked for 10 minutes after 5 wrong passwords in a row.');

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('This account is locked for 10 minutes');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await app.screenshot('sign in locked out');

  app.clock.advanceMinutes(11);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
});

test('signing in, moving around and locking work from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await page.keyboard.press('Control+L');
  await expect(page.getByLabel('Username')).toBeFocused();

  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeFocused();

  // The skip link, the header (Change password, Sign out, Lock), then the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Change password' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Lock/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Staff' })).toBeFocused();
  await app.screenshot('keyboard focus on navigation');
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Staff')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add staff member' })).toBeFocused();
  // Back past the page's first stop and through the navigation (one stop per page) to the header's Lock button.
  const lock = page.getByRole('button', { name: /^Lock/ });
  const navStops = await page.getByRole('navigation', { name: 'Main' }).getByRole('button').count();
  for (let step = 0; step <= navStops; step += 1) await page.keyboard.press('Shift+Tab');
  await expect(lock).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByText('Locked. Sign in to continue.')).toBeVisible();
});

test('sign-out returns to the sign-in screen and the session is gone', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.getByText('Signed out.')).toBeVisible();
  await expect(page.getByText(ADMIN.name)).toHaveCount(0);

  const reply = await page.evaluate(() => window.lead.invoke('settings.get', {}));
  expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  await app.open();
  await expect(heading(page, 'Sign in')).toBeVisible();
});

test('the recovery key resets a forgotten administrator password', async ({ app }) => {
  const { page } = app;
  const { recoveryKey } = await setUpDesk(app);
  await signOut(page);

  await page.getByRole('button', { name: 'Forgot your password? Use the recovery key' }).click();
  await expect(heading(page, 'Reset a password with the recovery key')).toBeVisible();
  const newPassword = 'a brand new long password';

  const wrongKey = recoveryKey.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
  await page.getByLabel('Recovery key').fill(wrongKey);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Reset password and sign in' }).click();
  await expect(page.locator('.error-summary').getByText('That recovery key is not right.')).toBeVisible();
  await followErrorLink(page, page.getByLabel('Recovery key'));
  await app.screenshot('recover wrong key');

  // Typed the way a person copies it from paper: lower case, spaces for dashes.
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Reset password and sign in' }).click();
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();

  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
  await signIn(page, ADMIN.username, newPassword);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
});
