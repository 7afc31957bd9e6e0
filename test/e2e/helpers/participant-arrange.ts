import { expect, type Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { Reply } from '../../../shared/ipc/reply';
import type { Role } from '../../../shared/roles';
import { ALL_NO, arrestReferral } from '../../support/intake';
import type { TestApp } from '../harness';
import { ADMIN, PROGRAM, heading, signIn } from './desk';

/**
 * Arranges enrolled participants through the real router (app.core.invoke), the same sequence
 * test/support/intake.ts walks in the unit tests: the intake screens have their own tests, these
 * start where intake ends. The page shares the core's session, so whoever is signed in here is
 * signed in on the page after app.open().
 */

/** Synthetic staff: invented names only. */
export const STAFF = {
  caseManager: { displayName: 'Casey Casework', username: 'casey', role: 'case_manager', password: 'copper lantern wisdom' },
  peer: { displayName: 'Pat Peerson', username: 'pat', role: 'peer', password: 'velvet harbor compass!' },
  supervisor: { displayName: 'Sky Supervisor', username: 'sky', role: 'supervisor', password: 'granite meadow tuesday!' },
} as const;
export type StaffKey = keyof typeof STAFF;

export const PAIR_LABEL = `${STAFF.caseManager.displayName} & ${STAFF.peer.displayName}`;

/** Invented participants: never a real person's name or birthday. */
export const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' } as const;
export const RILEY = { name: 'Riley Samplewood', dateOfBirth: '1984-11-03' } as const;

export async function ok<C extends Channel>(app: TestApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const reply = (await app.core.invoke(channel, input)) as Reply<ChannelOutput<C>>;
  if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

export async function signInCore(app: TestApp, member: { username: string; password: string }): Promise<void> {
  await app.core.invoke('session.signOut', {});
  await ok(app, 'session.signIn', { username: member.username, password: member.password });
}

/** Someone the administrator creates with a temporary password, who then chooses `password`. */
export interface NewMember {
  displayName: string;
  username: string;
  role: Role;
  password: string;
}

const TEMPORARY_PASSWORD = 'temporary pass 1';

/**
 * With the administrator signed in: creates `members`, each then choosing their own password; the
 * first supervisor among them completes their account with the recovery key, then everyone
 * else's (docs/architecture.md, "The vault"), and makes `pairs` (case manager's and peer's
 * usernames). Ends with that supervisor signed in; returns the accounts' ids by username and the pairs' ids.
 */
export async function makeTeam(
  app: TestApp,
  recoveryKey: string,
  members: readonly NewMember[],
  pairs: readonly (readonly [caseManager: string, peer: string])[],
): Promise<{ ids: Map<string, number>; pairIds: number[] }> {
  const ids = new Map<string, number>();
  for (const { displayName, username, role } of members) {
    ids.set(username, (await ok(app, 'staff.create', { displayName, username, role, temporaryPassword: TEMPORARY_PASSWORD })).id);
  }
  for (const member of members) {
    await signInCore(app, { username: member.username, password: TEMPORARY_PASSWORD });
    await ok(app, 'account.changePassword', { currentPassword: TEMPORARY_PASSWORD, newPassword: member.password });
  }
  const supervisor = members.find((member) => member.role === 'supervisor')!;
  await signInCore(app, supervisor);
  await ok(app, 'account.completeWithRecoveryKey', { recoveryKey });
  for (const member of members) if (member !== supervisor) await ok(app, 'staff.grantRecords', { id: ids.get(member.username)! });
  const pairIds: number[] = [];
  for (const [caseManager, peer] of pairs)
    pairIds.push((await ok(app, 'pairs.create', { caseManagerId: ids.get(caseManager)!, peerId: ids.get(peer)! })).id);
  return { ids, pairIds };
}

/**
 * A desk with its administrator, a case manager, a peer and a supervisor (each with their own
 * password, completed by the supervisor) and one pair; ends with the case manager signed in.
 */
export async function arrangeTeam(app: TestApp): Promise<{ pairId: number; recoveryKey: string }> {
  const issued = await ok(app, 'setup.create', {
    programName: PROGRAM,
    displayName: ADMIN.name,
    username: ADMIN.username,
    password: ADMIN.password,
  });
  const groups = issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]!) as [string, string];
  await ok(app, 'recoveryKey.confirm', { groups });
  const { pairIds } = await makeTeam(app, issued.recoveryKey, Object.values(STAFF), [[STAFF.caseManager.username, STAFF.peer.username]]);
  await signInCore(app, STAFF.caseManager);
  return { pairId: pairIds[0]!, recoveryKey: issued.recoveryKey };
}

/** Walks a new referral to enrollment (as the signed-in case manager); returns the participant's id. */
export async function enroll(
  app: TestApp,
  pairId: number,
  person: { name: string; dateOfBirth: string },
  options: { pathway?: 'arrest_diversion' | 'social_contact'; hoursAgo?: number } = {},
): Promise<number> {
  const occurredAt = new Date(app.clock.now().getTime() - (options.hoursAgo ?? 1) * 3_600_000).toISOString();
  const base = arrestReferral(occurredAt);
  const referralInput =
    options.pathway === 'social_contact'
      ? ({
          ...base,
          pathway: 'social_contact',
          justification: 'Three police contacts this month near the market.',
        } as ChannelInput<'referrals.create'>['referral'])
      : base;
  const referral = await ok(app, 'referrals.create', { person, referral: referralInput });
  await ok(app, 'referrals.screen', { referralId: referral.id, dateOfBirth: person.dateOfBirth, exclusions: ALL_NO });
  await ok(app, 'referrals.recordSao', {
    referralId: referral.id,
    status: 'verified',
    decidedOn: localDay(app.clock.now()),
    saoPerson: 'ASA Example',
  });
  await ok(app, 'referrals.recordDecision', { referralId: referral.id, decision: 'accepted', reason: null });
  return (await ok(app, 'participants.enroll', { referralId: referral.id, pairId })).id;
}

/** The calendar day at the desk (the main process counts days in this machine's time zone). */
export function localDay(at: Date, plusDays = 0): string {
  const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + plusDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export async function goToParticipants(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Participants' }).click();
  await expect(heading(page, 'Participants')).toBeVisible();
}

/** From anywhere in the app: the Participants page, then the named participant's record. */
export async function openParticipant(page: Page, name: string | RegExp): Promise<void> {
  await goToParticipants(page);
  await page.getByRole('region', { name: 'Participants list' }).getByRole('button', { name }).click();
  await expect(heading(page, name)).toBeVisible();
}

export async function signInAgain(page: Page, member: { username: string; password: string }): Promise<void> {
  await signIn(page, member.username, member.password);
  await expect(heading(page, /^Welcome/)).toBeVisible();
}

/** Entries of the participant records' audit log, read as the supervisor (it is in the records database). */
export async function recordsAudit(app: TestApp, action: string) {
  await signInCore(app, STAFF.supervisor);
  return (await ok(app, 'audit.list', { action, limit: 500, log: 'records' })).entries;
}
