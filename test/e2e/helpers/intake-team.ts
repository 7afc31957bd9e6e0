import { expect, type Page } from '@playwright/test';
import type { Db } from '../../../electron/db/open-database';
import { DEFAULT_SCRYPT_COST } from '../../../electron/vault/kdf';
import { withRecoveryKeyDatabase } from '../../support/recovery-db';
import type { Role } from '../../../shared/roles';
import type { TestApp } from '../harness';
import { heading, setUpDesk, signIn } from './desk';
import { makeTeam, ok } from './participant-arrange';

/** Invented people only. */
export interface Member {
  name: string;
  username: string;
  role: Role;
  password: string;
}

export const CASEY: Member = {
  name: 'Casey Casework',
  username: 'casey.casework',
  role: 'case_manager',
  password: 'copper lantern wisdom',
};
export const PAT: Member = { name: 'Pat Peerson', username: 'pat.peerson', role: 'peer', password: 'velvet harbor compass!' };
export const SKY: Member = { name: 'Sky Supervisor', username: 'sky.supervisor', role: 'supervisor', password: 'granite meadow tuesday!' };
export const DREW: Member = {
  name: 'Drew Caseworth',
  username: 'drew.caseworth',
  role: 'case_manager',
  password: 'saffron bicycle ledger',
};
export const ROBIN: Member = { name: 'Robin Peerwell', username: 'robin.peerwell', role: 'peer', password: 'marble orchid canyon' };

export const PAIR_LABEL = `${CASEY.name} & ${PAT.name}`;
export const SECOND_PAIR_LABEL = `${DREW.name} & ${ROBIN.name}`;

export interface Team {
  recoveryKey: string;
  pairIds: number[];
}

/**
 * Arrangement, not the behaviour under test: the desk set up through its screens, then the team
 * made as the administrator through the router, each person's own password set, the supervisor
 * completing every account and making the pairs,
 * and everyone signed out (the sign-in screen is showing).
 */
export async function arrangeTeam(app: TestApp, options: { pairs?: 0 | 1 | 2; extraStaff?: boolean } = {}): Promise<Team> {
  const pairCount = options.pairs ?? 1;
  const { recoveryKey } = await setUpDesk(app);
  const members = [CASEY, PAT, SKY, ...(pairCount === 2 || options.extraStaff ? [DREW, ROBIN] : [])];
  const pairs = (
    [
      [CASEY.username, PAT.username],
      [DREW.username, ROBIN.username],
    ] as const
  ).slice(0, pairCount);
  const { pairIds } = await makeTeam(
    app,
    recoveryKey,
    members.map(({ name, ...member }) => ({ displayName: name, ...member })),
    pairs,
  );
  await ok(app, 'session.signOut', {});
  await expect(heading(app.page, 'Sign in')).toBeVisible();
  return { recoveryKey, pairIds };
}

export async function signInAs(page: Page, member: Pick<Member, 'name' | 'username' | 'password'>): Promise<void> {
  await signIn(page, member.username, member.password);
  await expect(heading(page, `Welcome, ${member.name}`)).toBeVisible();
}

/**
 * A second connection to the desk's database, opened with the recovery key: how a test arranges
 * what no screen of this issue does (a participant who has left the program).
 */
export function withDatabase<T>(app: TestApp, recoveryKey: string, fn: (db: Db) => T): T {
  return withRecoveryKeyDatabase(app.dataDir, recoveryKey, app.clock, DEFAULT_SCRYPT_COST, fn);
}
