import { test, expect } from './harness';
import {
  ADMIN,
  addStaff,
  goTo,
  heading,
  setUpDesk,
  signIn,
  signInFirstTime,
  signOut,
  type StaffInput,
  followErrorLink,
} from './helpers/desk';

const SAM: StaffInput = {
  name: 'Sam Placeholder',
  username: 'sam.placeholder',
  role: 'Case manager',
  temporaryPassword: 'temporary pass 1',
};
const SAM_OWN_PASSWORD = 'sams own long password';

test('an administrator adds a staff member, who signs in and must choose a password first', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await goTo(page, 'Staff');
  await app.screenshot('staff list');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a staff member' }).getByLabel('Name', { exact: true })).toBeFocused();
  await app.screenshot('add staff dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await addStaff(page, SAM);
  const row = page.getByRole('row', { name: /Sam Placeholder/ });
  await expect(row).toContainText('Case manager');
  await expect(row).toContainText('Must change password');
  await expect(page.getByRole('status')).toContainText('Sam Placeholder can now sign in with the temporary password');
  await app.screenshot('staff added');
  await signOut(page);

  await signIn(page, SAM.username, SAM.temporaryPassword);
  await expect(heading(page, 'Choose your own password')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByLabel('Temporary password').fill(SAM.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('too short');
  await page.getByLabel('New password again').fill('too short');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.error-summary').getByText('Password must be at least 10 characters.')).toBeVisible();
  await app.screenshot('forced password change error');

  await page.getByLabel('Temporary password').fill(SAM.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(SAM_OWN_PASSWORD);
  await page.getByLabel('New password again').fill(SAM_OWN_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(heading(page, 'Welcome, Sam Placeholder')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Case manager');
  // An administrator's account alone opens no participant record: a supervisor completes it.
  await expect(page.getByRole('heading', { name: 'Your account is waiting for a supervisor' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button')).toHaveText(['Home']);
  await app.screenshot('case manager home, waiting for a supervisor');
});

test('staff form refuses markup in a name, a short password and a taken username, saving nothing', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await goTo(page, 'Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByLabel('Name', { exact: true }).fill('<script>alert(1)</script>');
  await dialog.getByLabel('Username').fill('script.person');
  await dialog.getByLabel('Temporary password').fill('short');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.locator('.error-summary').getByText('Name cannot contain < or > or control characters.')).toBeVisible();
  await followErrorLink(dialog, dialog.getByLabel('Name', { exact: true }));
  await app.screenshot('add staff errors');

  await dialog.getByLabel('Name', { exact: true }).fill('Robin Example');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.locator('.error-summary').getByText('Password must be at least 10 characters.')).toBeVisible();

  await dialog.getByLabel('Username').fill(ADMIN.username);
  await dialog.getByLabel('Temporary password').fill('long enough password');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.locator('.error-summary').getByText('That username is taken.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByText('script.person')).toHaveCount(0);
  await expect(page.getByText('Robin Example')).toHaveCount(0);
});

test('a disabled account can no longer sign in, and enabling it needs a new temporary password', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await addStaff(page, SAM);
  await expect(page.getByRole('button', { name: `Disable ${ADMIN.name}` })).toHaveCount(0);

  await page.getByRole('button', { name: 'Disable Sam Placeholder' }).click();
  const confirm = page.getByRole('dialog', { name: 'Disable Sam Placeholder’s account?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot('disable confirm');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Sam Placeholder/ })).toContainText('Active');

  await page.getByRole('button', { name: 'Disable Sam Placeholder' }).click();
  await confirm.getByRole('button', { name: 'Disable account' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Sam Placeholder/ })).toContainText('Disabled');
  await expect(page.getByRole('button', { name: 'Enable Sam Placeholder' })).toBeVisible();
  await signOut(page);

  await signIn(page, SAM.username, SAM.temporaryPassword);
  await expect(page.getByRole('alert')).toContainText('The username or password is not right.');

  await signIn(page, ADMIN.username, ADMIN.password);
  await goTo(page, 'Staff');
  await page.getByRole('button', { name: 'Enable Sam Placeholder' }).click();
  const enable = page.getByRole('dialog', { name: 'Enable Sam Placeholder’s account' });
  await enable.getByLabel('Temporary password').fill('second temporary pw');
  await enable.getByRole('button', { name: 'Enable account' }).click();
  await expect(page.getByRole('row', { name: /Sam Placeholder/ })).toContainText('Active');
  await signOut(page);

  await signInFirstTime(page, { ...SAM, temporaryPassword: 'second temporary pw' }, SAM_OWN_PASSWORD);
});

test('an administrator changes a name, a role and the work phone printed on slips', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await addStaff(page, SAM);
  await page.getByRole('button', { name: 'Edit Sam Placeholder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Sam Placeholder' });
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('Sam Placeholder');
  await dialog.getByLabel('Name', { exact: true }).fill('Sam Q. Placeholder');
  await dialog.getByLabel('Role').selectOption({ label: 'Peer recovery specialist' });
  // Not a phone number: refused on the field, and nothing of the form is saved.
  await dialog.getByLabel('Work phone').fill('ask at the desk');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByLabel('Work phone')).toHaveAccessibleDescription(/Phone can hold only digits/);
  await dialog.getByLabel('Work phone').fill('410-555-0107');
  await app.screenshot('edit staff dialog');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Edit Sam Q. Placeholder' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Sam Q. Placeholder' }).getByLabel('Work phone')).toHaveValue('410-555-0107');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: /Sam Q. Placeholder/ })).toContainText('Peer recovery specialist');
  await expect(page.getByRole('button', { name: 'Edit Sam Q. Placeholder' })).toBeFocused();

  await goTo(page, 'Audit log');
  await expect(page.getByRole('row', { name: /Changed a staff role/ })).toContainText('Case manager → Peer recovery specialist');
});

test('an administrator resets a password, ending a lockout; the old password stops working', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await addStaff(page, SAM);
  await signOut(page);
  await signInFirstTime(page, SAM, SAM_OWN_PASSWORD);
  await signOut(page);
  for (let attempt = 1; attempt <= 5; attempt += 1) await signIn(page, SAM.username, `forgotten ${attempt}`);
  await expect(page.getByRole('alert')).toContainText('This account is locked for 10 minutes');

  await signIn(page, ADMIN.username, ADMIN.password);
  await goTo(page, 'Staff');
  const row = page.getByRole('row', { name: /Sam Placeholder/ });
  await expect(row).toContainText(/Locked until \d{1,2}:\d{2} [AP]M/);
  await expect(row).not.toContainText('Must change password');
  await app.screenshot('staff locked out');
  await page.getByRole('button', { name: 'Reset password for Sam Placeholder' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset Sam Placeholder’s password' });
  await dialog.getByLabel('Temporary password').fill('reset temporary pw');
  await app.screenshot('reset password dialog');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByRole('status')).toContainText('Sam Placeholder’s password was reset.');
  await expect(row).toContainText('Must change password');
  await expect(row).not.toContainText('Locked until');
  await signOut(page);

  await signIn(page, SAM.username, SAM_OWN_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
  await signInFirstTime(page, { ...SAM, temporaryPassword: 'reset temporary pw' }, 'another granite ferry');
});

test('everyone can change their own password', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await page.getByRole('banner').getByRole('button', { name: 'Change password' }).click();
  await expect(heading(page, 'Change your password')).toBeVisible();
  const form = page.getByRole('main');
  const newPassword = 'my changed password';

  await form.getByLabel('Current password').fill('not my password');
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('New password again').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.locator('.error-summary').getByText('Your current password is not right.')).toBeVisible();

  await form.getByLabel('Current password').fill(ADMIN.password);
  await form.getByLabel('New password again').fill('a different one');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.locator('.error-summary').getByText('The two passwords are not the same.')).toBeVisible();
  await app.screenshot('change password errors');

  await form.getByLabel('New password again').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');
  await expect(form.getByLabel('Current password')).toHaveValue('');
  await signOut(page);

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
  await signIn(page, ADMIN.username, newPassword);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
});

test('a supervisor sees the staff list but no administrator pages or controls', async ({ app }) => {
  const { page } = app;
  const jordan: StaffInput = {
    name: 'Jordan Sample',
    username: 'jordan.sample',
    role: 'Supervisor',
    temporaryPassword: 'temporary pass 2',
  };
  await setUpDesk(app);
  await addStaff(page, jordan);
  await signOut(page);
  await signInFirstTime(page, jordan, 'walnut glacier anthem');

  const nav = page.getByRole('navigation', { name: 'Main' });
  // No participant pages until the account is completed (records-access.spec.ts).
  await expect(nav.getByRole('button')).toHaveText(['Home', 'Staff', 'Audit log']);
  await goTo(page, 'Staff');
  await expect(page.getByRole('row', { name: new RegExp(ADMIN.name) })).toBeVisible();
  await expect(page.getByText('Only an administrator can add or change staff accounts.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add staff member' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Edit|Disable|Reset password)/ })).toHaveCount(0);
  await app.screenshot('supervisor staff list');

  // The main process refuses too, whatever the renderer shows.
  const reply = await page.evaluate(() => window.lead.invoke('settings.update', { programName: 'Renamed Program' }));
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
