import { test, expect } from './harness';
import { followErrorLink } from './helpers/desk';
import { JORDAN, STAFF, ok, openParticipant } from './helpers/participant-arrange';
import { arrangeJordan, localDay, longDay, section, timeline, timelineItem } from './helpers/record-arrange';

test('outcome observations are dated and the latest of each kind shows; older ones stay in the timeline', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await ok(app, 'outcomes.record', {
    participantId: id,
    observation: { kind: 'housing', value: 'emergency_shelter', observedOn: localDay(app.clock.now(), -20), note: null },
  });
  await app.open();
  await openParticipant(page, JORDAN.name);

  const outcomes = section(page, 'Outcomes');
  const latest = outcomes.getByRole('definition').first();
  await expect(latest).toContainText('Emergency shelter');

  const movedIn = localDay(app.clock.now(), -3);
  await outcomes.getByRole('button', { name: 'Record an outcome' }).click();
  await expect(outcomes.getByLabel('What was observed')).toBeFocused();
  await outcomes.getByLabel('What was observed').selectOption({ label: 'Housing' });
  await outcomes.getByLabel('Housing now').selectOption({ label: 'Rented' });
  await outcomes.getByLabel('Date observed').fill(movedIn);
  await outcomes.getByLabel('Note (optional)').fill('Lease signed with help from the peer.');
  await outcomes.getByRole('button', { name: 'Save outcome' }).click();
  await expect(outcomes.getByRole('status')).toHaveText('Outcome recorded.');
  await expect(latest).toContainText(`Rented (as of ${longDay(movedIn)})`);
  await expect(latest).toContainText('Lease signed with help from the peer.');

  // Treatment, including medication for opioid use disorder.
  await outcomes.getByRole('button', { name: 'Record an outcome' }).click();
  await outcomes.getByLabel('What was observed').selectOption({ label: 'Treatment' });
  await outcomes.getByLabel('Treatment now').selectOption({ label: 'Started medication for opioid use disorder' });
  await outcomes.getByRole('button', { name: 'Save outcome' }).click();
  await expect(outcomes.getByRole('definition').nth(3)).toContainText(
    `Started medication for opioid use disorder (as of ${longDay(localDay(new Date()))})`,
  );

  // Dated items read without a time, and the filter shows outcomes alone.
  const housed = timelineItem(page, 'Housing: Rented.');
  await expect(housed.locator('time')).toHaveText(longDay(movedIn));
  await expect(housed).toContainText('Lease signed with help from the peer.');
  await page.getByRole('group', { name: 'Show' }).getByLabel('Outcomes').check();
  await expect(timeline(page).getByRole('listitem')).toHaveCount(3);
  await expect(timeline(page).getByRole('listitem').last()).toContainText('Housing: Emergency shelter.');
  await page.getByRole('group', { name: 'Show' }).getByLabel('All').check();
  await expect(timelineItem(page, 'Intake assessment completed.')).toBeVisible();

  const record = await ok(app, 'participants.get', { id });
  expect(record.latestOutcomes.map(({ kind, value }) => ({ kind, value }))).toEqual(
    expect.arrayContaining([
      { kind: 'housing', value: 'rented' },
      { kind: 'treatment', value: 'moud' },
    ]),
  );
});

test('criminal-justice events: a court date ahead is accepted, an arrest in the future is refused plainly and nothing typed is lost', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const justice = section(page, 'Criminal-justice events');
  await justice.getByRole('button', { name: 'Record a criminal-justice event' }).click();
  await expect(justice.getByText('No rap sheets, criminal histories, charge details or case numbers belong here')).toBeVisible();
  const courtOn = localDay(app.clock.now(), 10);
  await justice.getByLabel('Kind of event').selectOption({ label: 'Court date' });
  await justice.getByLabel('Date').fill(courtOn);
  await justice.getByLabel('Short description').fill('District Court, 9 AM, with the public defender.');
  await justice.getByRole('button', { name: 'Save event' }).click();
  await expect(justice.getByRole('status')).toHaveText('Event recorded.');
  await expect(justice.getByRole('listitem')).toHaveText(`${longDay(courtOn)}: District Court, 9 AM, with the public defender.`);
  const court = timelineItem(page, 'Court date.');
  await expect(court.locator('time')).toHaveText(longDay(courtOn));
  await expect(court).toContainText('District Court, 9 AM, with the public defender.');

  const tomorrow = localDay(app.clock.now(), 1);
  await justice.getByRole('button', { name: 'Record a criminal-justice event' }).click();
  await justice.getByLabel('Kind of event').selectOption({ label: 'Arrest' });
  await justice.getByLabel('Date').fill(tomorrow);
  await justice.getByLabel('Short description').fill('Picked up near the market.');
  await justice.getByRole('button', { name: 'Save event' }).click();
  await expect(justice.getByRole('alert')).toContainText('Only a court date can be in the future.');
  await expect(justice.locator('.field-error')).toHaveText('Only a court date can be in the future.');
  await followErrorLink(justice, justice.getByLabel('Date'));
  await expect(justice.getByLabel('Kind of event')).toHaveValue('arrest');
  await expect(justice.getByLabel('Short description')).toHaveValue('Picked up near the market.');
  expect((await ok(app, 'participants.get', { id })).timeline.filter((event) => event.kind === 'justice.arrest')).toHaveLength(0);
  await app.screenshot('future arrest refused');

  const yesterday = localDay(app.clock.now(), -1);
  await justice.getByLabel('Date').fill(yesterday);
  await expect(justice.locator('.field-error')).toHaveCount(0);
  await justice.getByRole('button', { name: 'Save event' }).click();
  await expect(justice.getByRole('status')).toHaveText('Event recorded.');
  await expect(timelineItem(page, 'Arrest.')).toContainText('Picked up near the market.');
  await expect(timelineItem(page, 'Arrest.')).toContainText(`By ${STAFF.caseManager.displayName}`);
  const events = (await ok(app, 'participants.get', { id })).timeline.filter((event) => event.kind.startsWith('justice.'));
  expect(events.map(({ kind, at }) => ({ kind, at }))).toEqual([
    { kind: 'justice.court_date', at: courtOn },
    { kind: 'justice.arrest', at: yesterday },
  ]);
});
