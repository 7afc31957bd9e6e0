import { test, expect } from './harness';
import { JORDAN, RILEY, arrangeTeam, enroll, localDay, ok } from './helpers/participant-arrange';
import { boardNews, card, cardName, column, goToBoard } from './helpers/board-arrange';
import { logContact } from './helpers/record-arrange';

test('a contact logged from a card resets its days since contact', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await logContact(app, id, { daysAgo: 16 });
  await app.open();
  await goToBoard(page);

  const jordan = card(page, JORDAN.name);
  await expect(jordan).toContainText('Overdue: 16 days since contact');

  // By the button …
  await jordan.getByRole('button', { name: 'Log contact' }).click();
  const dialog = page.getByRole('dialog', { name: `Log a contact with ${JORDAN.name}` });
  await expect(dialog.getByLabel('Kind of contact')).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(jordan.getByRole('button', { name: 'Log contact' })).toBeFocused();

  // … or by C on the focused card.
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('c');
  await dialog.getByLabel('Kind of contact').selectOption({ label: 'Office visit' });
  await dialog.getByLabel('Note (optional)').fill('Came by the office for a bus pass.');
  await app.screenshot('log contact dialog');
  await dialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(boardNews(page)).toHaveText(`Contact logged with ${JORDAN.name}.`);
  await expect(jordan).toContainText('Contact today');
  await expect(jordan).not.toContainText('Overdue');
  expect((await ok(app, 'participants.get', { id })).daysSinceContact).toBe(0);
});

test('the board follows changes made elsewhere without a reload, and the focus stays on the card', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const jordanId = await enroll(app, pairId, JORDAN);
  const rileyId = await enroll(app, pairId, RILEY);
  await app.open();
  await goToBoard(page);

  const riley = card(page, RILEY.name);
  await expect(riley).toContainText('No contact yet');
  await cardName(page, JORDAN.name).focus();

  // Someone logs a contact and a police contact on another screen.
  await logContact(app, rileyId, { daysAgo: 9 });
  await expect(riley).toContainText('Check in soon: 9 days since contact');
  await ok(app, 'justiceEvents.record', {
    participantId: jordanId,
    event: { kind: 'police_contact', occurredOn: localDay(app.clock.now()), description: 'Stopped near the market, no charge.' },
  });
  await expect(card(page, JORDAN.name)).toContainText(/Police contact since the \w{3} \d{1,2}(, \d{4})? meeting/);
  await expect(cardName(page, JORDAN.name)).toBeFocused();

  // A move elsewhere puts the card in its new column, and the focus follows it there.
  await ok(app, 'participants.move', { participantId: jordanId, to: 'intake_in_progress', reason: null });
  await expect(column(page, 'Intake in progress')).toContainText(JORDAN.name);
  await expect(cardName(page, JORDAN.name)).toBeFocused();
  await expect(boardNews(page)).toBeEmpty();
});
