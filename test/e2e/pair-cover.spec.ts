import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { JORDAN, RILEY, STAFF, recordsAudit, enroll, signInAgain } from './helpers/participant-arrange';
import { SECOND_PAIR_LABEL, arrangeTwoPairs, cardName, goToBoard, lane } from './helpers/board-arrange';

const REASON = 'Quinn is off sick today';

test('a case manager opens another pair’s participant from the board by covering for that pair, and the supervisor sees the cover', async ({
  app,
}) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  await enroll(app, pairId, JORDAN);
  const rileyId = await enroll(app, otherPairId, RILEY);
  await app.open();

  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();
  await goToBoard(page);
  await page.getByLabel('Board of').selectOption({ label: SECOND_PAIR_LABEL });
  await cardName(lane(page, SECOND_PAIR_LABEL), RILEY.name).click();

  // One click on the card asks why; nothing of the record shows until the cover is granted.
  const dialog = page.getByRole('dialog', { name: `Cover for ${SECOND_PAIR_LABEL}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`This participant is on ${SECOND_PAIR_LABEL}’s caseload.`);
  await expect(page.getByText(RILEY.dateOfBirth)).toHaveCount(0);
  const reason = dialog.getByLabel('Why are you covering?');
  await expect(reason).toBeFocused();
  await reason.fill('covering');
  await dialog.getByRole('button', { name: 'Cover for this pair' }).click();
  await expect(reason).toHaveAccessibleDescription(/Say in a few words \(at least 3\) why you are covering/);
  await app.screenshot('cover asked for a reason');
  await reason.fill(REASON);
  await dialog.getByRole('button', { name: 'Cover for this pair' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page, RILEY.name)).toBeVisible();
  await app.screenshot('record opened under cover');

  await page.keyboard.press('Control+L');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await signInAgain(page, STAFF.supervisor);
  const covers = page.getByRole('region', { name: 'Covering for another pair today' });
  const row = covers.getByRole('row', { name: new RegExp(STAFF.caseManager.displayName) });
  await expect(row.getByRole('cell')).toHaveText([
    `${STAFF.caseManager.displayName} (case manager)`,
    SECOND_PAIR_LABEL,
    REASON,
    /^\d{1,2}:\d{2} [AP]M$/,
  ]);
  await app.screenshot('supervisor home with the cover');

  const audited = await recordsAudit(app, 'covers.start');
  expect(audited.map((entry) => [entry.actorName, entry.subjectId])).toEqual([[STAFF.caseManager.displayName, String(otherPairId)]]);
  const refused = await recordsAudit(app, 'access.denied');
  expect(refused.map((entry) => [entry.actorName, entry.subjectId, entry.detail])).toEqual([
    [STAFF.caseManager.displayName, String(rileyId), { channel: 'participants.get', pairId: otherPairId }],
  ]);
});
