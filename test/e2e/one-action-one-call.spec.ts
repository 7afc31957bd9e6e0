import { test, expect, type TestApp } from './harness';
import { JORDAN, RILEY, arrangeTeam, recordsAudit, enroll, ok, openParticipant } from './helpers/participant-arrange';
import { boardNews, card, cardName, column, goToBoard, lane } from './helpers/board-arrange';
import { PAIR_LABEL } from './helpers/participant-arrange';
import { completeAssessment } from './helpers/participant-records';
import { arrangeJordan, section, summary, timelineItem } from './helpers/record-arrange';

/**
 * What one action costs in calls between the window and the main process, counted where the
 * harness stands in for Electron's IPC (app.ipcCalls). `session.touch`, the idle-lock heartbeat
 * that any key or click may send once in 30 s, is not part of an action and is left out.
 */
function callsSince(app: TestApp, mark: number): string[] {
  return app.ipcCalls
    .slice(mark)
    .map((call) => call.channel)
    .filter((channel) => channel !== 'session.touch');
}

/**
 * A call that should not come shows only by not coming: wait past the board's refresh delay
 * (150 ms) and an event's trip to the page, several times over, before counting.
 */
const settle = (app: TestApp) => app.page.waitForTimeout(600);

// Each test arranges a team at the shipped scrypt cost and then waits out the calls that must not
// come: on a loaded two-core machine that is more than the default minute.
test.describe.configure({ timeout: 120_000 });

test('a card move is one call: the reply is placed, with the lane’s caseload counted again, and nothing reloads', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  await enroll(app, pairId, JORDAN);
  const rileyId = await enroll(app, pairId, RILEY);
  await completeAssessment(app, rileyId, RILEY);
  await app.open();
  await goToBoard(page);
  await expect(lane(page, PAIR_LABEL)).toContainText('2 of 28 participants');
  await settle(app);

  let mark = app.ipcCalls.length;
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(card(column(page, 'Intake in progress'), JORDAN.name)).toBeVisible();
  await expect(boardNews(page)).toHaveText(`${JORDAN.name} moved to Intake in progress.`);
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['participants.move']);

  // Exiting takes a reason in a dialog, and the participant off the pair's caseload: still one call.
  mark = app.ipcCalls.length;
  await cardName(page, RILEY.name).focus();
  await page.keyboard.press('m');
  await page.getByRole('menu', { name: 'Move to…' }).getByRole('menuitem', { name: 'Exited' }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${RILEY.name} to Exited` });
  await dialog.getByLabel('Reason').fill('Moved to another county to live with family.');
  await dialog.getByRole('button', { name: 'Move to Exited' }).click();
  await expect(card(column(page, 'Exited'), RILEY.name)).toBeVisible();
  await expect(lane(page, PAIR_LABEL)).toContainText('1 of 28 participants');
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['participants.move']);
  await app.screenshot('board after two moves');

  // What the board shows from the replies is what a fresh load says.
  const fresh = await ok(app, 'board.pair', { pairId });
  expect(fresh.lanes[0]!.pair.caseload).toBe(1);
  expect(fresh.lanes[0]!.cards.map((c) => [c.participantId, c.stage])).toEqual([
    [expect.any(Number), 'intake_in_progress'],
    [rileyId, 'exited'],
  ]);

  // A contact logged from the card is one call too.
  mark = app.ipcCalls.length;
  await card(page, JORDAN.name).getByRole('button', { name: 'Log contact' }).click();
  const contact = page.getByRole('dialog', { name: `Log a contact with ${JORDAN.name}` });
  await contact.getByLabel('Kind of contact').selectOption({ label: 'Phone call' });
  await contact.getByRole('button', { name: 'Log contact' }).click();
  await expect(contact).toBeHidden();
  await expect(card(page, JORDAN.name)).toContainText('Contact today');
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['contacts.log']);
});

test('a contact logged from a record is one call, the record rebuilt once from its reply and audited as one opening', async ({ app }) => {
  const { page } = app;
  const { id } = await arrangeJordan(app);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('Active');
  await settle(app);

  let mark = app.ipcCalls.length;
  const contacts = section(page, 'Contacts');
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  await contacts.getByLabel('Kind of contact').selectOption({ label: 'Accompaniment' });
  await contacts.getByLabel('Note (optional)').fill('Walked over to the ID office together.');
  await contacts.getByRole('button', { name: 'Log contact' }).click();
  await expect(contacts.getByRole('status')).toHaveText('Contact logged.');
  await expect(summary(page)).toContainText('Last contact today');
  await expect(timelineItem(page, 'Accompaniment, 30 minutes')).toContainText('Walked over to the ID office together.');
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['contacts.log']);
  await app.screenshot('record after a contact');

  // Any other write on the record answers with the record as well.
  mark = app.ipcCalls.length;
  const housing = section(page, 'Needs and goals')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Housing' }) });
  await housing.getByRole('button', { name: 'Update status of Housing' }).click();
  await housing.getByRole('group', { name: 'Status of Housing' }).getByLabel('Met').check();
  await housing.getByRole('button', { name: 'Save status' }).click();
  await expect(housing.getByRole('status')).toHaveText('Housing: met.');
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['needs.update']);

  // One opening and two writes: one audited read of the record.
  const openings = (await recordsAudit(app, 'participants.get')).filter((entry) => entry.subjectId === String(id));
  expect(openings).toHaveLength(1);
});

test('a change another action makes is reloaded, and only where it reaches', async ({ app }) => {
  const { page } = app;
  const { pairId, id } = await arrangeJordan(app);
  const rileyId = await enroll(app, pairId, RILEY);
  await app.open();
  await openParticipant(page, JORDAN.name);
  await expect(summary(page)).toContainText('Active');
  await settle(app);

  // Another window's call (its own request id) on Jordan: the open record reads itself again, once.
  let mark = app.ipcCalls.length;
  const moved = await app.core.invoke(
    'participants.move',
    { participantId: id, to: 'inactive', reason: 'Not seen since the ID office.' },
    'otherwindow-1',
  );
  expect(moved).toMatchObject({ ok: true });
  await expect(summary(page)).toContainText('Inactive');
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['participants.get']);

  // A change to someone else leaves Jordan's record alone.
  mark = app.ipcCalls.length;
  const contact = {
    kind: 'phone',
    occurredAt: new Date(app.clock.now().getTime() - 60_000).toISOString(),
    durationMinutes: 5,
    staff: 'peer',
    place: null,
    note: null,
  } as const;
  expect(await app.core.invoke('contacts.log', { participantId: rileyId, contact }, 'otherwindow-2')).toMatchObject({ ok: true });
  await settle(app);
  expect(callsSince(app, mark)).toEqual([]);

  // The board reloads for any change another action makes: one may have just joined the pair.
  await goToBoard(page);
  await expect(card(column(page, 'Inactive'), JORDAN.name)).toBeVisible();
  await settle(app);
  mark = app.ipcCalls.length;
  expect(
    await app.core.invoke('participants.move', { participantId: rileyId, to: 'intake_in_progress', reason: null }, 'otherwindow-3'),
  ).toMatchObject({ ok: true });
  await expect(card(column(page, 'Intake in progress'), RILEY.name)).toBeVisible();
  await settle(app);
  expect(callsSince(app, mark)).toEqual(['board.pair']);
});
