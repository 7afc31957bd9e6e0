import { test, expect } from './harness';
import { JORDAN, RILEY, STAFF, arrangeTeam, recordsAudit, enroll, ok, signInCore } from './helpers/participant-arrange';
import { boardNews, boardRefusal, card, cardName, column, dragCard, goToBoard } from './helpers/board-arrange';
import { completeAssessment } from './helpers/participant-records';

const REASON = 'Not seen at the usual places for three weeks; the peer keeps looking.';

test('cards move by pointer drag and by keyboard; each move is stored, audited and on the timeline', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const jordanId = await enroll(app, pairId, JORDAN);
  const rileyId = await enroll(app, pairId, RILEY, { pathway: 'social_contact' });
  await completeAssessment(app, rileyId, RILEY, { preferredName: 'Ri' });
  await app.open();
  await goToBoard(page);

  const jordan = card(page, 'Jordan Testcase');
  await expect(column(page, 'Awaiting intake')).toContainText('Jordan Testcase');
  await expect(column(page, 'Active')).toContainText('Riley Samplewood');
  await app.screenshot('pair board before moves');

  // Pointer: Jordan from Awaiting intake to Intake in progress.
  await dragCard(page, jordan, column(page, 'Intake in progress'));
  await expect(card(column(page, 'Intake in progress'), 'Jordan Testcase')).toBeVisible();
  await expect(boardNews(page)).toHaveText('Jordan Testcase moved to Intake in progress.');
  await expect(cardName(page, 'Jordan Testcase')).toBeFocused();
  expect((await ok(app, 'participants.get', { id: jordanId })).stage).toBe('intake_in_progress');

  // A drop the rules refuse snaps back and says why: Active needs the assessment first.
  await dragCard(page, jordan, column(page, 'Active'));
  await expect(boardRefusal(page)).toHaveText(
    'Jordan Testcase stays in Intake in progress: Complete the intake assessment before moving to active.',
  );
  await expect(card(column(page, 'Intake in progress'), 'Jordan Testcase')).toBeVisible();
  expect((await ok(app, 'participants.get', { id: jordanId })).stage).toBe('intake_in_progress');

  // The menu says the same, without a pointer.
  await cardName(page, 'Jordan Testcase').focus();
  await page.keyboard.press('m');
  const menu = page.getByRole('menu', { name: 'Move to…' });
  await expect(menu.getByRole('menuitem', { name: 'Active', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Active', exact: true })).toHaveAccessibleDescription(
    'Complete the intake assessment before moving to active.',
  );
  await expect(menu.getByRole('menuitem', { name: 'Awaiting intake' })).toBeFocused();
  await app.screenshot('move menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(jordan.getByRole('button', { name: 'Move to…' })).toBeFocused();

  // Keyboard: Riley one column right (Active to Inactive), which asks for a reason.
  await cardName(page, 'Ri (Riley Samplewood)').focus();
  await page.keyboard.press('Alt+ArrowRight');
  const dialog = page.getByRole('dialog', { name: 'Move Ri (Riley Samplewood) to Inactive' });
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await dialog.getByRole('button', { name: 'Move to Inactive' }).click();
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription(/Give a reason for moving to inactive\./);
  await dialog.getByLabel('Reason').fill(REASON);
  await app.screenshot('reason dialog');
  await dialog.getByRole('button', { name: 'Move to Inactive' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(column(page, 'Inactive'), 'Ri (Riley Samplewood)')).toBeVisible();
  await expect(boardNews(page)).toHaveText('Ri (Riley Samplewood) moved to Inactive.');
  await expect(cardName(page, 'Ri (Riley Samplewood)')).toBeFocused();

  // And back by the menu: Inactive to Active needs no reason.
  await page.keyboard.press('m');
  await menu.getByRole('menuitem', { name: 'Active', exact: true }).click();
  await expect(card(column(page, 'Active'), 'Ri (Riley Samplewood)')).toBeVisible();
  await expect(cardName(page, 'Ri (Riley Samplewood)')).toBeFocused();
  await app.screenshot('pair board after moves');

  const record = await ok(app, 'participants.get', { id: rileyId });
  expect(record.stage).toBe('active');
  const summaries = record.timeline.map((item) => item.summary);
  expect(summaries).toContain(`Moved from Active to Inactive: ${REASON}.`);
  expect(summaries).toContain('Moved from Inactive to Active.');

  const moves = await recordsAudit(app, 'participants.move');
  expect(moves.map((entry) => [entry.subjectId, entry.actorName, entry.detail])).toEqual([
    [String(rileyId), STAFF.caseManager.displayName, { from: 'inactive', to: 'active' }],
    [String(rileyId), STAFF.caseManager.displayName, { from: 'active', to: 'inactive' }],
    [String(jordanId), STAFF.caseManager.displayName, { from: 'awaiting_intake', to: 'intake_in_progress' }],
  ]);
  // The reason describes the person: it stays on the record, out of the administrators' log.
  expect(JSON.stringify(moves)).not.toContain('three weeks');
  await signInCore(app, STAFF.caseManager);
});
