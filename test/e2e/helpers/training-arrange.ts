import { expect, type Page } from '@playwright/test';
import type { TestApp } from '../harness';
import { ok, signInCore } from './participant-arrange';

/** The training desk's published password, and the accounts the specs sign in with. */
export const TRAINING = { password: 'practice on invented people', caseManager: 'cm1', administrator: 'admin' } as const;
export const TRAINING_MARK = 'TRAINING — invented person';

export function trainingBanner(page: Page) {
  return page.getByRole('region', { name: 'Training desk' });
}

export async function expectTrainingBanner(page: Page): Promise<void> {
  const banner = trainingBanner(page);
  await expect(banner).toBeVisible();
  await expect(banner).toHaveText(
    'TRAINING DESK — every person here is invented. Nothing you do here reaches the real records or any export.',
  );
}

/**
 * An invented participant of the training program with an active consent and a name no one else
 * on the list has (so a list button finds exactly one). Read through the router as cm1, who is
 * signed out again afterwards: the page opens on the sign-in screen.
 */
export async function consentedParticipant(app: TestApp): Promise<{ id: number; name: string; consentId: number }> {
  await signInCore(app, { username: TRAINING.caseManager, password: TRAINING.password });
  // The first page of the participants list as it opens (on a caseload, 50 rows), where a test finds them by name.
  const list = (await ok(app, 'participants.list', { show: 'caseload', limit: 50 })).participants;
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  const chosen = list.find((item) => item.consent === 'active' && counts.get(item.name) === 1);
  if (!chosen) throw new Error('the training program has no participant with an active consent and a unique name');
  const record = await ok(app, 'participants.get', { id: chosen.id });
  const consent = record.consents.find((view) => view.status === 'active');
  expect(consent).toBeDefined();
  await app.core.invoke('session.signOut', {});
  return { id: chosen.id, name: chosen.name, consentId: consent!.id };
}
