import type { Locator } from '@playwright/test';
import { test, expect, type TestApp } from './harness';
import { card } from './helpers/board-arrange';
import { goTo, heading } from './helpers/desk';
import { expectNoAxeViolations } from './helpers/axe';
import { JORDAN, STAFF, ok, openParticipant, signInAgain, signInCore } from './helpers/participant-arrange';
import { arrangeJordan, localDay, section, timelineItem } from './helpers/record-arrange';

const PROVIDER = 'Sample Walk-in Clinic (fictional)';
const DAY_MINUTES = 24 * 60;

/** Jordan enrolled and assessed, the peer on his record with the housing need's referral form open and the provider typed. */
async function openReferralForm(app: TestApp): Promise<{ id: number; housing: Locator }> {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, JORDAN.name);
  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Refer to a service for Housing' }).click();
  await housing.getByLabel('Provider or service').fill(PROVIDER);
  return { id, housing };
}

test('a referral with an appointment asks how it went two days later, on the card and home, until it is followed to closed', async ({
  app,
}) => {
  const { page } = app;
  const { id, housing } = await openReferralForm(app);
  await housing.getByLabel('Handoff').selectOption({ label: 'Escorted there' });
  const appointmentDay = localDay(new Date(), 1);
  await housing.getByLabel('Appointment date (optional)').fill(appointmentDay);
  await housing.getByLabel('Appointment time').fill('10:00');
  await housing.getByLabel('Who to ask for (optional)').fill('Ms. Sample at the front desk');
  await housing.getByLabel('What to bring (optional)').fill('Any ID, even expired');
  await housing.getByLabel('How to get there (optional)').fill('Two blocks north of the market; the 22 bus');
  await housing.getByRole('button', { name: 'Save referral' }).click();
  await expect(housing.getByRole('status').last()).toHaveText(`Referral to ${PROVIDER} saved.`);
  const referral = housing.getByRole('list', { name: 'Service referrals for Housing' }).getByRole('listitem').first();
  await expect(referral.locator('.need-referral-status')).toHaveText('Appointment made');
  await expect(referral).toContainText('Appointment: ');
  await expect(referral).toContainText('10:00 AM');
  await expect(referral).toContainText('Ask for: Ms. Sample at the front desk');
  await expect(referral).not.toContainText('Ask how it went');

  // Two days and more after the appointment, with no news: the card, home and the record ask.
  // The desk has locked itself in the meantime.
  app.clock.advanceMinutes(4 * DAY_MINUTES);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.peer);
  const followUps = page.getByRole('region', { name: 'Referrals to follow up' });
  await expect(followUps).toContainText(`Ask how it went: ${PROVIDER}`);
  await expect(card(page, JORDAN.name)).toContainText(`Ask how it went: ${PROVIDER}`);
  await app.screenshot('home asks how it went');

  await followUps.getByRole('button', { name: `Open ${JORDAN.name}` }).click();
  await expect(referral.getByText('Ask how it went')).toBeVisible();
  await referral.getByRole('button', { name: 'Record what happened' }).click();
  const what = referral.getByRole('group', { name: `What happened with ${PROVIDER}` });
  // Only the moves allowed from an appointment are offered.
  await expect(what.getByRole('radio')).toHaveCount(4);
  await expect(what.getByLabel('Went to the appointment')).toBeFocused();
  await page.keyboard.press('Space');
  await referral.getByRole('group', { name: 'Who told you' }).getByLabel('Participant').check();
  await expectNoAxeViolations(page, 'record what happened');
  await referral.getByRole('button', { name: 'Save' }).click();
  await expect(referral.locator('.need-referral-status')).toHaveText('Went to the appointment');
  await expect(referral).not.toContainText('Ask how it went');

  await referral.getByRole('button', { name: 'Record what happened' }).click();
  await what.getByLabel('Closed').check();
  await referral.getByLabel('How it ended').selectOption({ label: 'Got help' });
  await app.screenshot('record what happened: closed');
  await referral.getByRole('button', { name: 'Save' }).click();
  await expect(referral.locator('.need-referral-status')).toHaveText('Closed: got help');
  await expect(referral.getByRole('button', { name: 'Record what happened' })).toHaveCount(0);
  await expect(timelineItem(page, `Referral to ${PROVIDER}: closed (got help).`)).toBeVisible();

  await referral.getByText('History (3)').click();
  const history = referral.getByRole('list', { name: `History of the referral to ${PROVIDER}` }).getByRole('listitem');
  await expect(history).toHaveCount(3);
  await expect(history.nth(1)).toContainText(`Went to the appointment. `);
  await expect(history.nth(1)).toContainText(`recorded by ${STAFF.peer.displayName} · Source: Participant`);
  await expectNoAxeViolations(page, 'referral history');
  await app.screenshot('referral closed with its history');

  await goTo(page, 'Home');
  await expect(card(page, JORDAN.name)).toBeVisible();
  await expect(card(page, JORDAN.name)).not.toContainText('Ask how it went');
  await expect(page.getByRole('region', { name: 'Referrals to follow up' })).toHaveCount(0);
  const record = await ok(app, 'participants.get', { id });
  expect(record.serviceReferrals[0]).toMatchObject({ status: 'closed', outcome: 'got_help', handoff: 'escorted' });
  expect(record.serviceReferrals[0]!.events.map((event) => event.to)).toEqual(['scheduled', 'attended', 'closed']);
});

test('an appointment in the past and a 5,000-character note are refused plainly and save nothing', async ({ app }) => {
  const { page } = app;
  const { id, housing } = await openReferralForm(app);
  await housing.getByLabel('Handoff').selectOption({ label: 'Gave a referral slip' });
  await housing.getByLabel('Appointment date (optional)').fill(localDay(new Date(), -1));
  await housing.getByLabel('Appointment time').fill('10:00');
  await housing.getByLabel('Note (optional)').fill('x'.repeat(5000));
  await housing.getByRole('button', { name: 'Save referral' }).click();
  const alert = housing.getByRole('alert').first();
  await expect(alert).toContainText('The referral was not saved');
  await expect(alert).toContainText('The appointment cannot be in the past.');
  await expect(alert).toContainText('Note must be at most 1000 characters.');
  await expect(housing.getByLabel('Provider or service')).toHaveValue(PROVIDER);
  await expectNoAxeViolations(page, 'referral refused');
  await app.screenshot('referral refused');

  await housing.getByLabel('Note (optional)').fill('<b>call first</b>');
  await housing.getByRole('button', { name: 'Save referral' }).click();
  await expect(housing.getByRole('alert').first()).toContainText('Note cannot contain < or > or control characters.');

  const record = await ok(app, 'participants.get', { id });
  expect(record.serviceReferrals).toEqual([]);
  expect(record.needs.find((need) => need.need === 'housing')?.status).toBe('open');
});
