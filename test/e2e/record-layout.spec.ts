import { test, expect } from './harness';
import { JORDAN, ok, openParticipant } from './helpers/participant-arrange';
import { arrangeJordan, localDay, logContact, section, timeline } from './helpers/record-arrange';

test('a full record reads well at 1366x768: needs, services, outcomes, court dates and a timeline of notes, with no sideways scrolling', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  const day = (plus: number) => localDay(app.clock.now(), plus);
  await logContact(app, id, {
    daysAgo: 12,
    kind: 'street_outreach',
    place: 'Lexington Market',
    note: 'Found them near the market. Wants a bed before the cold.',
  });
  await logContact(app, id, {
    daysAgo: 9,
    kind: 'accompaniment',
    durationMinutes: 120,
    staff: 'peer',
    place: 'Vital Records',
    note: 'Went together to request a birth certificate.',
  });
  await logContact(app, id, {
    daysAgo: 4,
    kind: 'phone',
    durationMinutes: 10,
    staff: 'case_manager',
    note: 'Confirmed the shelter intake appointment for Monday.',
  });
  await ok(app, 'services.refer', {
    participantId: id,
    referral: { need: 'housing', provider: 'Sample Housing Services', referredOn: day(-10), handoff: 'slip_only' },
  });
  const rec = await ok(app, 'services.refer', {
    participantId: id,
    referral: { need: 'substance_use_treatment', provider: 'Sample Recovery Clinic', referredOn: day(-8), handoff: 'slip_only' },
  });
  await ok(app, 'services.update', {
    serviceReferralId: rec.serviceReferrals.find((r) => r.provider === 'Sample Recovery Clinic')!.id,
    change: { to: 'closed', source: 'peer', outcome: 'got_help' },
  });
  await ok(app, 'needs.update', { participantId: id, update: { need: 'id_documents', status: 'met', note: 'State ID card in hand.' } });
  await ok(app, 'outcomes.record', {
    participantId: id,
    observation: { kind: 'housing', value: 'transitional', observedOn: day(-5), note: 'Moved into a transitional program.' },
  });
  await ok(app, 'outcomes.record', {
    participantId: id,
    observation: { kind: 'treatment', value: 'moud', observedOn: day(-7), note: null },
  });
  await ok(app, 'outcomes.record', { participantId: id, observation: { kind: 'income', value: 'snap', observedOn: day(-6), note: null } });
  await ok(app, 'justiceEvents.record', {
    participantId: id,
    event: { kind: 'police_contact', occurredOn: day(-11), description: 'Asked to move along near the market; no charges.' },
  });
  await ok(app, 'justiceEvents.record', {
    participantId: id,
    event: { kind: 'court_date', occurredOn: day(6), description: 'District Court, 9 AM.' },
  });
  await app.open();
  await openParticipant(page, JORDAN.name);

  await expect(
    section(page, 'Needs and goals')
      .getByRole('list', { name: 'Needs' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading') }),
  ).toHaveCount(3);
  await expect(section(page, 'Criminal-justice events')).toContainText('District Court, 9 AM.');
  await expect(timeline(page).getByRole('listitem').first()).toContainText('Court date.');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.screenshot('full record');

  await page.getByRole('group', { name: 'Show' }).getByLabel('Contacts').check();
  await expect(timeline(page).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('group', { name: 'Show' }).getByLabel('Justice events').check();
  await expect(timeline(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('group', { name: 'Show' }).getByLabel('Record changes').check();
  await expect(timeline(page)).not.toContainText('Found them near the market.');
  await expect(timeline(page)).toContainText('Intake assessment completed.');
});
