import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { JORDAN, RILEY, enroll, goToParticipants } from './helpers/participant-arrange';
import { arrangeJordan, logContact, section, timelineItem } from './helpers/record-arrange';

test('contact notes are searched from the participants page: the matched words are marked and a hit opens the participant', async ({
  app,
}) => {
  const { page } = app;
  const { pairId, id } = await arrangeJordan(app);
  const riley = await enroll(app, pairId, RILEY);
  await logContact(app, id, { daysAgo: 3, kind: 'office', note: 'Asked about a shelter bed for the winter.' });
  await logContact(app, id, { daysAgo: 1, note: 'Met at the library, no news.' });
  await logContact(app, riley, { kind: 'phone', note: 'Talked about SNAP and the food pantry.' });
  await app.open();
  await goToParticipants(page);

  await page.getByRole('group', { name: 'Search in' }).getByLabel('Contact notes').check();
  const field = page.getByRole('search', { name: 'Contact notes' }).getByLabel('Search contact notes');
  await field.fill('shelt');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText('1 contact note matches “shelt”.');
  const hits = page.getByRole('list', { name: 'Contact notes found' }).getByRole('listitem');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Office visit');
  await expect(hits.first().locator('mark')).toHaveText(['shelter']);
  await expect(hits.first()).toContainText('Asked about a shelter bed for the winter');
  await app.screenshot('contact note hits');

  await field.fill('pantry');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().getByRole('button', { name: RILEY.name })).toBeVisible();
  await field.fill('nothing like this');
  await expect(page.getByText('No contact note matches “nothing like this”.')).toBeVisible();

  // The name search keeps its own field; switching back and forth loses neither query.
  await page.getByRole('group', { name: 'Search in' }).getByLabel('Names, aliases and dates of birth').check();
  await expect(page.getByRole('region', { name: 'Participants list' })).toContainText(RILEY.name);
  await page.getByRole('group', { name: 'Search in' }).getByLabel('Contact notes').check();
  await expect(field).toHaveValue('nothing like this');

  await field.fill('winter shelter');
  await hits.first().getByRole('button', { name: JORDAN.name }).click();
  await expect(heading(page, JORDAN.name)).toBeVisible();
  await expect(timelineItem(page, 'Office visit')).toContainText('Asked about a shelter bed for the winter');
  await expect(section(page, 'Contacts')).toBeVisible();
});
