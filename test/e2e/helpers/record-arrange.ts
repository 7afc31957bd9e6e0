import { expect, type Locator, type Page } from '@playwright/test';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { TestApp } from '../harness';
import { JORDAN, arrangeTeam, enroll, localDay, ok } from './participant-arrange';
import { completeAssessment } from './participant-records';

/**
 * Caseload work recorded on a participant's page: arranged through the real router where a test
 * only needs it to exist, and done through the page where the page is what is tested.
 */

/** A team and Jordan, enrolled and assessed (active, with housing as an open need); the case manager is signed in. */
export async function arrangeJordan(app: TestApp): Promise<{ pairId: number; id: number }> {
  const { pairId } = await arrangeTeam(app);
  const id = await enroll(app, pairId, JORDAN);
  await completeAssessment(app, id, JORDAN);
  return { pairId, id };
}

type ContactInput = ChannelInput<'contacts.log'>['contact'];

/** A contact `daysAgo` days before the desk's now, logged through the router. */
export async function logContact(app: TestApp, participantId: number, contact: Partial<ContactInput> & { daysAgo?: number } = {}) {
  const { daysAgo = 0, ...rest } = contact;
  const occurredAt = new Date(app.clock.now().getTime() - daysAgo * 86_400_000 - 60_000).toISOString();
  return ok(app, 'contacts.log', {
    participantId,
    contact: { kind: 'street_outreach', occurredAt, durationMinutes: 30, staff: 'both', place: null, note: null, ...rest },
  });
}

/** "Nov 11" (or "Nov 11, 2025" in another year), as the summary writes the day of the last contact. */
export function shortDay(isoDay: string, now: Date): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const at = new Date(y, m - 1, d);
  return at.toLocaleDateString(
    'en-US',
    at.getFullYear() === now.getFullYear() ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' },
  );
}

/** "May 12, 2026": how the timeline and lists write a calendar day. */
export function longDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { dateStyle: 'medium' });
}

export const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
export const timeline = (page: Page) => page.getByRole('list', { name: 'Timeline, newest first' });
export const section = (page: Page, name: string) => page.getByRole('region', { name });

/** The timeline line whose summary contains `text`. */
export function timelineItem(page: Page, text: string | RegExp): Locator {
  return timeline(page).getByRole('listitem').filter({ hasText: text });
}

export { localDay };

/** Presses Tab until `target` has focus (at most `max` times): how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
