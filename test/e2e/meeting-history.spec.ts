import { test, expect } from './harness';
import { expectNoAxeViolations, sidewaysScroll } from './helpers/axe';
import { heading, signOut } from './helpers/desk';
import { JORDAN, STAFF, arrangeTeam, enroll, ok, signInAgain, signInCore } from './helpers/participant-arrange';
import { fullConsent, recordConsent } from './helpers/participant-records';
import { localDay, longDay } from './helpers/record-arrange';
import type { TestApp } from './harness';

/** Invented words only: the team's note never reaches the room or the partners. */
const DECISION = 'Keep the ID appointment on Thursday';
const CORRECTED = 'Move the ID appointment to Friday';
const SUMMARY = 'Engaged; next step is an ID appointment';
const TEAM_NOTE = 'Team only: prefers mornings at the sample drop-in';
const OVERDUE = 'Call the sample clinic about intake';
const LATER = 'Book the ID appointment';

/**
 * A closed meeting, arranged through the router as the running meeting's screens would make it
 * (test/unit/services/meetings.test.ts walks the same sequence): Jordan, with a consent, on the
 * agenda; a police officer and a State's Attorney liaison in the room; Jordan shown; two
 * actions for the case manager, one already overdue. Ends with the supervisor signed in.
 */
async function arrangeClosedMeeting(app: TestApp) {
  const { pairId } = await arrangeTeam(app);
  const jordan = await enroll(app, pairId, JORDAN);
  await recordConsent(app, jordan, fullConsent(app, JORDAN.name));
  await signInCore(app, STAFF.supervisor);
  let meeting = await ok(app, 'meetings.plan', {});
  if (!meeting.items.some((item) => item.participantId === jordan)) {
    meeting = await ok(app, 'meetings.addItem', { meetingId: meeting.id, participantId: jordan });
  }
  const itemId = meeting.items.find((item) => item.participantId === jordan)!.id;
  await ok(app, 'meetings.start', {
    meetingId: meeting.id,
    attendees: [
      { name: 'Officer Sample', recipient: { kind: 'police' }, acknowledged: true },
      { name: 'Liaison Sample', recipient: { kind: 'states_attorney' }, acknowledged: true },
    ],
  });
  await ok(app, 'meetings.updateItem', { itemId, decision: DECISION, sharedSummary: SUMMARY, teamNote: TEAM_NOTE });
  await ok(app, 'meetings.show', { meetingId: meeting.id, itemId });
  const caseManager = (await ok(app, 'staff.list', {})).find((member) => member.username === STAFF.caseManager.username)!;
  for (const [what, dueOn] of [
    [OVERDUE, localDay(app.clock.now(), -2)],
    [LATER, localDay(app.clock.now(), 7)],
  ] as const) {
    await ok(app, 'meetings.addAction', { meetingId: meeting.id, itemId, what, ownerId: caseManager.id, agency: null, dueOn });
  }
  const closed = await ok(app, 'meetings.close', { meetingId: meeting.id });
  return { meeting: closed, itemId };
}

const calls = (app: TestApp, channel: string) => app.ipcCalls.filter((call) => call.channel === channel).length;

test('past meetings: the record shows who was there, what was decided and shown; the supervisor corrects it, audited', async ({ app }) => {
  const { page } = app;
  const { meeting } = await arrangeClosedMeeting(app);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.supervisor.displayName}`)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Past meetings' }).click();
  await expect(heading(page, 'Past meetings')).toBeVisible();
  const list = page.getByRole('region', { name: 'Past meetings' });
  const row = list.getByRole('row', { name: new RegExp(longDay(meeting.meetsOn)) });
  await expect(row).toContainText('1 item');
  await expect(row).toContainText('2 people');
  await expect(row).toContainText('2 open');
  await row.getByRole('button', { name: `Meeting of ${longDay(meeting.meetsOn)}` }).click();

  await expect(heading(page, `Meeting of ${longDay(meeting.meetsOn)}`)).toBeVisible();
  const attendees = page.getByRole('region', { name: 'Attendees' });
  await expect(attendees.getByRole('row', { name: /Officer Sample/ })).toContainText('Baltimore Police Department');
  await expect(attendees.getByRole('row', { name: /Liaison Sample/ })).toContainText('State');
  const item = page.getByRole('listitem', { name: JORDAN.name });
  await expect(item).toContainText(DECISION);
  await expect(item).toContainText(SUMMARY);
  await expect(item).toContainText(TEAM_NOTE);
  await expect(item.getByText('(team only, never shown to partners)')).toBeVisible();
  const shown = page.getByRole('region', { name: 'Disclosures' }).getByRole('row', { name: new RegExp(JORDAN.name) });
  await expect(shown).toContainText('Status only');
  await expect(shown).toContainText('Baltimore Police Department');
  await expect(shown).toContainText('Shared screen');
  const actions = page.getByRole('region', { name: 'Action items list' });
  await expect(actions.getByRole('row', { name: new RegExp(OVERDUE) })).toContainText(STAFF.caseManager.displayName);
  await expect(actions.getByRole('row', { name: new RegExp(LATER) })).toContainText('Open');
  await app.screenshot('past meeting record');
  await expectNoAxeViolations(page, 'past meeting record');

  // Reopening asks first and says it is audited; the reply is the meeting, so nothing is fetched again.
  const gets = calls(app, 'meetings.get');
  await page.getByRole('button', { name: 'Reopen for correction' }).click();
  const dialog = page.getByRole('dialog', { name: `Reopen the minutes of ${longDay(meeting.meetsOn)}?` });
  await expect(dialog).toContainText('recorded in the audit log');
  await dialog.getByRole('button', { name: 'Reopen for correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.history-reopened')).toBeFocused();
  await expect(page.getByText(/^Reopened for correction on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen for correction' })).toHaveCount(0);
  expect(calls(app, 'meetings.correct')).toBe(1);

  // A refused correction says so beside the field; nothing typed is lost.
  await item.getByRole('button', { name: `Correct ${JORDAN.name}` }).click();
  const decision = item.getByLabel('Decision');
  await expect(decision).toBeFocused();
  await decision.fill('<b>Friday</b>');
  await item.getByRole('button', { name: 'Save correction' }).click();
  await expect(item.locator('.field-invalid').getByLabel('Decision')).toBeVisible();
  await expect(item.locator('.field-error')).toHaveCount(1);
  await expect(decision).toHaveValue('<b>Friday</b>');
  await decision.fill(CORRECTED);
  await item.getByRole('button', { name: 'Save correction' }).click();
  await expect(item.getByRole('status')).toHaveText('Correction saved. The audit log records which fields you changed, and when.');
  await expect(item).toContainText(CORRECTED);
  await expect(item).not.toContainText(DECISION);
  await expect(item.getByRole('button', { name: `Correct ${JORDAN.name}` })).toBeFocused();
  expect(calls(app, 'meetings.updateItem')).toBe(2);
  expect(calls(app, 'meetings.get')).toBe(gets);
  await app.screenshot('past meeting corrected');
  await expectNoAxeViolations(page, 'past meeting corrected');

  // The audit log holds the reopening and the correction (which fields, never what they say).
  const { entries } = await ok(app, 'audit.list', { log: 'records', action: 'meetings.', limit: 100 });
  expect(entries.find((entry) => entry.action === 'meetings.correct')).toMatchObject({ subjectId: String(meeting.id) });
  const corrections = entries.filter((entry) => entry.action === 'meetings.updateItem' && entry.detail?.correction === true);
  expect(corrections).toHaveLength(1);
  expect(corrections[0]!.detail).toMatchObject({ fields: ['decision'] });
  expect(JSON.stringify(entries)).not.toContain(CORRECTED);

  // Reloading the record: the correction stayed.
  await app.open();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Past meetings' }).click();
  await page.getByRole('button', { name: `Meeting of ${longDay(meeting.meetsOn)}` }).click();
  await expect(page.getByRole('listitem', { name: JORDAN.name })).toContainText(CORRECTED);
});

test('home: the case manager sees their action items, overdue in words, marks one done and it stays done', async ({ app }) => {
  const { page } = app;
  const { meeting } = await arrangeClosedMeeting(app);
  await signInCore(app, STAFF.caseManager);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();

  const mine = page.getByRole('region', { name: 'Your action items from meetings' });
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  const overdue = mine.getByRole('listitem').filter({ hasText: OVERDUE });
  await expect(overdue).toContainText(`Overdue: was due ${longDay(localDay(new Date(), -2))}.`);
  await expect(overdue).toContainText(`About ${JORDAN.name}.`);
  await expect(overdue).toContainText(`From the meeting of ${longDay(meeting.meetsOn)}.`);
  await expect(mine.getByRole('listitem').filter({ hasText: LATER })).toContainText(`Due ${longDay(localDay(new Date(), 7))}.`);
  await expect(mine.getByRole('listitem').filter({ hasText: LATER })).not.toContainText('Overdue');
  await app.screenshot('home with action items');
  await expectNoAxeViolations(page, 'home with action items');
  // The smallest window the app allows: nothing spills sideways.
  await page.setViewportSize({ width: 1024, height: 600 });
  expect(await sidewaysScroll(page)).toBe(0);
  await page.setViewportSize({ width: 1366, height: 768 });

  const before = calls(app, 'meetings.myActions');
  await mine.getByRole('button', { name: `Mark done: ${OVERDUE}` }).click();
  await expect(mine.getByRole('status')).toHaveText(`Marked done: ${OVERDUE}.`);
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine.getByRole('listitem')).toContainText(LATER);
  await expect(page.getByRole('heading', { name: 'Your action items from meetings' })).toBeFocused();
  expect(calls(app, 'meetings.completeAction')).toBe(1);
  expect(calls(app, 'meetings.myActions')).toBe(before);

  // A case manager reads the record but cannot reopen it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Past meetings' }).click();
  await expect(
    page.getByRole('region', { name: 'Past meetings' }).getByRole('row', { name: new RegExp(longDay(meeting.meetsOn)) }),
  ).toContainText('1 open');
  await page.getByRole('button', { name: `Meeting of ${longDay(meeting.meetsOn)}` }).click();
  await expect(heading(page, `Meeting of ${longDay(meeting.meetsOn)}`)).toBeVisible();
  await expect(page.getByRole('listitem', { name: JORDAN.name })).toContainText(DECISION);
  await expect(page.getByRole('button', { name: 'Reopen for correction' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Correct ${JORDAN.name}` })).toHaveCount(0);

  // After a restart of the window, and after signing in again, the done item stays done.
  await app.open();
  await expect(heading(page, /^Welcome/)).toBeVisible();
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await signOut(page);
  await signInAgain(page, STAFF.caseManager);
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine).not.toContainText(OVERDUE);
});

test('home: with no open action items the section says so', async ({ app }) => {
  const { page } = app;
  await arrangeTeam(app);
  await app.open();
  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your action items from meetings' })).toContainText(
    'You have no open action items from the weekly meetings.',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Past meetings' }).click();
  await expect(page.getByText('No meeting has been closed yet.')).toBeVisible();
});
