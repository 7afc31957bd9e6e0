import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { heading } from './helpers/desk';
import { ok, signInCore } from './helpers/participant-arrange';
import { goToBoard } from './helpers/board-arrange';
import { TRAINING } from './helpers/training-arrange';
import { applyFilters, NO_FILTERS } from '../../renderer/src/features/board/board-filters';
import { firstDrawing } from '../../renderer/src/features/board/use-staged-lanes';

/** Nothing spills sideways at 1366 wide, and no card text is below 16px. */
async function expectReadable(page: Page): Promise<void> {
  const layout = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    smallest: Math.min(
      ...[...document.querySelectorAll('.board-card, .board-card *')].map((node) => parseFloat(getComputedStyle(node).fontSize)),
    ),
  }));
  expect(layout.width).toBeLessThanOrEqual(1366);
  expect(layout.smallest).toBeGreaterThanOrEqual(16);
}

test.describe('the board with the synthetic team program (three pairs, about 60 participants)', () => {
  test.use({ training: true });

  test('the team view and a pair board at 1366x768', async ({ app }) => {
    const { page } = app;
    await signInCore(app, { username: 'supervisor', password: TRAINING.password });
    const team = await ok(app, 'board.team', {});
    const onBoard = team.lanes.reduce((sum, lane) => sum + lane.cards.length, 0);
    expect(team.lanes).toHaveLength(3);
    // The first two lanes fill the board's first drawing, so the third comes with the second drawing.
    expect(firstDrawing(applyFilters(team, NO_FILTERS).lanes)).toHaveLength(2);
    await app.open();

    await goToBoard(page);
    await expect(page.getByText(`Showing ${onBoard} of ${onBoard} participants.`)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(onBoard);
    for (const lane of team.lanes) {
      const region = page.getByRole('region', { name: lane.pair.label, exact: true });
      await expect(region).toContainText(`${lane.pair.caseload} of ${lane.pair.cap} participants`);
      await expect(region.getByRole('article')).toHaveCount(lane.cards.length);
    }
    await expectReadable(page);
    await app.screenshot('team board');

    // The meeting's question: who had police contact since last week.
    await page
      .getByRole('search', { name: 'Filter the board' })
      .getByLabel('Flag')
      .selectOption({ label: 'Police contact since the last meeting' });
    const flagged = team.lanes.flatMap((lane) => lane.cards).filter((card) => card.newPoliceContacts > 0).length;
    await expect(page.getByText(`Showing ${flagged} of ${onBoard} participants.`)).toBeVisible();
    await app.screenshot('team board, police contacts since the meeting');

    // A case manager starts on their own pair's board.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await app.core.invoke('session.signOut', {});
    const caseManager = await ok(app, 'session.signIn', { username: TRAINING.caseManager, password: TRAINING.password });
    const own = team.lanes.find((lane) => lane.pair.caseManager.id === caseManager.user.id)!;
    await app.open();
    await expect(heading(page, `Welcome, ${caseManager.user.displayName}`)).toBeVisible();
    await goToBoard(page);
    const lanes = page.getByRole('region', { name: / & / });
    await expect(lanes).toHaveCount(1);
    await expect(lanes).toHaveAccessibleName(own.pair.label);
    await expect(lanes.getByRole('article')).toHaveCount(own.cards.length);
    await expectReadable(page);
    await app.screenshot('pair board');
  });
});
