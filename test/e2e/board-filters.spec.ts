import { test, expect } from './harness';
import { JORDAN, RILEY, arrangeTeam, enroll, localDay, ok } from './helpers/participant-arrange';
import { card, goToBoard } from './helpers/board-arrange';
import { completeAssessment } from './helpers/participant-records';
import { logContact } from './helpers/record-arrange';

const SAM = { name: 'Sam Examplecase', dateOfBirth: '1979-02-14' } as const;

test('filters and the name search narrow the board as you type, with counts', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  // Jordan: referred 35 days ago, the 30-day intake window has passed, never contacted.
  await enroll(app, pairId, JORDAN, { hoursAgo: 35 * 24 });
  // Riley ("Birdie"): active, in a shelter, a court date ahead and a service referral open.
  const rileyId = await enroll(app, pairId, RILEY, { pathway: 'social_contact' });
  await completeAssessment(app, rileyId, RILEY, { preferredName: 'Birdie' });
  await ok(app, 'justiceEvents.record', {
    participantId: rileyId,
    event: { kind: 'court_date', occurredOn: localDay(app.clock.now(), 5), description: 'District Court hearing' },
  });
  await ok(app, 'services.refer', {
    participantId: rileyId,
    referral: { need: 'housing', provider: 'Harbor Light Shelter (invented)', referredOn: localDay(app.clock.now()), handoff: 'slip_only' },
  });
  await logContact(app, rileyId, { daysAgo: 2 });
  // Sam: a police contact today, last seen 20 days ago.
  const samId = await enroll(app, pairId, SAM);
  await ok(app, 'justiceEvents.record', {
    participantId: samId,
    event: { kind: 'police_contact', occurredOn: localDay(app.clock.now()), description: 'Stopped, no charge.' },
  });
  await logContact(app, samId, { daysAgo: 20 });

  await app.open();
  await goToBoard(page);
  const count = page.getByText(/^Showing \d+ of \d+ participants?\.$/);
  const filters = page.getByRole('search', { name: 'Filter the board' });
  const jordan = card(page, JORDAN.name);
  const riley = card(page, 'Birdie (Riley Samplewood)');
  const sam = card(page, SAM.name);
  await expect(count).toHaveText('Showing 3 of 3 participants.');
  await expect(jordan).toContainText('Intake 5 days overdue');
  await expect(riley).toContainText(/Court date \w{3} \d{1,2}(, \d{4})? \(in 5 days\)/);
  await expect(riley).toContainText('Housing: Emergency shelter');
  await expect(riley).toContainText('1 open service referral');
  await expect(sam).toContainText('Police contact since the');
  await app.screenshot('pair board with flags');

  const expectShown = async (shown: string[]) => {
    for (const [name, locator] of [
      [JORDAN.name, jordan],
      ['Riley', riley],
      [SAM.name, sam],
    ] as const) {
      if (shown.includes(name)) await expect(locator).toBeVisible();
      else await expect(locator).toHaveCount(0);
    }
    await expect(count).toHaveText(`Showing ${shown.length} of 3 participants.`);
  };

  // The search answers as you type, on the preferred name and the legal name.
  const search = filters.getByLabel('Search by name');
  await search.pressSequentially('bird');
  await expectShown(['Riley']);
  await search.fill('samplew');
  await expectShown(['Riley']);
  await search.fill('EXAMPLE');
  await expectShown([SAM.name]);
  await search.fill('');
  await expectShown([JORDAN.name, 'Riley', SAM.name]);

  await filters.getByLabel('Flag').selectOption({ label: 'Police contact since the last meeting' });
  await expectShown([SAM.name]);
  await filters.getByLabel('Flag').selectOption({ label: 'Court date in the next 14 days' });
  await expectShown(['Riley']);
  await filters.getByLabel('Flag').selectOption({ label: 'Open service referral' });
  await expectShown(['Riley']);
  await filters.getByLabel('Flag').selectOption({ label: 'Any' });

  await filters.getByLabel('Housing').selectOption({ label: 'Emergency shelter' });
  await expectShown(['Riley']);
  await filters.getByLabel('Housing').selectOption({ label: 'Any' });

  await filters.getByLabel('Stage').selectOption({ label: 'Active' });
  await expectShown(['Riley']);
  await filters.getByLabel('Stage').selectOption({ label: 'All stages' });

  const noContact = filters.getByLabel('No contact in (days)');
  await noContact.fill('14');
  await expectShown([JORDAN.name, SAM.name]);
  await noContact.fill('0');
  await expect(noContact).toHaveAccessibleDescription('Enter a whole number of days, 1 or more.');
  await expectShown([JORDAN.name, 'Riley', SAM.name]);
  await noContact.fill('');

  await filters.getByLabel('Intake overdue').check();
  await expectShown([JORDAN.name]);
  await app.screenshot('board filtered');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(filters.getByLabel('Intake overdue')).not.toBeChecked();
  await expectShown([JORDAN.name, 'Riley', SAM.name]);
});
