import { test, expect } from './harness';
import { ADMIN, addStaff, goTo, heading, setUpDesk, signIn, signOut } from './helpers/desk';

test('the audit log shows sign-ins, failed sign-ins and staff changes, filters them, and checks its chain', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  await signOut(page);
  await signIn(page, ADMIN.username, 'not the password');
  await expect(page.getByRole('alert')).toContainText('not right');
  await signIn(page, ADMIN.username, ADMIN.password);
  await addStaff(page, {
    name: 'Sam Placeholder',
    username: 'sam.placeholder',
    role: 'Case manager',
    temporaryPassword: 'temporary pass 1',
  });

  await goTo(page, 'Audit log');
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Signed in/ }).first()).toContainText(ADMIN.name);
  await expect(table.getByRole('row', { name: /Wrong password/ })).toContainText(`${ADMIN.name} (${ADMIN.username})`);
  await expect(table.getByRole('row', { name: /Wrong password/ })).toContainText('Not signed in');
  await expect(table.getByRole('row', { name: /Added a staff account/ })).toContainText('Sam Placeholder (sam.placeholder)');
  await expect(table.getByRole('row', { name: /Added a staff account/ })).toContainText('role: Case manager');
  await expect(table.getByRole('row', { name: /Set up LEAD Desk/ })).toBeVisible();
  await app.screenshot('audit log');

  // Viewing the log is itself recorded, with the filter that was used.
  await page.getByLabel('Action').selectOption({ label: 'Audit log views and checks' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('Showing 1 entry, newest first.')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Viewed the audit log');
  await expect(table.getByRole('row').nth(1)).toContainText(ADMIN.name);

  await page.getByLabel('Action').selectOption({ label: 'Staff account changes' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('Showing 1 entry, newest first.')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Added a staff account');

  await page.getByLabel('Action').selectOption({ label: 'All actions' });
  await page.getByLabel('Person').selectOption({ label: 'Sam Placeholder (sam.placeholder)' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('No entries match.')).toBeVisible();

  await page.getByLabel('Person').selectOption({ label: `${ADMIN.name} (${ADMIN.username})` });
  await page.getByLabel('From date').fill('2020-01-02');
  await page.getByLabel('To date').fill('2020-01-01');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.locator('.error-summary').getByText('The “to” date is before the “from” date.')).toBeVisible();
  await page.getByLabel('To date').fill('');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText(/^Showing \d+ entries/)).toBeVisible();
  await expect(table.getByRole('row', { name: /Wrong password/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Signed in/ }).first()).toBeVisible();

  await page.getByLabel('From date').fill('2099-01-01');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('No entries match.')).toBeVisible();
  await app.screenshot('audit log filtered');

  await page.getByRole('button', { name: 'Check integrity' }).click();
  await expect(page.getByText(/^Intact: \d+ entries$/)).toBeVisible();
  await app.screenshot('audit log intact');
});

test('the audit log pages back with "Load older entries"', async ({ app }) => {
  const { page } = app;
  await setUpDesk(app);
  // Sixty cheap entries: each integrity check is recorded.
  await page.evaluate(async () => {
    for (let i = 0; i < 60; i += 1) await window.lead.invoke('audit.verify', {});
  });
  await goTo(page, 'Audit log');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(51);
  await page.getByRole('button', { name: 'Load older entries' }).click();
  await expect(page.getByRole('button', { name: 'Load older entries' })).toHaveCount(0);
  await expect(rows.last()).toContainText('Set up LEAD Desk');
  const count = await rows.count();
  expect(count).toBeGreaterThan(60);
  await expect(heading(page, 'Audit log')).toBeVisible();
});
