import { test, expect } from './harness';
import { JORDAN, ok, openParticipant } from './helpers/participant-arrange';
import { arrangeJordan, logContact, section, summary, timelineItem } from './helpers/record-arrange';

test('the open record follows changes made elsewhere (a move on the board, a contact logged from a card) without losing a form being typed', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('Active');

  const contacts = section(page, 'Contacts');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Accompaniment' });
  await contacts.getByLabel('Note (optional)').fill('Went with them to the clinic intake; half typed');
  const housing = section(page, 'Needs and goals').getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Update status of Housing' }).click();
  await housing.getByRole('group', { name: 'Status of Housing' }).getByLabel('Met').check();

  // The board moves the participant while the page is open.
  await ok(app, 'participants.move', { participantId: id, to: 'inactive', reason: 'No contact for three weeks; left the shelter.' });
  await expect(summary(page)).toContainText('Inactive');
  await expect(timelineItem(page, /Inactive/).first()).toBeVisible();
  await expect(contacts.getByLabel('Note (optional)')).toHaveValue('Went with them to the clinic intake; half typed');
  await expect(contacts.getByLabel('Kind of contact')).toHaveValue('accompaniment');
  await expect(housing.getByRole('group', { name: 'Status of Housing' }).getByLabel('Met')).toBeChecked();

  // A contact logged from a card elsewhere shows here too.
  await logContact(app, id, { daysAgo: 1, kind: 'court', note: 'Sat with them at District Court.' });
  await expect(timelineItem(page, 'Court, 30 minutes')).toContainText('Sat with them at District Court.');
  await expect(summary(page)).toContainText('1 day since last contact');
  await expect(contacts.getByLabel('Note (optional)')).toHaveValue('Went with them to the clinic intake; half typed');

  await contacts.getByLabel('Note (optional)').fill('Went with them to the clinic intake.');
  await contacts.getByRole('button', { name: 'Log contact' }).click();
  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  await expect(summary(page)).toContainText('Last contact today');
  await expect(timelineItem(page, 'Accompaniment, 30 minutes')).toContainText('Went with them to the clinic intake.');
});
