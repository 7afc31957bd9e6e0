import { test, expect } from './harness';
import { heading, followErrorLink } from './helpers/desk';
import {
  DECISION_STEP,
  ENROLL_STEP,
  SAO_STEP,
  SCREEN_STEP,
  createReferral,
  fillReferral,
  group,
  inputDate,
  openReferrals,
  recordDecision,
  recordSao,
  sampleReferral,
  screen,
  startNewReferral,
  step,
} from './helpers/intake-ui';
import { CASEY, PAIR_LABEL, PAT, arrangeTeam, signInAs } from './helpers/intake-team';

test('an arrest diversion goes from referral to enrolled participant', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);

  await openReferrals(page);
  await expect(page.getByText('No referrals yet.')).toBeVisible();
  await expect(page.getByText('Nothing is waiting for the State’s Attorney’s verification.')).toBeVisible();
  await app.screenshot('referrals empty');

  await startNewReferral(page);
  await expect(group(page, 'Did it happen inside the referral area?')).toContainText('Franklin St. (north) to Pratt St. (south)');
  const referral = sampleReferral();
  await fillReferral(page, referral);
  await expect(page.getByRole('status').filter({ hasText: /^Draft saved at/ })).toBeVisible();
  await app.screenshot('new referral filled');
  await page.getByRole('button', { name: 'Save referral' }).click();

  await expect(heading(page, 'Referral: Jordan Testcase')).toBeVisible();
  await expect(page.getByText('Status: Eligibility screen to finish')).toBeVisible();
  const facts = page.getByRole('region', { name: 'The referral' });
  await expect(facts).toContainText('Arrest diversion (stop referral)');
  await expect(facts).toContainText('Officer Sample, #S-1024');
  await expect(facts).toContainText('Central District');
  await expect(facts).toContainText('Eutaw St. & Lexington St.');
  await expect(facts).toContainText('Inside the referral area');
  await expect(facts).toContainText('CDS possession');
  await expect(step(page, SCREEN_STEP)).toContainText(
    'Criminal history itself is not stored: only the answers below, who checked, and when.',
  );
  await expect(step(page, SCREEN_STEP).getByLabel('Date of birth')).toHaveValue('1990-05-12');
  await app.screenshot('referral saved, screen to do');

  // An unanswered question is not a "no": the screen stays incomplete and says what is missing.
  await screen(page, { skip: ['open_warrant'] });
  await expect(step(page, SCREEN_STEP)).toContainText('Incomplete: still to answer');
  await expect(step(page, SCREEN_STEP)).toContainText('Answer: Does the person have an open warrant?');
  await expect(page.getByText('Status: Eligibility screen to finish')).toBeVisible();
  await group(step(page, SCREEN_STEP), 'Does the person have an open warrant?').getByLabel('No', { exact: true }).check();
  await step(page, SCREEN_STEP).getByRole('button', { name: 'Record the screen' }).click();
  await expect(step(page, SCREEN_STEP)).toContainText('Eligible');
  await expect(step(page, SCREEN_STEP)).toContainText(`Checked by ${CASEY.name}`);
  await expect(page.getByText("Status: Waiting for the State's Attorney")).toBeVisible();
  await expect(page.getByRole('heading', { name: /2\. State’s Attorney’s verification/ })).toBeFocused();
  await app.screenshot('screened eligible, SAO to do');

  await recordSao(page, 'Pending: sent, waiting for the answer');
  await expect(step(page, SAO_STEP)).toContainText('Sent to the State’s Attorney’s Office.');
  // Calendar days at the desk: a stop an hour ago was yesterday's just after midnight.
  await expect(step(page, SAO_STEP)).toContainText(/Waiting since the referral: (0 days|1 day)/);
  // The person's decision can be recorded while the State's Attorney has not answered yet.
  await recordDecision(page, 'Accepts LEAD');
  await expect(step(page, DECISION_STEP)).toContainText('Accepts LEAD');
  await expect(page.getByText("Status: Waiting for the State's Attorney")).toBeVisible();
  await expect(step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' })).toHaveCount(0);

  await recordSao(page, 'Verified eligible', { on: inputDate(new Date()), by: 'ASA Example' });
  await expect(step(page, SAO_STEP)).toContainText('Verified eligible');
  await expect(step(page, SAO_STEP)).toContainText('by ASA Example');
  await expect(page.getByText('Status: Ready to enroll')).toBeVisible();
  // Once the State's Attorney has verified it, the screen is settled.
  await expect(step(page, SCREEN_STEP).getByRole('button', { name: 'Correct the screen' })).toHaveCount(0);

  const pairs = group(step(page, ENROLL_STEP), 'Pair (case manager and peer)');
  await expect(pairs.getByLabel(`${PAIR_LABEL}: 0 of 28 participants`)).toBeVisible();
  await app.screenshot('ready to enroll');
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();
  await expect(step(page, ENROLL_STEP)).toContainText('Choose the pair who will work with this participant.');
  await pairs.getByLabel(`${PAIR_LABEL}: 0 of 28 participants`).check();
  await step(page, ENROLL_STEP).getByRole('button', { name: 'Enroll' }).click();

  // Enrolled: the participant's record opens.
  await expect(heading(page, 'Jordan Testcase')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Enrolled in LEAD with ${PAIR_LABEL}.` })).toBeVisible();
  await app.screenshot('participant after enrolling');

  await openReferrals(page);
  await expect(page.getByRole('row', { name: /Jordan Testcase/ })).toContainText('Enrolled');
  await page.getByRole('button', { name: 'Jordan Testcase' }).click();
  await expect(page.getByText('Status: Enrolled')).toBeVisible();
  await expect(step(page, ENROLL_STEP).getByRole('button', { name: 'Open the participant record' })).toBeVisible();
  await app.screenshot('referral enrolled');

  // The draft went with the saved referral: a new referral starts empty.
  await startNewReferral(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Officer name')).toHaveValue('');
});

test('a social contact referral needs the recent contacts that justify it', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await startNewReferral(page);
  await fillReferral(
    page,
    sampleReferral({ name: 'Riley Sampleton', dateOfBirth: '1985-01-30', pathway: 'Social contact referral', offenses: ['Prostitution'] }),
  );
  const justification = page.getByLabel('Recent law violations or police contacts that justify the referral');
  await expect(justification).toBeVisible();
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(justification).toHaveAccessibleDescription(/Justification \(recent law violations or police contacts\) is required\./);
  await followErrorLink(page, justification);
  await expect(page.getByRole('alert')).toContainText('The referral was not saved');
  await app.screenshot('social contact without justification');

  await justification.fill('Three police contacts this month near the market; sleeping outside.');
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(heading(page, 'Referral: Riley Sampleton')).toBeVisible();
  const facts = page.getByRole('region', { name: 'The referral' });
  await expect(facts).toContainText('Social contact referral');
  await expect(facts).toContainText('Three police contacts this month near the market; sleeping outside.');
  await app.screenshot('social contact saved');

  await openReferrals(page);
  await expect(page.getByRole('row', { name: /Riley Sampleton/ })).toContainText('Social contact referral');
});

test('a peer reads referrals but records nothing', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await createReferral(page, sampleReferral());
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInAs(page, PAT);
  await openReferrals(page);
  await expect(page.getByRole('button', { name: 'New referral' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Jordan Testcase' }).click();
  await expect(heading(page, 'Referral: Jordan Testcase')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Record/ })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await app.screenshot('peer reads a referral');
  const reply = await page.evaluate(() =>
    window.lead.invoke('referrals.recordDecision', { referralId: 1, decision: 'declined', reason: null }),
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
