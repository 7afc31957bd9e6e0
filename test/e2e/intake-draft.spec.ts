import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { CASEY, SKY, arrangeTeam, signInAs } from './helpers/intake-team';
import { fillReferral, group, inputDate, inputTime, sampleReferral, startNewReferral } from './helpers/intake-ui';

test('a referral draft survives a lock: everything typed is there after signing in again', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await startNewReferral(page);
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  const values = sampleReferral({
    pathway: 'Social contact referral',
    justification: 'Two contacts this week near the market.',
    inside: false,
    offenses: ['Misdemeanor trespass', 'Public urination'],
    approval: { by: 'Store owner (test)', date: inputDate(hourAgo), time: inputTime(hourAgo) },
  });
  await fillReferral(page, values);
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved at/ })).toBeVisible();
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Jordan Testcase');
  await expect(page.locator('body')).not.toContainText('Officer Sample');

  await signInAs(page, CASEY);
  await startNewReferral(page);
  await expect(page.getByRole('status').filter({ hasText: /^Restored the referral you started/ })).toBeVisible();
  await expectForm(page, values);
  await app.screenshot('draft restored');

  // Typing right before a lock is not lost either, without waiting for the save.
  await page.getByLabel('Unit', { exact: true }).fill('Central District, sector 2');
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAs(page, CASEY);
  await startNewReferral(page);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('Central District, sector 2');
  await expect(page.getByLabel('Recent law violations or police contacts that justify the referral')).toHaveValue(values.justification!);

  // The idle lock keeps it too.
  await page.getByLabel('Sequence/badge number').fill('S-4096');
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved at/ })).toBeVisible();
  app.clock.advanceMinutes(16);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAs(page, CASEY);
  await startNewReferral(page);
  await expect(page.getByLabel('Sequence/badge number')).toHaveValue('S-4096');

  // A draft is its author's own.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, SKY);
  await startNewReferral(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Starting over throws the draft away.
  await signInAs(page, CASEY);
  await startNewReferral(page);
  await page.getByRole('button', { name: 'Start over with an empty form' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await startNewReferral(page);
  await expect(page.getByLabel('Officer name')).toHaveValue('');
  await expect(group(page, 'Pathway').getByRole('radio', { checked: true })).toHaveCount(0);
});

async function expectForm(page: import('@playwright/test').Page, values: ReturnType<typeof sampleReferral>) {
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(values.name);
  await expect(page.getByLabel('Date of birth (optional now)')).toHaveValue(values.dateOfBirth);
  await expect(group(page, 'Pathway').getByLabel(values.pathway)).toBeChecked();
  await expect(page.getByLabel('Referral date')).toHaveValue(values.date);
  await expect(page.getByLabel('Referral time')).toHaveValue(values.time);
  await expect(page.getByLabel('Recent law violations or police contacts that justify the referral')).toHaveValue(values.justification!);
  await expect(page.getByLabel('Officer name')).toHaveValue(values.officerName);
  await expect(page.getByLabel('Sequence/badge number')).toHaveValue(values.badge);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(values.unit);
  await expect(page.getByLabel('Address or cross streets')).toHaveValue(values.location);
  await expect(group(page, 'Did it happen inside the referral area?').getByLabel('No, outside it')).toBeChecked();
  for (const offense of values.offenses)
    await expect(group(page, /LEAD-eligible offenses/).getByLabel(offense, { exact: true })).toBeChecked();
  await expect(group(page, /LEAD-eligible offenses/).getByLabel('CDS possession', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Approved by (name)')).toHaveValue(values.approval!.by);
  await expect(page.getByLabel('Approval date')).toHaveValue(values.approval!.date);
  await expect(page.getByLabel('Approval time')).toHaveValue(values.approval!.time);
}
