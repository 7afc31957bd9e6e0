import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { CASEY, arrangeTeam, signInAs } from './helpers/intake-team';
import { ok } from './helpers/participant-arrange';
import {
  DECISION_STEP,
  ENROLL_STEP,
  SAO_STEP,
  SCREEN_STEP,
  createReferral,
  openReferrals,
  recordDecision,
  sampleReferral,
  screen,
  step,
} from './helpers/intake-ui';

test('an ineligible referral shows every reason, stays in the list as not eligible, and cannot be enrolled', async ({ app }) => {
  const { page } = app;
  const { pairIds } = await arrangeTeam(app);
  await signInAs(page, CASEY);
  await createReferral(page, sampleReferral({ inside: false }));
  await screen(page, { yes: ['under_supervision', 'open_warrant'] });

  const result = step(page, SCREEN_STEP);
  await expect(result).toContainText('Not eligible');
  await expect(result).toContainText('The person is under supervision (probation or parole).');
  await expect(result).toContainText('The person has an open warrant.');
  await expect(result).toContainText('The referral did not originate inside the referral area.');
  await expect(page.getByText('Status: Not eligible')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The referral is kept as not eligible.' })).toBeVisible();
  for (const later of [SAO_STEP, DECISION_STEP, ENROLL_STEP]) await expect(step(page, later)).toContainText('Not needed');
  await expect(step(page, ENROLL_STEP)).toContainText('This referral cannot be enrolled. It stays on record for the evaluation.');
  await expect(page.getByRole('button', { name: 'Enroll' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record the decision' })).toHaveCount(0);
  await app.screenshot('not eligible');

  await openReferrals(page);
  await expect(page.getByRole('row', { name: /Jordan Testcase/ })).toContainText('Not eligible');
  // Each status says how many referrals it holds.
  await page.getByLabel('Show').selectOption({ label: 'Not eligible (1)' });
  await expect(page.getByText('1 referral “Not eligible”, newest first.')).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'Ready to enroll (0)' });
  await expect(page.getByText('No referrals are “Ready to enroll”.')).toBeVisible();
  await app.screenshot('filtered list');

  // The main process refuses too, and no participant exists.
  const referrals = (await ok(app, 'referrals.list', {})).referrals;
  expect(referrals).toHaveLength(1);
  const enroll = await app.core.invoke('participants.enroll', { referralId: referrals[0]!.id, pairId: pairIds[0]! });
  expect(enroll).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect((await ok(app, 'participants.list', { limit: 100 })).participants).toEqual([]);
});

test('a declined referral is kept, and no participant is made', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await createReferral(page, sampleReferral({ name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }));
  await screen(page);
  await expect(step(page, SCREEN_STEP)).toContainText('Eligible');

  await recordDecision(page, 'Declines LEAD', 'Wants the case handled in court.');
  await expect(page.getByText('Status: Declined LEAD')).toBeVisible();
  const decision = step(page, DECISION_STEP);
  await expect(decision).toContainText('Declines LEAD: Wants the case handled in court.');
  await expect(decision).toContainText('The referral is kept: declines count in the program’s evaluation. No participant record is made.');
  await expect(step(page, ENROLL_STEP)).toContainText('This referral cannot be enrolled.');
  await expect(step(page, SAO_STEP).getByRole('button', { name: 'Record the verification' })).toHaveCount(0);
  await expect(step(page, SCREEN_STEP).getByRole('button', { name: 'Correct the screen' })).toHaveCount(0);
  await app.screenshot('declined');

  await openReferrals(page);
  await page.getByLabel('Show').selectOption({ label: 'Declined LEAD (1)' });
  await expect(page.getByRole('row', { name: /Riley Sampleton/ })).toContainText('Declined LEAD');
  expect((await ok(app, 'participants.list', { limit: 100 })).participants).toEqual([]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Participants' }).click();
  await expect(heading(page, 'Participants')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('No participants yet.');
  await expect(page.getByRole('main')).not.toContainText('Riley Sampleton');
});
