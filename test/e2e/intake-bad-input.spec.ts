import { test, expect } from './harness';
import { heading, followErrorLink } from './helpers/desk';
import { CASEY, arrangeTeam, signInAs } from './helpers/intake-team';
import { ok } from './helpers/participant-arrange';
import {
  DECISION_STEP,
  SAO_STEP,
  SCREEN_STEP,
  createReferral,
  daysFromNow,
  fillReferral,
  group,
  inputDate,
  openReferrals,
  sampleReferral,
  screen,
  startNewReferral,
  step,
} from './helpers/intake-ui';

const SCRIPT = '<script>alert(1)</script>';
/** The badge field holds at most 20 characters: a tag that fits, so the markup is what is refused. */
const SHORT_SCRIPT = '<script>';
const MARKUP = /cannot contain < or > or control characters\./;

test('the referral form refuses markup, a future date, a missing approval and absurd lengths, and saves nothing', async ({ app }) => {
  const { page } = app;
  page.on('dialog', () => {
    throw new Error('a script ran');
  });
  await arrangeTeam(app);
  await signInAs(page, CASEY);
  await startNewReferral(page);

  // Nothing chosen or typed: each question says what it needs.
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(group(page, 'Pathway')).toContainText('Choose the pathway: arrest diversion or social contact.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Name is required.');
  await followErrorLink(page, page.getByLabel('Name', { exact: true }));
  await app.screenshot('nothing typed');

  const tomorrow = daysFromNow(1);
  await fillReferral(page, {
    name: SCRIPT,
    pathway: 'Social contact referral',
    justification: SCRIPT,
    date: inputDate(tomorrow),
    time: '12:00',
    officerName: SCRIPT,
    badge: SHORT_SCRIPT,
    unit: SCRIPT,
    location: SCRIPT,
    offenses: ['Misdemeanor trespass'],
  });
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('alert')).toContainText('The referral was not saved');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/^Name cannot contain < or >/);
  await followErrorLink(page, page.getByLabel('Name', { exact: true }));
  await expect(page.getByLabel('Officer name')).toHaveAccessibleDescription(/^Officer name cannot contain < or >/);
  await expect(page.getByLabel('Sequence/badge number')).toHaveAccessibleDescription(
    /^Officer sequence\/badge number cannot contain < or >/,
  );
  await expect(page.getByLabel('Unit', { exact: true })).toHaveAccessibleDescription(/^Officer unit cannot contain < or >/);
  await expect(page.getByLabel('Address or cross streets')).toHaveAccessibleDescription(
    /^Location \(address or cross streets\) cannot contain < or >/,
  );
  await expect(page.getByLabel('Recent law violations or police contacts that justify the referral')).toHaveAccessibleDescription(MARKUP);
  await expect(page.getByLabel('Referral date')).toHaveAccessibleDescription('Referral date and time cannot be in the future.');
  await expect(group(page, 'Did it happen inside the referral area?')).toContainText(
    'Say whether the location is inside the referral area.',
  );
  await expect(page.getByLabel('Approved by (name)')).toHaveAccessibleDescription(
    /^Trespass and public urination need the victim's or store owner's approval \(who and when\) before the referral can be submitted\./,
  );
  await app.screenshot('every field refused');

  // The approval itself is checked too: markup, and it must come before the referral.
  await fillReferral(page, { approval: { by: SCRIPT, date: inputDate(daysFromNow(2)), time: '09:00' } });
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByLabel('Approved by (name)')).toHaveAccessibleDescription(
    /^Approving victim's or store owner's name cannot contain < or >/,
  );
  await expect(page.getByLabel('Approval date')).toHaveAccessibleDescription('Approval date and time cannot be in the future.');

  // Clean everything but an absurdly long officer name.
  const clean = sampleReferral({
    pathway: 'Social contact referral',
    justification: 'Seen daily near the market.',
    officerName: 'x'.repeat(5000),
  });
  await fillReferral(page, { ...clean, offenses: [], approval: { by: 'Store owner (test)', date: clean.date, time: '00:00' } });
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByLabel('Officer name')).toHaveAccessibleDescription('Officer name must be at most 100 characters.');
  await followErrorLink(page, page.getByLabel('Officer name'));
  await expect(page.getByRole('alert')).toContainText('Officer name must be at most 100 characters.');
  await app.screenshot('officer name too long');

  expect((await ok(app, 'referrals.list', {})).referrals).toEqual([]);
  await openReferrals(page);
  await expect(page.getByText('No referrals yet.')).toBeVisible();
});

test('later steps refuse bad input too; an under-18 date of birth makes the referral not eligible', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await signInAs(page, CASEY);

  // Seventeen on the referral date: saved as a referral, screened not eligible.
  const seventeen = new Date();
  seventeen.setFullYear(seventeen.getFullYear() - 17);
  await createReferral(page, sampleReferral({ name: 'Avery Youngtest', dateOfBirth: inputDate(seventeen) }));
  await screen(page);
  await expect(step(page, SCREEN_STEP)).toContainText('Not eligible');
  await expect(step(page, SCREEN_STEP)).toContainText('The person was under 18 on the referral date (turns 18 on');
  await expect(step(page, SCREEN_STEP)).toContainText('LEAD is for adults only.');
  await expect(page.getByText('Status: Not eligible')).toBeVisible();
  await app.screenshot('under 18');

  await createReferral(page, sampleReferral());
  await step(page, SCREEN_STEP).getByLabel('Date of birth').fill('1899-12-31');
  await screen(page);
  await expect(step(page, SCREEN_STEP).getByLabel('Date of birth')).toHaveAccessibleDescription(/^Date of birth cannot be before 1900\./);
  await screen(page, { dateOfBirth: '1990-05-12' });
  await expect(step(page, SCREEN_STEP)).toContainText('Eligible');

  const sao = step(page, SAO_STEP);
  await sao.getByRole('button', { name: 'Record the verification' }).click();
  await expect(group(sao, 'What did the State’s Attorney’s Office answer?')).toContainText(
    'Choose what the State’s Attorney’s Office answered',
  );
  await group(sao, 'What did the State’s Attorney’s Office answer?').getByLabel('Verified eligible').check();
  await sao.getByLabel('Date of the decision').fill(inputDate(daysFromNow(3)));
  await sao.getByLabel('Name of the person at the State’s Attorney’s Office').fill(SCRIPT);
  await sao.getByRole('button', { name: 'Record the verification' }).click();
  await expect(sao.getByLabel('Date of the decision')).toHaveAccessibleDescription('Date of the decision cannot be in the future.');
  await expect(sao.getByLabel('Name of the person at the State’s Attorney’s Office')).toHaveAccessibleDescription(
    /^Name of the person at the State's Attorney's Office cannot contain < or >/,
  );
  await app.screenshot('SAO refused');

  const decision = step(page, DECISION_STEP);
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(group(decision, 'Does the person accept LEAD?')).toContainText('Record whether the person accepts or declines LEAD.');
  await group(decision, 'Does the person accept LEAD?').getByLabel('Declines LEAD').check();
  await decision.getByLabel('Reason (optional)').fill(SCRIPT);
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decision.getByLabel('Reason (optional)')).toHaveAccessibleDescription(/^Reason cannot contain < or >/);
  await decision.getByLabel('Reason (optional)').fill('y'.repeat(1001));
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decision.getByLabel('Reason (optional)')).toHaveAccessibleDescription('Reason must be at most 1000 characters.');

  // Nothing of that was saved.
  const [latest] = (await ok(app, 'referrals.list', {})).referrals;
  const saved = await ok(app, 'referrals.get', { id: latest!.id });
  expect(saved).toMatchObject({ status: 'awaiting_sao', sao: null, decision: null });
  await expect(heading(page, 'Referral: Jordan Testcase')).toBeVisible();
});
