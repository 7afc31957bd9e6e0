import { test, expect } from './harness';
import { ADMIN, goTo, heading, signIn, signOut, followErrorLink } from './helpers/desk';
import { CASEY, DREW, PAIR_LABEL, PAT, ROBIN, SECOND_PAIR_LABEL, SKY, arrangeTeam, signInAs } from './helpers/intake-team';
import { group, startNewReferral } from './helpers/intake-ui';

test('the supervisor creates pairs from active staff and deactivates an empty one', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app, { pairs: 0, extraStaff: true });
  // Pairs are part of the participant records, which administrators cannot open.
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(heading(page, `Welcome, ${ADMIN.name}`)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button', { name: 'Referrals' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Pairs' })).toHaveCount(0);
  const refused = await page.evaluate(() => window.lead.invoke('referrals.list', {}));
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await signOut(page);
  await signInAs(page, SKY);
  await nav.getByRole('button', { name: 'Pairs' }).click();
  await expect(heading(page, 'Pairs')).toBeVisible();
  await expect(page.getByText('No pairs yet. Create the first one below.')).toBeVisible();

  const create = page.getByRole('region', { name: 'Create a pair' });
  await create.getByRole('button', { name: 'Create pair' }).click();
  await expect(create.getByLabel('Case manager')).toHaveAccessibleDescription(/^Choose a case manager\./);
  await expect(create.getByLabel('Peer recovery specialist')).toHaveAccessibleDescription(/^Choose a peer recovery specialist\./);
  await followErrorLink(create, create.getByLabel('Case manager'));
  // Only case managers and peers are offered, each in their own list.
  await expect(create.getByLabel('Case manager').getByRole('option')).toHaveText(['Choose a case manager', CASEY.name, DREW.name]);
  await expect(create.getByLabel('Peer recovery specialist').getByRole('option')).toHaveText(['Choose a peer', PAT.name, ROBIN.name]);
  await app.screenshot('create pair errors');

  await create.getByLabel('Case manager').selectOption({ label: CASEY.name });
  await create.getByLabel('Peer recovery specialist').selectOption({ label: PAT.name });
  await create.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByRole('status')).toHaveText(`${PAIR_LABEL} can now take participants.`);
  const row = page.getByRole('row', { name: new RegExp(CASEY.name) });
  await expect(row).toContainText(`with ${PAT.name}`);
  await expect(row).toContainText('0 of 28');
  await expect(row).toContainText('Active');
  // Someone already in an active pair is not offered again.
  await expect(create.getByLabel('Case manager').getByRole('option')).toHaveText(['Choose a case manager', DREW.name]);

  await create.getByLabel('Case manager').selectOption({ label: DREW.name });
  await create.getByLabel('Peer recovery specialist').selectOption({ label: ROBIN.name });
  await create.getByRole('button', { name: 'Create pair' }).click();
  await expect(page.getByRole('row', { name: new RegExp(DREW.name) })).toContainText('Active');
  await expect(create.getByLabel('Case manager').getByRole('option')).toHaveText(['No one available']);
  await app.screenshot('two pairs');

  await page.getByRole('button', { name: `Deactivate ${SECOND_PAIR_LABEL}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deactivate ${SECOND_PAIR_LABEL}?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot('deactivate pair');
  await dialog.getByRole('button', { name: 'Deactivate pair' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(DREW.name) })).toContainText('Inactive');
  await expect(page.getByRole('button', { name: `Deactivate ${SECOND_PAIR_LABEL}` })).toHaveCount(0);
  await expect(create.getByLabel('Case manager').getByRole('option')).toHaveText(['Choose a case manager', DREW.name]);
});

test('the administrator sets the intake window and the referral area; the referral form shows the area', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signIn(page, ADMIN.username, ADMIN.password);
  await goTo(page, 'Settings');
  const intake = page.getByRole('region', { name: 'Intake' });
  await expect(intake.getByLabel('Caseload cap per pair')).toHaveValue('28');
  await expect(intake.getByLabel('Intake window (days)')).toHaveValue('30');
  await expect(intake.getByLabel('Referral area')).toHaveValue(/^Franklin St\. \(north\) to Pratt St\. \(south\)/);

  await intake.getByLabel('Intake window (days)').fill('91');
  await intake.getByLabel('Referral area').fill('<b>the whole district</b>');
  await intake.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(intake.getByLabel('Intake window (days)')).toHaveAccessibleDescription(/^Intake window can be at most 90 days\./);
  await expect(intake.getByLabel('Referral area')).toHaveAccessibleDescription(/^Referral area cannot contain < or >/);
  await app.screenshot('intake settings errors');

  await intake.getByLabel('Intake window (days)').fill('14');
  await intake.getByLabel('Referral area').fill('The whole Central District (test area)');
  await intake.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(intake.getByRole('status')).toHaveText('Intake settings saved.');
  await goTo(page, 'Home');
  await goTo(page, 'Settings');
  await expect(intake.getByLabel('Intake window (days)')).toHaveValue('14');
  await expect(intake.getByLabel('Referral area')).toHaveValue('The whole Central District (test area)');
  await goTo(page, 'Audit log');
  await expect(page.getByRole('row', { name: /Changed settings/ }).first()).toContainText('intakeWindowDays: 30 → 14');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInAs(page, CASEY);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pairs' })).toHaveCount(0);
  await startNewReferral(page);
  await expect(group(page, 'Did it happen inside the referral area?')).toContainText(
    'The referral area: The whole Central District (test area)',
  );
});
