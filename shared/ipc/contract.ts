import { z } from 'zod';
import { ADMINISTRATOR_OR_SUPERVISOR_ROLES, ADMINISTRATOR_ROLES, Role, SUPERVISOR_ROLES } from '../roles';
import { channel, Done, Empty, Id, IsoDateTime, RequestId, type InputSchema } from './channel';
import { caseloadChannels } from './caseload-contract';
import { coverChannels } from './cover-contract';
import { consentsChannels } from './consents-contract';
import { draftsChannels } from './drafts-contract';
import { pairsChannels } from './pairs-contract';
import { participantRecordChannels } from './participant-record-contract';
import { peopleChannels } from './people-contract';
import { printChannels } from './print-contract';
import { referralsChannels } from './referrals-contract';
import { plainText } from '../text';
import {
  CaseloadCap,
  ContactAgingDays,
  ContactOverdueDays,
  IntakeWindowDays,
  MeetingWeekday,
  ReferralArea,
} from '../domain/program-settings';
import {
  IDLE_LOCK_MAX_MINUTES,
  IDLE_LOCK_MIN_MINUTES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../security-policy';

/**
 * The IPC contract: every channel the renderer may call, with its input and output schemas
 * and who may call it. The main process serves exactly these channels; the preload exposes
 * exactly these; both sides take their types from here.
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
export const ProgramName = plainText('Program name', 120);
export const IdleLockMinutes = z
  .number({ error: 'Idle lock must be a number of minutes.' })
  .int({ error: 'Idle lock must be a whole number of minutes.' })
  .min(IDLE_LOCK_MIN_MINUTES, { error: `Idle lock must be at least ${IDLE_LOCK_MIN_MINUTES} minute.` })
  .max(IDLE_LOCK_MAX_MINUTES, { error: `Idle lock can be at most ${IDLE_LOCK_MAX_MINUTES} minutes.` });


export const StaffMember = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  enabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  /**
   * Whether the account holds the key to participant records: `awaitingSupervisor` for a team
   * account an administrator created, reset or gave a team role, until a supervisor completes
   * it; `needsReset` for a slot from before the key split that a key rotation dropped.
   */
  recordsAccess: z.enum(['granted', 'awaitingSupervisor', 'notNeeded', 'needsReset']),
});
export type StaffMember = z.infer<typeof StaffMember>;

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

export const Settings = z.object({
  programName: ProgramName,
  idleLockMinutes: IdleLockMinutes,
  caseloadCap: CaseloadCap,
  intakeWindowDays: IntakeWindowDays,
  referralArea: ReferralArea,
  contactAgingDays: ContactAgingDays,
  contactOverdueDays: ContactOverdueDays,
  meetingWeekday: MeetingWeekday,
});
export type Settings = z.infer<typeof Settings>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    action: z.string().max(80).optional(),
    actorId: Id.optional(),
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
    beforeId: Id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    /** The desk's log (accounts, sign-in, settings) or the records' log (supervisors only). */
    log: z.enum(['desk', 'records']).default('desk'),
  })
  .strict();
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditChainReport = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.number().int() }),
  z.object({ intact: z.literal(false), entries: z.number().int(), brokenAtId: Id, reason: z.string() }),
]);
export type AuditChainReport = z.infer<typeof AuditChainReport>;

/** The channels about participants, one capability's file each. */
const recordsChannels = {
  ...pairsChannels,
  ...peopleChannels,
  ...referralsChannels,
  ...participantRecordChannels,
  ...consentsChannels,
  ...draftsChannels,
  ...caseloadChannels,
  ...printChannels,
  ...coverChannels,
} as const;

export const contract = {
  'app.status': channel({ access: 'public', audit: 'none', input: Empty, output: AppStatus }),
  'app.mode': channel({ access: 'public', audit: 'none', input: Empty, output: AppMode }),
  'setup.create': channel({
    access: 'public',
    audit: 'write',
    input: z
      .object({ programName: ProgramName, displayName: DisplayName, username: Username, password: NewPassword })
      .strict(),
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
    input: z
      .object({ recoveryKey: z.string().max(120), username: Username, newPassword: NewPassword })
      .strict(),
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
  'staff.list': channel({ access: ADMINISTRATOR_OR_SUPERVISOR_ROLES, audit: 'none', input: Empty, output: z.array(StaffMember) }),
  'staff.create': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z
      .object({ displayName: DisplayName, username: Username, role: Role, temporaryPassword: NewPassword })
      .strict(),
    output: StaffMember,
  }),
  'staff.update': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, displayName: DisplayName, role: Role }).strict(),
    output: StaffMember,
  }),
  'staff.disable': channel({ access: ADMINISTRATOR_ROLES, audit: 'write', input: z.object({ id: Id }).strict(), output: StaffMember }),
  'staff.enable': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, temporaryPassword: NewPassword }).strict(),
    output: StaffMember,
  }),
  'staff.resetPassword': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, temporaryPassword: NewPassword }).strict(),
    output: StaffMember,
  }),
  /** A supervisor completes a team account: seals the records key to it. */
  'staff.grantRecords': channel({ access: SUPERVISOR_ROLES, audit: 'write', input: z.object({ id: Id }).strict(), output: StaffMember }),
  /** The first supervisor of a new desk completes their own account with the recovery key. */
  'account.completeWithRecoveryKey': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ recoveryKey: z.string().max(120) }).strict(),
    output: SessionView,
  }),
  'settings.get': channel({ access: 'signedIn', audit: 'none', input: Empty, output: Settings }),
  'settings.update': channel({ access: ADMINISTRATOR_ROLES, audit: 'write', changesRecords: () => null, input: Settings.partial().strict(), output: Settings }),
  'audit.list': channel({
    access: ADMINISTRATOR_OR_SUPERVISOR_ROLES,
    audit: 'read',
    input: AuditQuery,
    output: z.object({ entries: z.array(AuditEntry), nextBeforeId: Id.nullable() }),
  }),
  'audit.verify': channel({
    access: ADMINISTRATOR_OR_SUPERVISOR_ROLES,
    audit: 'read',
    input: z.object({ log: z.enum(['desk', 'records']).default('desk') }).strict(),
    output: AuditChainReport,
  }),
  ...recordsChannels,
} as const;

export type Contract = typeof contract;

/**
 * The channels that read or write participant records: they need the records key (the records
 * database attached) and are audited in the records' log.
 */
export const RECORDS_CHANNELS: ReadonlySet<string> = new Set(Object.keys(recordsChannels));
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<InputSchema<Contract[C]['input']>>;
export type ParsedInput<C extends Channel> = z.output<InputSchema<Contract[C]['input']>>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/** Events the main process pushes to the renderer. */
export const LeadEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.ended'), reason: z.enum(['idle', 'lock', 'signOut']) }),
  /** The window is about to close: send anything typed and not yet saved, now. */
  z.object({ type: z.literal('window.closing') }),
  /**
   * Records changed. `participantIds` names whose (null: not about particular participants, such
   * as a setting or a pair, so every board and open record refreshes); `requestId` is the call
   * that changed them, as its window sent it (null when it came without one): that window has the
   * reply already, so only other windows and views reload.
   */
  z.object({ type: z.literal('records.changed'), participantIds: z.array(Id).nullable(), requestId: RequestId.nullable() }),
  /** The database was found damaged (by the page check after unlock): the problem screen replaces everything. */
  z.object({ type: z.literal('database.damaged'), message: z.string() }),
]);
export type LeadEvent = z.infer<typeof LeadEvent>;
