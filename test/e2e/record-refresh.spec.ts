import { test, expect } from './harness';
import { JORDAN, STAFF, recordsAudit, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { arrangeJordan, logContact, section, summary, timelineItem } from './helpers/record-arrange';

test('the open record follows changes made elsewhere (a move on the board, a contact logged from a card) without losing a form being typed', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('Active');

  const contacts = section(page, 'Contacts');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Accompaniment' });
  await contacts.getByLabel('Note (optional)').fill('Went with them to the clinic intake; half typed');
  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
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

test('opening a record is one audited read, however often the open page refreshes', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);

  // Two saves on the page, each followed by a refresh of the open record.
  const contacts = section(page, 'Contacts');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Accompaniment' });
  await contacts.getByLabel('Note (optional)').fill('Walked over to the ID office together.');
  await contacts.getByRole('button', { name: 'Log contact' }).click();
  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Update status of Housing' }).click();
  await housing.getByRole('group', { name: 'Status of Housing' }).getByLabel('Met').check();
  await housing.getByRole('button', { name: 'Save status' }).click();
  await expect(housing.getByRole('status')).toHaveText('Housing: met.');
  // A change made elsewhere shows only through a refresh: once it is on the page, the refreshes are done.
  await ok(app, 'participants.move', { participantId: id, to: 'inactive', reason: 'Not seen since the ID office.' });
  await expect(summary(page)).toContainText('Inactive');

  const opened = async () => (await recordsAudit(app, 'participants.get')).filter((entry) => entry.subjectId === String(id));
  expect(await opened()).toHaveLength(1);

  // Opening it again, in a new sign-in, is a new read.
  await signInCore(app, STAFF.caseManager);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('Inactive');
  expect(await opened()).toHaveLength(2);
});
