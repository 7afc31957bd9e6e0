import { z } from 'zod';
import { ADMINISTRATOR_ROLES, Role, SUPERVISOR_ROLES } from '../roles';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../security-policy';
import { plainText } from '../text';
import { channel, Done, Empty, Id } from './channel';
import { ProgramName } from './settings-contract';

/**
 * The desk and a sign-in: the app's status and mode, setup, signing in, locking and out, the
 * account's own password, and the recovery key.
 */

export const Username = z
  .string({ error: 'Username is required.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, {
    error: 'Username: 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter.',
  });

/** A NUL ends a string in C: a password with one could mean different things to different code. */
const NUL_MESSAGE = 'A password cannot contain a NUL character. Type it again without it.';
function hasNoNul(password: string): boolean {
  return !password.includes('\u0000');
}

/**
 * A new password. Existing passwords are only checked against their slot, never re-validated.
 * How guessable it is (common, breached, the person's own name) is judged in the main process
 * (electron/services/password-strength.ts), which knows whose password it is.
 */
export const NewPassword = z
  .string({ error: 'Password is required.' })
  .min(PASSWORD_MIN_LENGTH, { error: `Password must be at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` })
  .refine(hasNoNul, { error: NUL_MESSAGE });

const GivenPassword = z
  .string({ error: 'Password is required.' })
  .min(1, { error: 'Password is required.' })
  .max(PASSWORD_MAX_LENGTH, { error: 'Password is too long.' })
  .refine(hasNoNul, { error: NUL_MESSAGE });

export const DisplayName = plainText('Name', 100);

export const SessionUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
});
export type SessionUser = z.infer<typeof SessionUser>;

/** The recovery key groups (1-based) the administrator must type back to prove they kept it. */
export const RecoveryKeyCheck = z.object({ groups: z.tuple([z.number().int(), z.number().int()]) });

export const SessionView = z.object({
  user: SessionUser,
  programName: z.string(),
  idleLockMinutes: z.number().int(),
  /** Set after an administrator sets or resets the password: nothing else works until it is changed. */
  mustChangePassword: z.boolean(),
  /** False until an administrator has typed back part of the current recovery key. */
  recoveryKeyConfirmed: z.boolean(),
  /** Whether this sign-in can open participant records, or waits for a supervisor (StaffMember.recordsAccess). */
  recordsAccess: z.enum(['granted', 'awaitingSupervisor', 'notNeeded']),
  /** For a supervisor: team accounts (and a new recovery key) that wait for them to complete them. */
  awaitingSupervisor: z.array(
    z.object({
      id: Id,
      displayName: z.string(),
      role: Role,
      /** False while the account still has the temporary password an administrator gave it: the administrator knows it. */
      readyToComplete: z.boolean(),
    }),
  ),
});
export type SessionView = z.infer<typeof SessionView>;

export const IssuedRecoveryKey = z.object({
  recoveryKey: z.string(),
  check: RecoveryKeyCheck,
  session: SessionView,
});
export type IssuedRecoveryKey = z.infer<typeof IssuedRecoveryKey>;

export const VAULT_PROBLEMS = ['keyslots-missing', 'keyslots-damaged', 'database-missing', 'database-damaged'] as const;
export const AppStatus = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('setup') }),
  z.object({ phase: z.literal('ready'), signedIn: SessionView.nullable() }),
  z.object({ phase: z.literal('problem'), problem: z.enum(VAULT_PROBLEMS), message: z.string() }),
]);
export type AppStatus = z.infer<typeof AppStatus>;

/** A training desk holds invented people only; the renderer marks every screen of it. */
export const AppMode = z.object({
  training: z.boolean(),
  /** On a training desk: the accounts to practise with, all sharing one published password. */
  trainingAccounts: z.object({ password: z.string(), usernames: z.array(z.object({ username: z.string(), role: Role })) }).nullable(),
});
export type AppMode = z.infer<typeof AppMode>;

export const sessionChannels = {
  'app.status': channel({ access: 'public', audit: 'none', input: Empty, output: AppStatus }),
  'app.mode': channel({ access: 'public', audit: 'none', input: Empty, output: AppMode }),
  'setup.create': channel({
    access: 'public',
    audit: 'write',
    input: z.object({ programName: ProgramName, displayName: DisplayName, username: Username, password: NewPassword }).strict(),
    output: IssuedRecoveryKey,
  }),
  'session.signIn': channel({
    access: 'public',
    audit: 'write',
    input: z.object({ username: z.string().max(64), password: GivenPassword }).strict(),
    output: SessionView,
  }),
  'session.recover': channel({
    access: 'public',
    audit: 'write',
    input: z.object({ recoveryKey: z.string().max(120), username: Username, newPassword: NewPassword }).strict(),
    output: SessionView,
  }),
  'session.touch': channel({ access: 'signedIn', audit: 'none', input: Empty, output: Done }),
  'session.lock': channel({ access: 'signedIn', audit: 'write', input: Empty, output: Done }),
  'session.signOut': channel({ access: 'signedIn', audit: 'write', input: Empty, output: Done }),
  'account.changePassword': channel({
    access: 'signedIn',
    audit: 'write',
    input: z.object({ currentPassword: GivenPassword, newPassword: NewPassword }).strict(),
    output: SessionView,
  }),
  'recoveryKey.confirm': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ groups: z.tuple([z.string().max(20), z.string().max(20)]) }).strict(),
    output: SessionView,
  }),
  'recoveryKey.replace': channel({ access: ADMINISTRATOR_ROLES, audit: 'write', input: Empty, output: IssuedRecoveryKey }),
  /** The first supervisor of a new desk completes their own account with the recovery key. */
  'account.completeWithRecoveryKey': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ recoveryKey: z.string().max(120) }).strict(),
    output: SessionView,
  }),
} as const;
