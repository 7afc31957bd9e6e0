import { test, expect } from './harness';
import { ADMIN, goTo, heading, signIn, followErrorLink } from './helpers/desk';
import { CASEY, PAIR_LABEL, SKY, arrangeTeam, signInAs } from './helpers/intake-team';
import { ok } from './helpers/participant-arrange';
import { ENROLL_STEP, group, openReferrals, sampleReferral, step, walkToReadyToEnroll } from './helpers/intake-ui';

test('a pair at its cap: refused for a case manager, a supervisor enrolls with a reason, and the override is audited', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);

  // The administrator sets the cap to 1 on the Settings page.
  await signIn(page, ADMIN.username, ADMIN.password);
  await goTo(page, 'Settings');
  const intake = page.getByRole('region', { name: 'Intake' });
  await intake.getByLabel('Caseload cap per pair').fill('0');
  await intake.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(intake.getByLabel('Caseload cap per pair')).toHaveAccessibleDescription(/Caseload cap must be at least 1\./);
  await intake.getByLabel('Caseload cap per pair').fill('1');
  await intake.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(intake.getByRole('status')).toHaveText('Intake settings saved.');
  await app.screenshot('settings with cap 1');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInAs(page, CASEY);
  await walkToReadyToEnroll(page, sampleReferral());
  const pairs = () => group(step(page, ENROLL_STEP), 'Pair (case manager and peer)');
  await pairs().getByLabel(`${PAIR_LABEL}: 0 of 1 participants`).check();
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(heading(page, 'Jordan Testcase')).toBeVisible();

  await walkToReadyToEnroll(page, sampleReferral({ name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }));
  await pairs().getByLabel(`${PAIR_LABEL}: 1 of 1 participants (at the cap)`).check();
  await expect(step(page, ENROLL_STEP)).toContainText('Only a supervisor can enroll over the cap, with a written reason.');
  await expect(step(page, ENROLL_STEP).getByLabel('Reason to enroll over the cap')).toHaveCount(0);
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(step(page, ENROLL_STEP).getByRole('alert')).toContainText(
    `${PAIR_LABEL} already has 1 of 1 participants. A supervisor can go over the cap with a written reason.`,
  );
  await expect(page.getByText('Status: Ready to enroll')).toBeVisible();
  await app.screenshot('case manager refused at cap');
  expect((await ok(app, 'participants.list', { limit: 100 })).participants).toHaveLength(1);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInAs(page, SKY);
  await openReferrals(page);
  await page.getByRole('button', { name: 'Riley Sampleton' }).click();
  await pairs().getByLabel(`${PAIR_LABEL}: 1 of 1 participants (at the cap)`).check();
  const reason = step(page, ENROLL_STEP).getByLabel('Reason to enroll over the cap');
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(reason).toHaveAccessibleDescription(/The pair is at its cap: a supervisor must give a reason to go over it\./);
  await followErrorLink(page, reason);
  await reason.fill('<script>alert(1)</script>');
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(reason).toHaveAccessibleDescription(/Override reason cannot contain < or > or control characters\./);
  await reason.fill('Riley already works with this pair’s peer; a change would break that trust.');
  await app.screenshot('supervisor override');
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(heading(page, 'Riley Sampleton')).toBeVisible();
  expect((await ok(app, 'participants.list', { limit: 100 })).participants).toHaveLength(2);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Pairs and the records' audit log are the supervisor's (they are in the records database).
  await signIn(page, SKY.username, SKY.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pairs' }).click();
  await expect(page.getByRole('row', { name: new RegExp(CASEY.name) })).toContainText('2 of 1 — at the cap');
  await expect(page.getByRole('button', { name: `Deactivate ${PAIR_LABEL}` })).toHaveCount(0);
  await app.screenshot('pairs over the cap');
  await goTo(page, 'Audit log');
  const override = page.getByRole('row', { name: /Enrolled over a pair’s cap/ });
  await expect(override).toContainText(SKY.name);
  await expect(override).not.toContainText('Riley already works');
  await expect(override).toContainText('cap: 1');
  await app.screenshot('audit shows the override');
});
