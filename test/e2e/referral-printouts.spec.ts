import { REDISCLOSURE_NOTICE } from '../../shared/domain/disclosure';
import { loadSyntheticDirectory } from '../../electron/synthetic/synthetic-directory';
import { test, expect, type TestApp } from './harness';
import { expectNoAxeViolations } from './helpers/axe';
import { ADMIN } from './helpers/desk';
import { JORDAN, STAFF, localDay, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { readPdf, words } from './helpers/pdf';
import { arrangeJordan, section } from './helpers/record-arrange';

const SHELTER = 'Drop-in Shelter Intake (fictional)';
/** What a slip must never say, in either language, checked here apart from the rule that refuses them. */
const NEVER_ON_A_SLIP = ['LEAD', 'police', 'polic', 'drug', 'droga', 'arrest', 'diagnos'];

/**
 * Jordan enrolled, the synthetic directory loaded, the peer's work phone set, and a referral to the
 * walk-in, no-ID shelter chosen from the directory with an appointment tomorrow; the peer then on
 * Jordan's record with the referral's printouts open.
 */
async function arrangeShelterReferral(app: TestApp) {
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.caseManager);
  await loadSyntheticDirectory((entry) => ok(app, 'directory.save', entry), localDay(new Date()));
  const { rows } = await ok(app, 'directory.search', { text: '', need: null, attributes: ['walk_in', 'no_id_needed'], capacity: null });
  const shelter = rows.find((row) => row.serviceName === SHELTER)!;
  await signInCore(app, ADMIN);
  const peer = (await ok(app, 'staff.list', {})).find((member) => member.username === STAFF.peer.username)!;
  await ok(app, 'staff.update', { id: peer.id, displayName: peer.displayName, role: peer.role, workPhone: '410-555-0107' });
  await signInCore(app, STAFF.peer);
  const appointment = new Date();
  appointment.setDate(appointment.getDate() + 1);
  appointment.setHours(10, 30, 0, 0);
  await ok(app, 'services.refer', {
    participantId: id,
    referral: {
      need: 'housing',
      provider: shelter.organizationName,
      serviceAtLocationId: shelter.serviceAtLocationId,
      referredOn: localDay(new Date()),
      handoff: 'slip_only',
      appointmentAt: appointment.toISOString(),
      askFor: 'the front desk',
      bring: 'nothing, no ID is needed',
    },
  });
  await app.open();
  await openParticipant(app.page, JORDAN.name);
  const referral = section(app.page, 'Needs and goals').locator('.need-referral').first();
  await referral.getByText('Print a slip, a wallet card or a letter').click();
  return { id, organization: shelter.organizationName, referral };
}

test('a peer prints the slip and wallet cards in English and Spanish; the letter waits for a consent naming the provider', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { id, organization, referral } = await arrangeShelterReferral(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await referral.scrollIntoViewIfNeeded();
  await app.screenshot('referral printouts');
  await expectNoAxeViolations(page, 'referral printouts');

  // The slip: "Your next step", the first name only, the place and time, and none of the words that say why.
  await referral.getByRole('button', { name: 'Print referral slip' }).click();
  await expect(referral.getByRole('status').first()).toHaveText('Sent to the printer');
  const slip = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('slip.pdf'));
  expect(slip.pages).toHaveLength(1);
  expect(slip.text).toMatch(/^Your next step For Jordan Go to /);
  for (const expected of [organization, 'When: ', '10:30 AM', 'Ask for the front desk.', 'Questions? Call Pat at 410-555-0107.']) {
    expect(slip.text).toContain(expected);
  }
  expect(slip.text).not.toContain('Testcase');
  for (const word of NEVER_ON_A_SLIP) expect(slip.text).not.toMatch(new RegExp(`\\b${word}`, 'i'));

  // In Spanish, four to a sheet; then the cards.
  await referral.getByLabel('Language of the slip and card').selectOption({ label: 'Spanish (Español)' });
  await referral.getByLabel('Slip size').selectOption({ label: 'Four slips to a letter sheet, with cut marks' });
  await referral.getByRole('button', { name: 'Save as PDF: referral slip' }).click();
  await expect.poll(() => app.printed.length).toBe(2);
  const four = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('slips-spanish.pdf'));
  expect(four.pages).toHaveLength(1);
  expect(four.text.match(/Su próximo paso/g)).toHaveLength(4);
  expect(four.text).toContain('a las 10:30');
  for (const word of NEVER_ON_A_SLIP) expect(four.text).not.toMatch(new RegExp(`\\b${word}`, 'i'));
  await referral.getByRole('button', { name: 'Print wallet cards' }).click();
  await expect.poll(() => app.printed.length).toBe(3);
  const cards = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('cards.pdf'));
  expect(cards.text.match(/988/g)).toHaveLength(8);

  // No consent names the shelter: the letter is refused, saying why and pointing to the slip.
  await referral.getByRole('button', { name: 'Print letter to the provider' }).click();
  await expect(referral.getByRole('alert')).toHaveText(
    `No consent of this participant names ${organization}. Without such a consent, print the slip instead.`,
  );
  expect(app.printed).toHaveLength(3);

  // With a consent naming it at "progress" (recorded by the case manager; the peer signs in again), the
  // letter prints with the federal notice and a tear-off.
  await signInCore(app, STAFF.caseManager);
  await ok(app, 'consents.create', {
    participantId: id,
    consent: {
      patientName: JORDAN.name,
      discloser: 'LEAD case management team',
      recipients: [{ recipient: { kind: 'provider', name: organization }, scope: 'progress' }],
      purpose: 'Coordinating the referral',
      rightToRevokeAcknowledged: true,
      expiry: { kind: 'event', event: 'Leaving LEAD' },
      signedOn: localDay(new Date()),
      witness: STAFF.caseManager.displayName,
    },
  });
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await referral.getByText('Print a slip, a wallet card or a letter').click();
  await referral.getByRole('button', { name: 'Print letter to the provider' }).click();
  await expect.poll(() => app.printed.length).toBe(4);
  const letter = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('letter.pdf'));
  expect(letter.text).toContain(`Referral to ${organization}`);
  expect(letter.text).toContain(JORDAN.name);
  expect(letter.text).toContain(words(REDISCLOSURE_NOTICE));
  expect(letter.text).toContain('Seen on');
  expect(letter.text).toContain('Not seen');
});
