import { expect, type Locator, type Page } from '@playwright/test';
import type { TestApp } from '../harness';

/** Invented people only: no real names anywhere in the tests. */
export const ADMIN = { name: 'Avery Testwell', username: 'avery.testwell', password: 'correct horse battery' };
export const PROGRAM = 'Central District LEAD (test)';

export interface StaffInput {
  name: string;
  username: string;
  role: 'Administrator' | 'Supervisor' | 'Case manager' | 'Peer recovery specialist';
  temporaryPassword: string;
}

export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** Fills the first-run form; does not submit. */
export async function fillSetup(
  page: Page,
  values: { program: string; name: string; username: string; password: string; confirm?: string },
) {
  await page.getByLabel('Program name').fill(values.program);
  await page.getByLabel('Your name').fill(values.name);
  await page.getByLabel('Username').fill(values.username);
  await page.getByLabel('Password', { exact: true }).fill(values.password);
  await page.getByLabel('Password again').fill(values.confirm ?? values.password);
}

/** The recovery key as shown on screen, e.g. "ABCD-EFGH-…". */
export async function readRecoveryKey(page: Page): Promise<string> {
  const list = page.getByRole('list', { name: 'Recovery key' });
  await expect(list).toBeVisible();
  const groups = await list.locator('code').allTextContents();
  expect(groups).toHaveLength(10);
  return groups.join('-');
}

/** On the "check what you wrote down" step: which two groups are asked for (1-based). */
export async function askedGroups(page: Page): Promise<[number, number]> {
  const labels = await page
    .locator('label')
    .filter({ hasText: /^Group \d+$/ })
    .allTextContents();
  expect(labels).toHaveLength(2);
  return labels.map((label) => Number(label.replace('Group ', ''))) as [number, number];
}

export function keyGroup(recoveryKey: string, group: number): string {
  return recoveryKey.split('-')[group - 1]!;
}

/** Confirms a recovery key that is showing on screen; returns the key. */
export async function confirmShownRecoveryKey(page: Page): Promise<string> {
  const recoveryKey = await readRecoveryKey(page);
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const [a, b] = await askedGroups(page);
  await page.getByLabel(`Group ${a}`, { exact: true }).fill(keyGroup(recoveryKey, a));
  await page.getByLabel(`Group ${b}`, { exact: true }).fill(keyGroup(recoveryKey, b));
  await page.getByRole('button', { name: 'Confirm' }).click();
  return recoveryKey;
}

/** First start through the real screens, ending signed in as the administrator at Home. */
export async function setUpDesk(app: TestApp, program = PROGRAM, admin = ADMIN): Promise<{ recoveryKey: string }> {
  await app.open();
  await expect(heading(app.page, 'Set up LEAD Desk')).toBeVisible();
  await fillSetup(app.page, { program, name: admin.name, username: admin.username, password: admin.password });
  await app.page.getByRole('button', { name: 'Set up LEAD Desk' }).click();
  await expect(heading(app.page, 'Write down the recovery key')).toBeVisible();
  const recoveryKey = await confirmShownRecoveryKey(app.page);
  await expect(heading(app.page, `Welcome, ${admin.name}`)).toBeVisible();
  return { recoveryKey };
}

export async function signIn(page: Page, username: string, password: string) {
  await expect(heading(page, 'Sign in')).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page, 'Sign in')).toBeVisible();
}

export async function goTo(page: Page, name: 'Home' | 'Staff' | 'Audit log' | 'Settings') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
  await expect(heading(page, name === 'Home' ? /Welcome/ : name)).toBeVisible();
}

export async function addStaff(page: Page, staff: StaffInput) {
  await goTo(page, 'Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByLabel('Name', { exact: true }).fill(staff.name);
  await dialog.getByLabel('Username').fill(staff.username);
  await dialog.getByLabel('Role').selectOption({ label: staff.role });
  await dialog.getByLabel('Temporary password').fill(staff.temporaryPassword);
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(staff.name) })).toBeVisible();
}

/** Signs in with a temporary password and replaces it, ending at Home. */
export async function signInFirstTime(page: Page, staff: StaffInput, newPassword: string) {
  await signIn(page, staff.username, staff.temporaryPassword);
  await expect(heading(page, 'Choose your own password')).toBeVisible();
  await page.getByLabel('Temporary password').fill(staff.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(heading(page, `Welcome, ${staff.name}`)).toBeVisible();
}

/**
 * A refused form, as the GOV.UK error summary works: the summary at the top has the focus, and
 * its link for `field` moves the focus to that field.
 */
export async function followErrorLink(scope: Page | Locator, field: Locator): Promise<void> {
  const summary = scope.locator('.error-summary');
  await expect(summary).toBeFocused();
  const id = await field.getAttribute('id');
  await summary.locator(`a[href="#${id}"]`).click();
  await expect(field).toBeFocused();
}
