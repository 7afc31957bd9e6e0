import type { Page } from '@playwright/test';
import type { Stage } from '../../shared/domain/stages';
import { test, expect, type TestApp } from './harness';
import { heading } from './helpers/desk';
import { arrangeTeam, goToParticipants } from './helpers/participant-arrange';
import { withDatabase } from '../support/core';
import { arrangePeople } from '../support/lists';

/**
 * The participants list never lies: it shows a page at a time with the true count of each stage,
 * people on a caseload first, and a search lists every match, best first, 25 more at a time.
 * Invented people only.
 */

const listed = (n: number) => `Testcase Lister${String(n).padStart(2, '0')}`;

/**
 * 60 people enrolled with the pair, written straight into the database (through the router, the
 * enrollments and exits alone take a minute): 52 have exited, 2 are in intake, 6 await it; and
 * one person referred, never enrolled.
 */
async function arrangeSixty(app: TestApp): Promise<void> {
  const { pairId, recoveryKey } = await arrangeTeam(app);
  const stage = (i: number): Stage => (i < 52 ? 'exited' : i < 54 ? 'intake_in_progress' : 'awaiting_intake');
  withDatabase(app, recoveryKey, (db) =>
    arrangePeople(
      db,
      [...Array.from({ length: 60 }, (_, i) => ({ name: listed(i), stage: stage(i) })), { name: 'Lister Referredonly', stage: null }],
      { pairId },
    ),
  );
}

const list = (page: Page) => page.getByRole('region', { name: 'Participants list' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /participant/ });

test('the participants list pages with true counts, on a caseload first, and keeps its place', async ({ app }) => {
  const { page } = app;
  await arrangeSixty(app);
  await app.open();
  await goToParticipants(page);

  const show = page.getByLabel('Show');
  await expect(show).toHaveValue('caseload');
  await expect(status(page)).toHaveText('8 participants on a caseload, active first.');
  await expect(list(page).getByRole('row')).toHaveCount(9);
  // Intake in progress comes before awaiting intake; no one who has exited is on this list.
  await expect(list(page).getByRole('row').nth(1)).toContainText('Intake in progress');
  await expect(list(page).getByRole('row').nth(3)).toContainText('Awaiting intake');
  await expect(list(page)).not.toContainText('Exited');
  await expect(show.getByRole('option')).toHaveText([
    'On a caseload (8)',
    'Active (0)',
    'Intake in progress (2)',
    'Awaiting intake (6)',
    'Inactive (0)',
    'Exited (52)',
    'Everyone ever enrolled (60)',
  ]);
  await expect(page.getByRole('navigation', { name: 'Pages of participants' })).toHaveCount(0);
  await app.screenshot('participants on a caseload');

  await show.selectOption('exited');
  await expect(status(page)).toHaveText('52 participants who have exited. Showing 1–50 of 52.');
  await expect(list(page).getByRole('row')).toHaveCount(51);
  const pages = page.getByRole('navigation', { name: 'Pages of participants' });
  await expect(pages).toContainText('Page 1 of 2');
  await expect(pages.getByRole('button', { name: 'Previous 50 participants' })).toHaveAttribute('aria-disabled', 'true');
  await app.screenshot('participants who have exited, page 1');

  const next = pages.getByRole('button', { name: 'Next 50 participants' });
  await next.click();
  await expect(status(page)).toHaveText('52 participants who have exited. Showing 51–52 of 52.');
  await expect(list(page).getByRole('row')).toHaveCount(3);
  await expect(list(page)).toContainText(listed(51));
  // Focus stays on the button pressed, now marked as going nowhere further.
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.press('Enter');
  await expect(status(page)).toHaveText('52 participants who have exited. Showing 51–52 of 52.');

  // A record and back: the list is where it was left.
  await list(page)
    .getByRole('button', { name: listed(51) })
    .click();
  await expect(heading(page, listed(51))).toBeVisible();
  await page.getByRole('button', { name: '← All participants' }).click();
  await expect(status(page)).toHaveText('52 participants who have exited. Showing 51–52 of 52.');
  await expect(page.getByLabel('Show')).toHaveValue('exited');

  await page.getByRole('button', { name: 'Previous 50 participants' }).click();
  await expect(list(page).getByRole('row')).toHaveCount(51);
  await page.getByLabel('Show').selectOption('all');
  await expect(status(page)).toHaveText('60 participants ever enrolled, active first. Showing 1–50 of 60.');
  await expect(list(page).getByRole('row').nth(1)).toContainText('Intake in progress');
});

test('a name search finds every match, best first, and shows 25 more at a time', async ({ app }) => {
  const { page } = app;
  await arrangeSixty(app);
  await app.open();
  await goToParticipants(page);

  const box = page.getByLabel('Search participants');
  await box.pressSequentially('lister', { delay: 25 });
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '60 participants match “lister”. Showing the best 25. 1 more person who is not enrolled also matches.',
  );
  await expect(results.getByRole('row')).toHaveCount(26);
  // Whoever is on a caseload ranks before whoever has exited.
  for (const row of [1, 8]) await expect(results.getByRole('row').nth(row)).not.toContainText('Exited');
  await expect(results.getByRole('row').nth(9)).toContainText('Exited');
  await expect(page.getByText('25 of 60 shown')).toBeVisible();
  await app.screenshot('search with more to show');

  await page.getByRole('button', { name: 'Show 25 more' }).click();
  await expect(results.getByRole('row')).toHaveCount(51);
  // Focus moves to the first person added, to read on from there.
  await expect(results.getByRole('row').nth(26).getByRole('button')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText('Showing the best 50.');

  await page.getByRole('button', { name: 'Show 10 more' }).click();
  await expect(results.getByRole('row')).toHaveCount(61);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '60 participants match “lister”. 1 more person who is not enrolled also matches.',
  );
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  const names = await results.locator('tbody th button').allTextContents();
  expect(new Set(names).size).toBe(60);

  // A narrower name starts again from its own best matches.
  await box.fill('');
  await box.pressSequentially('lister59', { delay: 25 });
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 participant matches “lister59”.');
  await expect(results.getByRole('row')).toHaveCount(2);
});
