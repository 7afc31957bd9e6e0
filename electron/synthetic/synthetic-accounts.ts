import type { AppMode } from '../../shared/ipc/session-contract';
import { PROGRAM_SIZES } from './program-sizes';

/** Every synthetic account signs in with this password (the training desk shows it on screen). */
export const SYNTHETIC_PASSWORD = 'practice on invented people';
export const SYNTHETIC_ADMIN = { username: 'admin', displayName: 'Training Administrator' } as const;
export const SYNTHETIC_SUPERVISOR = { username: 'supervisor', displayName: 'Sam Supervane' } as const;

/** The usernames of pair n's case manager and peer. */
export function pairUsernames(n: number): { caseManager: string; peer: string } {
  return { caseManager: `cm${n}`, peer: `peer${n}` };
}

const pairNumbers = Array.from({ length: PROGRAM_SIZES.team.pairsAtEnd }, (_, i) => i + 1);

/** The training desk's accounts. */
export const TRAINING_ACCOUNTS: NonNullable<AppMode['trainingAccounts']> = {
  password: SYNTHETIC_PASSWORD,
  usernames: [
    { username: SYNTHETIC_SUPERVISOR.username, role: 'supervisor' },
    ...pairNumbers.flatMap((n) => [
      { username: pairUsernames(n).caseManager, role: 'case_manager' as const },
      { username: pairUsernames(n).peer, role: 'peer' as const },
    ]),
    { username: SYNTHETIC_ADMIN.username, role: 'administrator' },
  ],
};
