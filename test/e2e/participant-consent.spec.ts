import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { PROGRAM, heading } from './helpers/desk';
import { JORDAN, RILEY, STAFF, arrangeTeam, enroll, localDay, ok, openParticipant, signInAgain } from './helpers/participant-arrange';
import { field } from './helpers/participant-forms';
import { readableDate } from '../../shared/domain/local-time';

const CONSENT_TEXT_FIELDS = {
  patientName: 'Participant name',
  discloser: 'Who may disclose',
  provider: 'Named provider 1',
  purpose: 'Purpose of the disclosure',
  expiryEvent: 'Expiry event',
  witness: 'Witness',
} as const;

function recipients(page: Page) {
  return page.getByRole('group', { name: 'Recipients and what each may receive' });
}

async function startConsent(page: Page) {
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Record a consent' }).click();
  await expect(heading(page, 'Record a consent: Jordan Testcase')).toBeVisible();
}

test('a consent with every element is saved, each missing element is refused by name, and revocation waits for the irrevocable date', async ({
  app,
}) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  const today = localDay(app.clock.now());
  await app.open();
  await startConsent(page);
  await expect(field(page, CONSENT_TEXT_FIELDS.patientName)).toHaveValue(JORDAN.name);
  await expect(field(page, CONSENT_TEXT_FIELDS.discloser)).toHaveValue(`${PROGRAM} case management team`);
  await expect(page.getByLabel('Signature date')).toHaveValue(today);
  await app.screenshot('consent form empty');

  // Nothing chosen: every missing element is named, each on its own field, all at once.
  await page.getByRole('button', { name: 'Save consent' }).click();
  // The error summary at the top of the form takes the focus; each message links to its field.
  const summary = page.getByRole('alert', { name: 'The consent was not saved' });
  await expect(summary).toBeFocused();
  expect((await summary.boundingBox())!.y).toBeLessThan((await field(page, CONSENT_TEXT_FIELDS.patientName).boundingBox())!.y);
  for (const message of [
    'Name at least one recipient.',
    'Purpose of the disclosure is required.',
    'Confirm the participant was told of the right to revoke this consent.',
    'Give an expiry: a date or an event.',
    'Witness is required.',
  ]) {
    await expect(summary).toContainText(message);
  }
  await expect(recipients(page)).toContainText('Name at least one recipient.');
  await expect(field(page, CONSENT_TEXT_FIELDS.purpose)).toHaveAccessibleDescription(/Purpose of the disclosure is required/);
  await expect(page.getByLabel(/told they may revoke/)).toHaveAccessibleDescription(/right to revoke/);
  await expect(page.getByRole('group', { name: 'The consent expires' })).toContainText('Give an expiry: a date or an event.');
  await expect(field(page, CONSENT_TEXT_FIELDS.witness)).toHaveAccessibleDescription(/Witness is required/);
  await app.screenshot('consent refused missing elements');
  await summary.getByRole('link', { name: 'Name at least one recipient.' }).click();
  await expect(recipients(page).getByRole('checkbox').first()).toBeFocused();
  await summary.getByRole('link', { name: 'Witness is required.' }).press('Enter');
  await expect(field(page, CONSENT_TEXT_FIELDS.witness)).toBeFocused();
  await summary.getByRole('link', { name: 'Give an expiry: a date or an event.' }).click();
  await expect(page.getByRole('group', { name: 'The consent expires' }).getByLabel('On a date')).toBeFocused();

  // One at a time: each element fills its gap and its message goes; a half-given one has its own.
  await recipients(page).getByLabel('Baltimore Police Department', { exact: true }).check();
  await recipients(page).getByRole('button', { name: 'Add a named provider' }).click();
  await page.getByRole('group', { name: 'The consent expires' }).getByLabel('On a date').check();
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(summary).not.toContainText('Name at least one recipient.');
  await expect(summary).toContainText('Provider name is required.');
  await expect(field(page, CONSENT_TEXT_FIELDS.provider)).toHaveAccessibleDescription(/Provider name is required/);
  await expect(summary).toContainText('Expiry date is required.');
  await expect(summary).toContainText('Purpose of the disclosure is required.');

  await recipients(page).getByLabel("State's Attorney's Office", { exact: true }).check();
  await recipients(page).getByLabel("What State's Attorney's Office may receive").selectOption({ label: 'Progress and next steps' });
  await recipients(page).getByLabel('Behavioral Health System Baltimore (BHSB)', { exact: true }).check();
  await recipients(page)
    .getByLabel('What Behavioral Health System Baltimore (BHSB) may receive')
    .selectOption({ label: 'Progress and next steps' });
  // Ticking more recipients moves the provider down the list; its message stays with it.
  await expect(recipients(page).getByText('Provider name is required.')).toHaveCount(1);
  await expect(field(page, CONSENT_TEXT_FIELDS.provider)).toHaveAccessibleDescription(/Provider name is required/);
  // A corrected field stops saying it is wrong.
  await field(page, CONSENT_TEXT_FIELDS.provider).fill('Sample Recovery Clinic');
  await expect(recipients(page).getByText('Provider name is required.')).toHaveCount(0);
  await expect(summary).not.toContainText('Provider name is required.');
  await page.getByLabel('What named provider 1 may receive').selectOption({ label: 'Clinical and substance-use detail' });
  await field(page, CONSENT_TEXT_FIELDS.purpose).fill('Care coordination and progress updates at the LEAD partner meeting.');
  await page.getByLabel(/told they may revoke/).check();
  await page.getByLabel('Expiry date').fill(localDay(app.clock.now(), 365));
  await field(page, CONSENT_TEXT_FIELDS.witness).fill(STAFF.caseManager.displayName);
  await page.getByLabel('Irrevocable until (optional)').fill(localDay(app.clock.now(), 5));
  await app.screenshot('consent form filled');
  await page.getByRole('button', { name: 'Save consent' }).click();

  await expect(heading(page, 'Jordan Testcase')).toBeVisible();
  await expect(page.getByText('Consent recorded.')).toBeVisible();
  // The banner that says to print the form holds the button that prints it, in view.
  const banner = page.locator('.alert-with-action', { hasText: 'Consent recorded.' });
  const printNow = banner.getByRole('button', { name: 'Print consent form' });
  await expect(printNow).toBeInViewport();
  await printNow.click();
  await expect(banner.getByRole('status').last()).toHaveText('Sent to the printer');
  expect(app.printed.map((document) => document.path)).toEqual([expect.stringMatching(/^print\/consent-form\/\d+$/)]);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Active consent');
  const card = page.getByRole('article', { name: /Consent signed/ });
  await expect(card).toContainText('Active');
  await expect(card).toContainText('Baltimore Police Department: enrollment and engagement status only');
  await expect(card).toContainText("State's Attorney's Office: progress and next steps");
  await expect(card).toContainText('Behavioral Health System Baltimore (BHSB): progress and next steps');
  await expect(card).toContainText('Sample Recovery Clinic: clinical and substance-use detail');
  await expect(card).toContainText('Irrevocable until');
  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByRole('listitem').first()).toContainText(`Consent signed ${readableDate(today)}`);
  await app.screenshot('participant with consent');

  // Revocation is refused before the irrevocable-until date, with the reason on the field.
  await card.getByRole('button', { name: 'Revoke…' }).click();
  const dialog = page.getByRole('dialog', { name: /Revoke the consent signed/ });
  await expect(dialog.getByLabel('Date the participant revoked it')).toHaveValue(today);
  await dialog.getByRole('button', { name: 'Record the revocation' }).click();
  await expect(dialog.getByLabel('Date the participant revoked it')).toHaveAccessibleDescription(
    `This consent is irrevocable until ${localDay(app.clock.now(), 5)} (42 CFR 2.35); it can be revoked from that date on.`,
  );
  await app.screenshot('revoke refused irrevocable');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await ok(app, 'participants.get', { id })).consents[0]!.status).toBe('active');

  // Six days later it can be revoked; the record says so everywhere.
  app.clock.advanceMinutes(6 * 24 * 60);
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.caseManager);
  await openParticipant(page, 'Jordan Testcase');
  await page
    .getByRole('article', { name: /Consent signed/ })
    .getByRole('button', { name: 'Revoke…' })
    .click();
  const later = localDay(app.clock.now());
  await dialog.getByLabel('Date the participant revoked it').fill(later);
  await dialog.getByRole('button', { name: 'Record the revocation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/is revoked as of/)).toBeVisible();
  await expect(card).toContainText('Revoked');
  await expect(card.getByRole('button', { name: 'Revoke…' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Consent revoked');
  await expect(timeline.getByRole('listitem').first()).toContainText(`revoked on ${readableDate(later)}`);
  await app.screenshot('participant consent revoked');
  expect((await ok(app, 'participants.get', { id })).consents[0]).toMatchObject({
    status: 'revoked',
    consent: { revocation: { revokedOn: later } },
  });
});

test('markup and very long text in each consent field are refused with a message on each, and nothing is saved', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();
  await startConsent(page);
  await recipients(page).getByRole('button', { name: 'Add a named provider' }).click();
  await page.getByRole('group', { name: 'The consent expires' }).getByLabel('When an event happens').check();
  await page.getByLabel(/told they may revoke/).check();

  const script = '<script>alert(1)</script>';
  for (const label of Object.values(CONSENT_TEXT_FIELDS)) await field(page, label).fill(script);
  await page.getByRole('button', { name: 'Save consent' }).click();
  const summary = page.getByRole('alert');
  for (const label of ['Participant name', 'Who may disclose', 'Provider name', 'Purpose of the disclosure', 'Expiry event', 'Witness']) {
    await expect(summary).toContainText(`${label} cannot contain < or > or control characters.`);
  }
  await expect(field(page, CONSENT_TEXT_FIELDS.provider)).toHaveAccessibleDescription(/Provider name cannot contain/);
  await app.screenshot('consent refused markup');

  const long = 'y'.repeat(5000);
  for (const label of Object.values(CONSENT_TEXT_FIELDS)) await field(page, label).fill(long);
  await page.getByRole('button', { name: 'Save consent' }).click();
  for (const message of [
    'Participant name must be at most 100 characters.',
    'Who may disclose must be at most 200 characters.',
    'Provider name must be at most 120 characters.',
    'Purpose of the disclosure must be at most 500 characters.',
    'Expiry event must be at most 200 characters.',
    'Witness must be at most 100 characters.',
  ]) {
    await expect(summary).toContainText(message);
  }
  await app.screenshot('consent refused long text');
  const record = await ok(app, 'participants.get', { id });
  expect(record.consents).toEqual([]);
  expect(record.consent).toBe('none');
});

test('a social contact participant’s consent offers no irrevocable period, and the main process refuses one', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, RILEY, { pathway: 'social_contact' });
  await app.open();
  await openParticipant(page, 'Riley Samplewood');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Social contact referral');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Not done yet (no deadline)');
  await page.getByRole('button', { name: 'Record a consent' }).click();
  await expect(heading(page, /Record a consent/)).toBeVisible();
  await expect(page.getByLabel('Irrevocable until (optional)')).toHaveCount(0);

  const today = localDay(app.clock.now());
  const reply = await app.core.invoke('consents.create', {
    participantId: id,
    consent: {
      patientName: RILEY.name,
      discloser: 'LEAD case management team',
      recipients: [{ recipient: { kind: 'police' }, scope: 'status' }],
      purpose: 'Care coordination',
      rightToRevokeAcknowledged: true,
      expiry: { kind: 'date', on: localDay(app.clock.now(), 30) },
      signedOn: today,
      witness: STAFF.caseManager.displayName,
      irrevocableUntil: localDay(app.clock.now(), 10),
    },
  });
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { irrevocableUntil: expect.stringContaining('arrest diversion') } },
  });
});

test('a consent being typed is kept as a draft through a lock', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await app.open();
  await startConsent(page);
  await recipients(page).getByLabel('Office of the Public Defender', { exact: true }).check();
  await recipients(page).getByLabel('What Office of the Public Defender may receive').selectOption({ label: 'Progress and next steps' });
  await field(page, CONSENT_TEXT_FIELDS.purpose).fill('Court updates for the Public Defender.');
  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.caseManager);
  await openParticipant(page, 'Jordan Testcase');
  await page.getByRole('button', { name: 'Continue recording a consent' }).click();
  await expect(page.getByText(/Restored what you typed on/)).toBeVisible();
  await expect(field(page, CONSENT_TEXT_FIELDS.purpose)).toHaveValue('Court updates for the Public Defender.');
  await expect(recipients(page).getByLabel('Office of the Public Defender', { exact: true })).toBeChecked();
  await expect(recipients(page).getByLabel('What Office of the Public Defender may receive')).toHaveValue('progress');
  expect((await ok(app, 'participants.get', { id })).consents).toEqual([]);
});
