import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { JORDAN, STAFF, ok, openParticipant, signInCore } from './helpers/participant-arrange';
import { arrangeJordan, localDay, longDay, section, shortDay, summary, tabTo, timelineItem } from './helpers/record-arrange';

test('a contact logged on the participant page shows its age in the summary and its note in the timeline', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('No contacts recorded yet');

  const contacts = section(page, 'Contacts');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await expect(contacts.getByLabel('Kind of contact')).toBeFocused();
  // A case manager logs their own contacts: "who" starts there, and the time starts at now.
  await expect(contacts.getByRole('group', { name: 'Who was there' }).getByLabel('Case manager', { exact: true })).toBeChecked();
  await expect(contacts.getByLabel('Duration (minutes)')).toHaveValue('30');
  await expect(contacts.getByLabel('Date')).toHaveValue(localDay(new Date()));

  const twoDaysAgo = localDay(app.clock.now(), -2);
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Street outreach' });
  await contacts.getByLabel('Date').fill(twoDaysAgo);
  await contacts.getByLabel('Time').fill('10:15');
  await contacts.getByLabel('Duration (minutes)').fill('45');
  await contacts.getByRole('group', { name: 'Who was there' }).getByLabel('Case manager and peer').check();
  await contacts.getByLabel('Where (optional)').fill('Lexington Market');
  await contacts.getByLabel('Note (optional)').fill('Talked about the shelter bed on Fayette St.\nNext: ID card appointment.');
  await contacts.getByRole('button', { name: 'Log contact' }).click();

  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  await expect(contacts.getByRole('button', { name: 'Log a contact' })).toBeFocused();
  await expect(summary(page)).toContainText(`2 days since last contact, ${shortDay(twoDaysAgo, new Date())}`);
  const item = timelineItem(page, 'Street outreach, 45 minutes, case manager and peer, at Lexington Market.');
  await expect(item).toContainText(`${longDay(twoDaysAgo)}, 10:15 AM`);
  await expect(item.locator('.participant-timeline-note')).toHaveText(
    'Talked about the shelter bed on Fayette St.\nNext: ID card appointment.',
  );
  await expect(item).toContainText(`By ${STAFF.caseManager.displayName}`);
  await app.screenshot('contact logged');

  const record = await ok(app, 'participants.get', { id });
  expect(record.daysSinceContact).toBe(2);
  expect(new Date(record.lastContactAt!).getHours()).toBe(10);
});

test('a peer logs a contact with the keyboard alone; who was there starts at the peer', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await signInCore(app, STAFF.peer);
  await app.open();
  await openParticipant(page, JORDAN.name);

  const contacts = section(page, 'Contacts');
  const open = contacts.getByRole('button', { name: 'Log a contact' });
  await tabTo(page, open, 80);
  await page.keyboard.press('Enter');
  const kind = contacts.getByLabel('Kind of contact');
  await expect(kind).toBeFocused();
  await expect(contacts.getByRole('group', { name: 'Who was there' }).getByLabel('Peer', { exact: true })).toBeChecked();

  // Submitting with nothing chosen says what is missing at the top of the form, which takes the
  // focus; its link goes to the field.
  await tabTo(page, contacts.getByRole('button', { name: 'Log contact' }));
  await page.keyboard.press('Enter');
  await expect(contacts.getByRole('alert')).toContainText('Choose the kind of contact from the list.');
  await expect(contacts.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(kind).toBeFocused();

  for (const _ of ['Street outreach', 'Office visit', 'Phone call']) await page.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('phone');
  await page.keyboard.press('Tab');
  await expect(contacts.getByLabel('Duration (minutes)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('15');
  await tabTo(page, contacts.getByLabel('Note (optional)'));
  await page.keyboard.type('Checked in by phone; wants help with a birth certificate.');
  await tabTo(page, contacts.getByRole('button', { name: 'Log contact' }));
  await page.keyboard.press('Enter');

  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  await expect(open).toBeFocused();
  await expect(summary(page)).toContainText('Last contact today');
  await expect(timelineItem(page, 'Phone call, 15 minutes, peer.')).toContainText(
    'Checked in by phone; wants help with a birth certificate.',
  );
  await expect(timelineItem(page, 'Phone call, 15 minutes, peer.')).toContainText(`By ${STAFF.peer.displayName}`);
  expect((await ok(app, 'participants.get', { id })).daysSinceContact).toBe(0);
  await expect(heading(page, JORDAN.name)).toBeVisible();
});
