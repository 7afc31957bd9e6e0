import { REDISCLOSURE_NOTICE } from '../../shared/domain/disclosure';
import { loadSyntheticDirectory, syntheticDirectory } from '../../electron/synthetic/synthetic-directory';
import { test, expect, type TestApp } from './harness';
import { expectNoAxeViolations } from './helpers/axe';
import { ADMIN } from './helpers/desk';
import { JORDAN, STAFF, localDay, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { readPdf, words } from './helpers/pdf';
import { arrangeJordan, section, timelineItem } from './helpers/record-arrange';

const SHELTER = 'Drop-in Shelter Intake (fictional)';
/** What a slip must never say, in either language, checked here apart from the rule that refuses them. */
const NEVER_ON_A_SLIP = ['LEAD', 'police', 'polic', 'drug', 'droga', 'arrest', 'diagnos'];

/**
 * Jordan enrolled, the synthetic directory loaded and the peer's work phone set; then the peer, on
 * Jordan's record, finds a walk-in, no-ID place for his housing need in the referral form's
 * directory search, chooses the shelter and makes the referral with an appointment tomorrow, and
 * opens its printouts.
 */
async function arrangeShelterReferral(app: TestApp) {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.caseManager);
  await loadSyntheticDirectory((entry) => ok(app, 'directory.save', entry), localDay(new Date()));
  await signInCore(app, ADMIN);
  const peer = (await ok(app, 'staff.list', {})).find((member) => member.username === STAFF.peer.username)!;
  await ok(app, 'staff.update', { id: peer.id, displayName: peer.displayName, role: peer.role, workPhone: '410-555-0107' });
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Refer to a service for Housing' }).click();
  const directory = housing.getByRole('search', { name: 'Find the provider in the directory' });
  await expect(directory.getByLabel('Search by name or what they offer')).toBeFocused();
  await expect(directory.getByLabel('Need', { exact: true })).toHaveValue('housing');
  await directory.getByLabel('Walk-in').check();
  await directory.getByLabel('No ID needed').check();
  // Enter in the search box searches; it does not save a referral with no provider.
  await directory.getByLabel('Search by name or what they offer').fill('shelter');
  await page.keyboard.press('Enter');
  const matches = housing.getByRole('list', { name: 'Providers' }).getByRole('listitem');
  await expect(matches).toHaveCount(1);
  await expect(matches.first()).toContainText(SHELTER);
  await expect(matches.first()).toContainText('Walk-in · No ID needed');
  await expect(housing.getByRole('alert')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('referral form: directory search');
  await expectNoAxeViolations(page, 'referral form with the directory search');
  await matches
    .first()
    .getByRole('button', { name: `Choose ${SHELTER}, 101 Sample Harbor St.` })
    .click();
  const chooseAnother = housing.getByRole('button', { name: 'Choose another provider' });
  await expect(chooseAnother).toBeFocused();
  await expect(housing.getByText(`Referring to ${SHELTER}, Harbor Light Housing (fictional)`)).toBeVisible();
  await expect(housing.getByLabel('Provider or service')).toHaveCount(0);

  await housing.getByLabel('Handoff').selectOption({ label: 'Gave a referral slip' });
  await housing.getByLabel('Appointment date (optional)').fill(localDay(new Date(), 1));
  await housing.getByLabel('Appointment time').fill('10:30');
  await housing.getByLabel('Who to ask for (optional)').fill('the front desk');
  await housing.getByLabel('What to bring (optional)').fill('nothing, no ID is needed');
  await housing.getByRole('button', { name: 'Save referral' }).click();
  await expect(housing.getByRole('status').last()).toHaveText('Referral to Harbor Light Housing (fictional) saved.');
  const [saved] = (await ok(app, 'participants.get', { id })).serviceReferrals;
  expect(saved).toMatchObject({ provider: 'Harbor Light Housing (fictional)', status: 'scheduled', handoff: 'slip_only' });

  const referral = section(page, 'Needs and goals').locator('.need-referral').first();
  // The item says where in the directory the referral goes.
  await expect(referral.getByText(`Place: ${SHELTER} · `)).toContainText('101 Sample Harbor St.');
  await referral.getByText('Print a slip, a wallet card or a letter').click();
  return { id, organization: 'Harbor Light Housing (fictional)', referral };
}

test('a peer prints the slip and wallet cards in English and Spanish; the letter waits for a consent naming the provider', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { id, organization, referral } = await arrangeShelterReferral(app);
  await referral.scrollIntoViewIfNeeded();
  await app.screenshot('referral printouts');
  await expectNoAxeViolations(page, 'referral printouts');

  // The slip: "Your next step", the first name only, the place and time, and none of the words that say why.
  await referral.getByRole('button', { name: 'Print referral slip' }).click();
  await expect(referral.getByRole('status').first()).toHaveText('Sent to the printer');
  const slip = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('slip.pdf'));
  expect(slip.pages).toHaveLength(1);
  expect(slip.text).toMatch(/^Your next step For Jordan Go to /);
  // The place, its cross streets, bus and phone come from the directory entry chosen.
  for (const expected of [
    organization,
    '101 Sample Harbor St.',
    'CityLink Example',
    '410-555-0101',
    'When: ',
    '10:30 AM',
    'Ask for the front desk.',
    'Questions? Call Pat at 410-555-0107.',
  ]) {
    expect(slip.text).toContain(expected);
  }
  expect(slip.text).not.toContain('Testcase');
  // The print is a logged disclosure: its line is on the timeline at once, from the print's reply.
  await expect(timelineItem(page, `Referral slip for the referral to ${organization} printed (English).`)).toBeVisible();
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

  // The case manager records a consent naming it at "progress", the provider chosen from the
  // directory's names as it is typed; the peer signs in again and the letter prints with the
  // federal notice and a tear-off.
  await signInCore(app, STAFF.caseManager);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await page.getByRole('button', { name: 'Record a consent' }).click();
  await page.getByRole('button', { name: 'Add a named provider' }).click();
  const provider = page.getByLabel('Named provider 1', { exact: true });
  const offered = page.locator(`datalist#${await provider.getAttribute('list')} option`);
  await expect(offered).toHaveCount(new Set(syntheticDirectory(localDay(new Date())).map((entry) => entry.organization.name)).size);
  await expect(offered.and(page.locator(`[value="${organization}"]`))).toHaveCount(1);
  await provider.fill(organization);
  await page.getByLabel('What named provider 1 may receive').selectOption({ label: 'Progress and next steps' });
  await page.getByLabel('Purpose of the disclosure', { exact: true }).fill('Coordinating the referral');
  await page.getByLabel(/told they may revoke/).check();
  await page.getByRole('group', { name: 'The consent expires' }).getByLabel('On a date').check();
  await page.getByLabel('Expiry date').fill(localDay(new Date(), 180));
  await page.getByLabel('Witness', { exact: true }).fill(STAFF.caseManager.displayName);
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(page.getByText('Consent recorded.')).toBeVisible();
  expect((await ok(app, 'participants.get', { id })).consents).toHaveLength(1);
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

/** What to bring, near the longest the form allows (453 of 500 characters): more than a quarter sheet holds at 14 pt. */
const LONG_BRING = Array(7).fill('a photo card, a letter with your name, your medicine in its box').join('; ');

test('a slip too long for four to a sheet is refused, saying what to do, and prints whole on half a sheet', async ({ app }, testInfo) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.peer);
  const record = await ok(app, 'services.refer', {
    participantId: id,
    referral: {
      need: 'housing',
      provider: 'Sample Long Provider Intake (fictional)',
      referredOn: localDay(new Date()),
      handoff: 'slip_only',
      appointmentAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      askFor: 'the front desk on the second floor, by the blue door',
      bring: LONG_BRING,
    },
  });
  expect(record.serviceReferrals[0]!.bring).toBe(LONG_BRING);
  await app.open();
  await openParticipant(page, JORDAN.name);
  const referral = section(page, 'Needs and goals').locator('.need-referral').first();
  await referral.getByText('Print a slip, a wallet card or a letter').click();

  await referral.getByLabel('Slip size').selectOption({ label: 'Four slips to a letter sheet, with cut marks' });
  await referral.getByRole('button', { name: 'Print referral slip' }).click();
  await expect(referral.getByRole('alert')).toHaveText(
    'Nothing was printed: the slip’s words do not fit four to a sheet. Print it on half a letter sheet, or shorten what to bring or how to get there.',
  );
  expect(app.printed).toHaveLength(0);
  // Nothing left the desk, so nothing is on the timeline as printed.
  expect((await ok(app, 'participants.get', { id })).timeline.map((line) => line.kind)).not.toContain('service.printed');

  await referral.getByLabel('Slip size').selectOption({ label: 'One slip, half a letter sheet' });
  await referral.getByRole('button', { name: 'Print referral slip' }).click();
  await expect(referral.getByRole('status').first()).toHaveText('Sent to the printer');
  const slip = readPdf(app.printed.at(-1)!.pdf, testInfo.outputPath('long-slip.pdf'));
  // Every word of what to bring is on the paper, and the peer's line after it.
  expect(slip.text).toContain(words(`Bring: ${LONG_BRING}.`));
  expect(slip.text).toMatch(/Questions\? (Call|Ask) /);
});
