import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { CASEY, arrangeTeam, signInAs } from './helpers/intake-team';
import { SAO_STEP, createReferral, inputDate, openReferrals, recordSao, sampleReferral, screen, step } from './helpers/intake-ui';

test('the State’s Attorney list shows what is waiting and for how long', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  // Today at midnight: never in the future, and the days are counted from today.
  const today = { date: inputDate(new Date()), time: '00:00' };
  await createReferral(page, sampleReferral(today));
  await screen(page);
  await recordSao(page, 'Pending: sent, waiting for the answer');
  await expect(step(page, SAO_STEP)).toContainText('Sent to the State’s Attorney’s Office.');
  await createReferral(page, sampleReferral({ ...today, name: 'Riley Sampleton', dateOfBirth: '1985-01-30' }));
  await createReferral(page, sampleReferral({ ...today, name: 'Morgan Placeholder', dateOfBirth: '1979-11-02' }));

  await openReferrals(page);
  const waiting = page.getByRole('region', { name: 'Waiting for the State’s Attorney' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting.getByRole('listitem')).toContainText('0 days');
  await expect(waiting).not.toContainText('Riley Sampleton');

  // Two days later. The desk has locked itself in the meantime.
  app.clock.advanceMinutes(2 * 24 * 60);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAs(page, CASEY);
  await openReferrals(page);
  await expect(waiting.getByRole('button', { name: 'Jordan Testcase, waiting 2 days' })).toBeVisible();
  await expect(waiting.getByRole('listitem')).toContainText('2 days');
  await expect(page.getByRole('row', { name: /Jordan Testcase/ })).toContainText('Waiting 2 days');
  await expect(page.getByRole('row', { name: /Riley Sampleton/ })).toContainText('Eligibility screen to finish');
  await app.screenshot('waiting two days');

  // Riley is screened now: the days count from the referral, not from the screen.
  await page.getByRole('button', { name: 'Riley Sampleton' }).click();
  await screen(page);
  await expect(step(page, SAO_STEP)).toContainText('Not yet sent to the State’s Attorney’s Office. Waiting since the referral: 2 days');
  app.clock.advanceMinutes(24 * 60);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAs(page, CASEY);
  await openReferrals(page);
  await expect(waiting.getByRole('listitem')).toHaveCount(2);
  for (const name of ['Jordan Testcase', 'Riley Sampleton']) {
    await expect(waiting.getByRole('listitem').filter({ hasText: name })).toContainText('3 days');
  }

  await waiting.getByRole('button', { name: /Jordan Testcase/ }).click();
  await recordSao(page, 'Verified eligible', { on: inputDate(app.clock.now()), by: 'ASA Example' });
  await expect(page.getByText("Status: Waiting for the person's decision")).toBeVisible();
  await openReferrals(page);
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting).not.toContainText('Jordan Testcase');
});
