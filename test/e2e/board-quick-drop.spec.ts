import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness';
import { JORDAN, PAIR_LABEL, RILEY, STAFF, arrangeTeam, enroll, ok, signInCore } from './helpers/participant-arrange';
import { SECOND_PAIR_LABEL, arrangeTwoPairs, boardNews, card, column, goToBoard, lane } from './helpers/board-arrange';

/**
 * A quick hand (or a busy machine) lets go of a card before the page has drawn its last
 * pointer move. The drop must land where the pointer is at release, not on the column the board
 * last drew it over. The release here comes in the same task as the last move, so the page
 * cannot draw in between: the case that made a drag test fail about half the time under load.
 */
async function quickDrop(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  const x = start.x + start.width / 2;
  const y = start.y + 12;
  const target = { x: end.x + end.width / 2, y: end.y + Math.min(60, end.height / 2) };
  const handle = await from.elementHandle();
  await page.evaluate(
    ([element, point]) => {
      const fire = (type: string, at: { x: number; y: number }, on: EventTarget) =>
        on.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            isPrimary: true,
            pointerId: 1,
            button: 0,
            buttons: type === 'pointerup' ? 0 : 1,
            clientX: at.x,
            clientY: at.y,
          }),
        );
      fire('pointerdown', point.start, element!);
      fire('pointermove', { x: point.start.x + 12, y: point.start.y + 4 }, document);
    },
    [handle, { start: { x, y } }] as const,
  );
  // The drag has started and been drawn (the columns say where a card may go).
  await expect(page.locator('.board-drop-hint').first()).toBeVisible();
  await page.evaluate((point) => {
    const fire = (type: string) =>
      document.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          isPrimary: true,
          pointerId: 1,
          button: 0,
          buttons: type === 'pointerup' ? 0 : 1,
          clientX: point.x,
          clientY: point.y,
        }),
      );
    fire('pointermove');
    fire('pointerup');
  }, target);
}

test('a card let go at once lands on the column under the pointer', async ({ app }) => {
  const { page } = app;
  const { pairId } = await arrangeTeam(app);
  const jordanId = await enroll(app, pairId, JORDAN);
  await app.open();
  await goToBoard(page);

  await quickDrop(page, card(page, JORDAN.name), column(page, 'Intake in progress'));
  await expect(boardNews(page)).toHaveText(`${JORDAN.name} moved to Intake in progress.`);
  await expect(card(column(page, 'Intake in progress'), JORDAN.name)).toBeVisible();
  expect((await ok(app, 'participants.get', { id: jordanId })).stage).toBe('intake_in_progress');
});

test('a card let go at once over another pair’s lane asks to reassign to that pair', async ({ app }) => {
  const { page } = app;
  const { pairId, otherPairId } = await arrangeTwoPairs(app);
  await enroll(app, pairId, JORDAN);
  await enroll(app, otherPairId, RILEY);
  await signInCore(app, STAFF.supervisor);
  await app.open();
  await goToBoard(page);

  await quickDrop(page, card(page, RILEY.name), column(lane(page, PAIR_LABEL), 'Intake in progress'));
  const dialog = page.getByRole('dialog', { name: `Reassign ${RILEY.name}` });
  await expect(dialog.getByLabel(new RegExp(`^${PAIR_LABEL}: `))).toBeChecked();
  await expect(lane(page, SECOND_PAIR_LABEL)).toContainText(RILEY.name);
});
