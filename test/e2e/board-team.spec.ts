import { test, expect } from './harness';
import { heading, followErrorLink } from './helpers/desk';
import { JORDAN, PAIR_LABEL, RILEY, STAFF, recordsAudit, enroll, ok, signInCore } from './helpers/participant-arrange';
import {
  SECOND_PAIR_LABEL,
  arrangeTwoPairs,
  boardNews,
  card,
  cardName,
  column,
  dragCard,
  goToBoard,
  lane,
  setCaseloadCap,
} from './helpers/board-arrange';

const OVERRIDE = 'Jordan already trusts this pair’s peer from the shelter; a stranger would set them back.';

test('the supervisor sees every pair and reassigns across pairs: refused at the cap, then over it with a reason', async ({ app }) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  const jordanId = await enroll(app, pairId, JORDAN);
  const rileyId = await enroll(app, otherPairId, RILEY);
  await setCaseloadCap(app, 1, STAFF.supervisor);
  await app.open();

  // Home is the team board for the supervisor; the Board page is the same board.
  await expect(heading(page, `Welcome, ${STAFF.supervisor.displayName}`)).toBeVisible();
  await expect(lane(page, PAIR_LABEL)).toBeVisible();
  await goToBoard(page);
  const first = lane(page, PAIR_LABEL);
  const second = lane(page, SECOND_PAIR_LABEL);
  await expect(first).toContainText('At the cap: 1 of 1 participants');
  await expect(second).toContainText('At the cap: 1 of 1 participants');
  await expect(card(column(first, 'Awaiting intake'), JORDAN.name)).toBeVisible();
  await expect(card(column(second, 'Awaiting intake'), RILEY.name)).toBeVisible();
  await app.screenshot('team board');

  // Reassign from the card's menu, keyboard only.
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Reassign to another pair…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: `Reassign ${JORDAN.name}` });
  await dialog.getByLabel(`${SECOND_PAIR_LABEL}: 1 of 1 participants (at the cap)`).check();
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  const reason = dialog.getByLabel('Reason to go over the cap');
  await expect(reason).toHaveAccessibleDescription(/The pair is at its cap: a supervisor must give a reason to go over it\./);
  await followErrorLink(dialog, reason);
  expect((await ok(app, 'participants.get', { id: jordanId })).pair.id).toBe(pairId);
  await reason.fill(OVERRIDE);
  await app.screenshot('reassign over the cap');
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await expect(dialog).toBeHidden();
  await expect(boardNews(page)).toHaveText(`${JORDAN.name} now works with ${SECOND_PAIR_LABEL}.`);
  await expect(card(column(second, 'Awaiting intake'), JORDAN.name)).toBeVisible();
  await expect(card(first, JORDAN.name)).toHaveCount(0);
  await expect(cardName(page, JORDAN.name)).toBeFocused();
  await expect(second).toContainText('Over the cap: 2 of 1 participants');
  await expect(first).toContainText('0 of 1 participants');

  // Dragging a card onto another pair's lane asks the same question, with that pair chosen.
  await dragCard(page, card(page, RILEY.name), column(first, 'Awaiting intake'));
  const dragged = page.getByRole('dialog', { name: `Reassign ${RILEY.name}` });
  await expect(dragged.getByLabel(`${PAIR_LABEL}: 0 of 1 participants`)).toBeChecked();
  await expect(dragged.getByLabel('Reason to go over the cap')).toHaveCount(0);
  await dragged.getByRole('button', { name: 'Reassign' }).click();
  await expect(card(column(first, 'Awaiting intake'), RILEY.name)).toBeVisible();
  await app.screenshot('team board after reassigning');

  expect((await ok(app, 'participants.get', { id: jordanId })).pair.id).toBe(otherPairId);
  expect((await ok(app, 'participants.get', { id: rileyId })).pair.id).toBe(pairId);
  const overrides = await recordsAudit(app, 'caseload.capOverride');
  expect(overrides.map((entry) => [entry.subjectId, entry.actorName, entry.detail])).toEqual([
    [String(otherPairId), STAFF.supervisor.displayName, { participantId: jordanId, caseload: 2, cap: 1 }],
  ]);
  const reassignments = await recordsAudit(app, 'participants.reassign');
  expect(reassignments.map((entry) => entry.detail)).toEqual([
    { fromPairId: otherPairId, toPairId: pairId },
    { fromPairId: pairId, toPairId: otherPairId },
  ]);
  await signInCore(app, STAFF.supervisor);
});

test('case managers start on their own pair’s board and can look at another pair’s', async ({ app }) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  await enroll(app, pairId, JORDAN);
  await enroll(app, otherPairId, RILEY);
  await app.open();

  await expect(heading(page, `Welcome, ${STAFF.caseManager.displayName}`)).toBeVisible();
  await expect(lane(page, PAIR_LABEL)).toContainText(JORDAN.name);
  await expect(lane(page, SECOND_PAIR_LABEL)).toHaveCount(0);
  await cardName(page, JORDAN.name).focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('menuitem', { name: 'Inactive…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Reassign to another pair…' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await goToBoard(page);
  await page.getByLabel('Board of').selectOption({ label: SECOND_PAIR_LABEL });
  await expect(lane(page, SECOND_PAIR_LABEL)).toContainText(RILEY.name);
  await expect(lane(page, PAIR_LABEL)).toHaveCount(0);

  // The choice holds while going to a record (another pair's: covering for it first) and back.
  await cardName(page, RILEY.name).click();
  const cover = page.getByRole('dialog', { name: `Cover for ${SECOND_PAIR_LABEL}?` });
  await cover.getByLabel('Why are you covering?').fill('Morgan is at court this morning');
  await cover.getByRole('button', { name: 'Cover for this pair' }).click();
  await expect(heading(page, RILEY.name)).toBeVisible();
  await goToBoard(page);
  await expect(page.getByLabel('Board of')).toHaveValue(String(otherPairId));
  await expect(lane(page, SECOND_PAIR_LABEL)).toContainText(RILEY.name);
});
