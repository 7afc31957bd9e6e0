import { test, expect } from './harness';
import { followErrorLink } from './helpers/desk';
import { JORDAN, ok, openParticipant } from './helpers/participant-arrange';
import { arrangeJordan, section } from './helpers/record-arrange';

test('a contact with a 5000-character note, markup in a field and a duration of 0 is refused field by field, keeps what was typed, and saves nothing', async ({
  app,
}) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const contacts = section(page, 'Contacts');
  const longNote = 'Long note. '.repeat(455).slice(0, 5000);
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Office visit' });
  await contacts.getByLabel('Duration (minutes)').fill('0');
  await contacts.getByLabel('Where (optional)').fill('<script>alert(1)</script>');
  await contacts.getByLabel('Note (optional)').fill(longNote);
  await contacts.getByRole('button', { name: 'Log contact' }).click();

  const summary = contacts.getByRole('alert');
  await expect(summary).toContainText('The contact was not logged');
  await expect(summary).toContainText('Duration must be at least 1 minute.');
  await expect(summary).toContainText('Where cannot contain < or > or control characters.');
  await expect(summary).toContainText('Note must be at most 4000 characters.');
  await followErrorLink(contacts, contacts.getByLabel('Duration (minutes)'));
  await expect(contacts.getByLabel('Duration (minutes)')).toHaveAccessibleDescription(/Duration must be at least 1 minute\./);
  await expect(contacts.getByLabel('Where (optional)')).toHaveAccessibleDescription(/Where cannot contain < or >/);
  await expect(contacts.getByLabel('Note (optional)')).toHaveAccessibleDescription(/Note must be at most 4000 characters\./);
  await expect(contacts.getByLabel('Where (optional)')).toHaveValue('<script>alert(1)</script>');
  await expect(contacts.getByLabel('Note (optional)')).toHaveValue(longNote);
  await expect(contacts.getByLabel('Kind of contact')).toHaveValue('office');
  await app.screenshot('contact refused');

  let record = await ok(app, 'participants.get', { id });
  expect(record.lastContactAt).toBeNull();
  expect(record.timeline.filter((event) => event.kind === 'contact')).toHaveLength(0);

  // A corrected field stops saying it is wrong at once; the rest still do until the next save.
  await contacts.getByLabel('Duration (minutes)').fill('20');
  await expect(summary).not.toContainText('Duration must be at least 1 minute.');
  await expect(summary).toContainText('Note must be at most 4000 characters.');
  await contacts.getByLabel('Where (optional)').fill('Office');
  await contacts.getByLabel('Note (optional)').fill(longNote.slice(0, 4000));
  await contacts.getByRole('button', { name: 'Log contact' }).click();
  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  record = await ok(app, 'participants.get', { id });
  expect(record.timeline.filter((event) => event.kind === 'contact')).toMatchObject([
    { summary: 'Office visit, 20 minutes, case manager, at Office.', note: longNote.slice(0, 4000).trim() },
  ]);
});

test('markup in a justice event description, a service provider or an outcome note is refused with nothing saved', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const justice = section(page, 'Criminal-justice events');
  await justice.getByRole('button', { name: 'Record a criminal-justice event' }).click();
  await justice.getByLabel('Kind of event').selectOption({ label: 'Police contact' });
  await justice.getByLabel('Short description').fill('<b>stopped</b>');
  await justice.getByRole('button', { name: 'Save event' }).click();
  await expect(justice.getByRole('alert')).toContainText('Short description cannot contain < or > or control characters.');
  await justice.getByLabel('Short description').fill('x'.repeat(301));
  await justice.getByRole('button', { name: 'Save event' }).click();
  await expect(justice.getByRole('alert')).toContainText('Short description must be at most 300 characters.');
  await expect(justice.getByLabel('Short description')).toHaveValue('x'.repeat(301));

  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Refer to a service for Housing' }).click();
  await housing.getByLabel('Provider or service').fill('<script>x</script>');
  await housing.getByRole('button', { name: 'Save referral' }).click();
  await expect(housing.getByRole('alert')).toContainText('Provider or service cannot contain < or > or control characters.');

  const outcomes = section(page, 'Outcomes');
  await outcomes.getByRole('button', { name: 'Record an outcome' }).click();
  await outcomes.getByRole('button', { name: 'Save outcome' }).click();
  await expect(outcomes.getByRole('alert')).toContainText('Choose what was observed');
  await outcomes.getByLabel('What was observed').selectOption({ label: 'Employment' });
  await outcomes.getByLabel('Employment now').selectOption({ label: 'Employed part time' });
  await outcomes.getByLabel('Note (optional)').fill('<img src=x>');
  await outcomes.getByRole('button', { name: 'Save outcome' }).click();
  await expect(outcomes.getByRole('alert')).toContainText('Note cannot contain < or > or control characters.');
  await expect(outcomes.getByLabel('Employment now')).toHaveValue('part_time');

  const record = await ok(app, 'participants.get', { id });
  expect(record.serviceReferrals).toEqual([]);
  expect(record.latestOutcomes).toEqual([]);
  expect(record.timeline.filter((event) => event.kind.startsWith('justice.'))).toEqual([]);
  expect(record.needs).toMatchObject([{ need: 'housing', status: 'open' }]);
});
