import { expect, type Locator, type Page } from '@playwright/test';
import type { TestApp } from '../harness';
import { ADMIN, heading } from './desk';
import { STAFF, arrangeTeam, ok, signInCore } from './participant-arrange';

/** A second pair of invented staff, for reassignment and the team view. */
export const SECOND_PAIR = {
  caseManager: { displayName: 'Morgan Helpwell', username: 'morgan', role: 'case_manager', password: 'tundra kettle voyage' },
  peer: { displayName: 'Quinn Walkalong', username: 'quinn', role: 'peer', password: 'pebble lighthouse sonnet' },
} as const;
export const SECOND_PAIR_LABEL = `${SECOND_PAIR.caseManager.displayName} & ${SECOND_PAIR.peer.displayName}`;

export async function asAdmin<T>(app: TestApp, then: { username: string; password: string }, work: () => Promise<T>): Promise<T> {
  await signInCore(app, { username: ADMIN.username, password: ADMIN.password });
  const result = await work();
  await signInCore(app, then);
  return result;
}

/** The team of arrangeTeam plus a second pair; ends with the case manager signed in. */
export async function arrangeTwoPairs(app: TestApp): Promise<{ pairId: number; otherPairId: number }> {
  const { pairId } = await arrangeTeam(app);
  const ids = await asAdmin(app, STAFF.supervisor, async () => {
    const made: number[] = [];
    for (const member of [SECOND_PAIR.caseManager, SECOND_PAIR.peer]) {
      made.push(
        (
          await ok(app, 'staff.create', {
            displayName: member.displayName,
            username: member.username,
            role: member.role,
            temporaryPassword: 'temporary pass 1',
          })
        ).id,
      );
    }
    return made;
  });
  // Pairs belong to the records: the supervisor makes them.
  const otherPairId = (await ok(app, 'pairs.create', { caseManagerId: ids[0]!, peerId: ids[1]! })).id;
  await signInCore(app, STAFF.caseManager);
  return { pairId, otherPairId };
}

export async function setCaseloadCap(app: TestApp, caseloadCap: number, then: { username: string; password: string }): Promise<void> {
  await asAdmin(app, then, () => ok(app, 'settings.update', { caseloadCap }));
}

export async function goToBoard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Board' }).click();
  await expect(heading(page, 'Caseload board')).toBeVisible();
}

/** A pair's swimlane, by its label. */
export function lane(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

/** A stage column ("Active (3)"), within a lane or the page. */
export function column(scope: Page | Locator, stageLabel: string): Locator {
  return scope.getByRole('group', { name: new RegExp(`^${stageLabel} \\(\\d+\\)$`) });
}

/** A participant's card, by the name it shows ("Jo (Jordan Testcase)", or the legal name alone). */
export function card(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('article', { name, exact: true });
}

export function cardName(scope: Page | Locator, name: string): Locator {
  return card(scope, name).getByRole('button', { name, exact: true });
}

/** Drags a card by pointer onto a column, in small steps as a hand would. */
export async function dragCard(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 12);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + 16, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + Math.min(60, end.height / 2), { steps: 12 });
  await page.mouse.up();
}

export function boardNews(page: Page): Locator {
  return page.locator('.board-news[role="status"]');
}

export function boardRefusal(page: Page): Locator {
  return page.locator('.board-news[role="alert"]');
}
