import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs-atomic';

/**
 * The key-slot file: each account's key pair (the private key wrapped under its password) and
 * the database keys sealed to it, and the same for the recovery key. It holds no names: a slot is found by an HMAC of the username under a per-install salt.
 * Failed sign-ins are counted here because the database cannot be opened without a key;
 * they are moved into the audit log at the next successful unlock.
 */
const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const Wrapped = z.object({ iv: Base64, tag: Base64, data: Base64 });
const IsoTime = z.iso.datetime({ offset: true });

const Sealed = Wrapped.extend({ ephemeral: Base64 });
/**
 * The database keys an account (or the recovery key) holds, sealed to its public key
 * (sealed-key.ts). Every account holds the desk key; only an account a supervisor has completed
 * holds the records key (docs/architecture.md, "The vault").
 */
const Grants = z.object({ desk: Sealed, records: Sealed.nullable() });
export type Grants = z.infer<typeof Grants>;

// The cost's bounds are checked slot by slot when it is opened (kdf.ts scryptParamsProblem):
// one damaged slot must not keep every other account out.
const ScryptKdf = z.object({ name: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number(), salt: Base64 });
const SlotId = z.string().regex(/^[0-9a-f]{32}$/);

const PasswordSlot = z.object({
  kind: z.literal('password'),
  id: SlotId,
  kdf: ScryptKdf,
  /** The account's private key, wrapped under its password. */
  wrapped: Wrapped,
  publicKey: Base64,
  grants: Grants,
  failedSignIns: z.number().int().min(0),
  lockedUntil: IsoTime.nullable(),
});
export type PasswordSlot = z.infer<typeof PasswordSlot>;

/**
 * A slot from before the key split (version 1 of this file): the password wraps the one key of
 * the old single database. It is kept so its owner can still sign in, and becomes a
 * PasswordSlot at that sign-in; `legacy` below turns the old key into the new ones meanwhile.
 */
const LegacyPasswordSlot = PasswordSlot.omit({ kind: true, publicKey: true, grants: true }).extend({ kind: z.literal('legacy-password') });
export type LegacyPasswordSlot = z.infer<typeof LegacyPasswordSlot>;
export type AccountSlot = PasswordSlot | LegacyPasswordSlot;

const HkdfKdf = z.object({ name: z.literal('hkdf-sha256'), salt: Base64 });
const RecoverySlot = z.object({
  kind: z.literal('recovery'),
  id: z.literal('recovery'),
  kdf: HkdfKdf,
  wrapped: Wrapped,
  publicKey: Base64,
  /** The records grant is null after an administrator replaced the key, until a team member's next sign-in seals it. */
  grants: Grants,
});
export type RecoverySlot = z.infer<typeof RecoverySlot>;
const LegacyRecoverySlot = z.object({ kind: z.literal('legacy-recovery'), id: z.literal('recovery'), kdf: HkdfKdf, wrapped: Wrapped });
export type LegacyRecoverySlot = z.infer<typeof LegacyRecoverySlot>;

/** The data folder's two databases, by file name; a key rotation writes new files and names them here. */
const DatabaseFile = z.string().regex(/^(desk|records)-[0-9]{1,9}\.db$/);
const Databases = z.object({ desk: DatabaseFile, records: DatabaseFile, generation: z.number().int().min(1) });
export type Databases = z.infer<typeof Databases>;

export const SIGN_IN_EVENT_KINDS = [
  'signIn.failed',
  'signIn.refusedWhileLocked',
  'signIn.unknownUsername',
  'account.lockedOut',
  'recovery.failed',
  'recovery.refusedWhileLocked',
  'recovery.lockedOut',
] as const;
const SignInEvent = z.object({
  at: IsoTime,
  kind: z.enum(SIGN_IN_EVENT_KINDS),
  slotId: z.string().nullable(),
});
export type SignInEvent = z.infer<typeof SignInEvent>;

/** How many unrecorded sign-in events the file keeps one by one; beyond it they are counted. */
export const MAX_PENDING_EVENTS = 500;

/**
 * Events beyond MAX_PENDING_EVENTS, counted per kind with the first and last time: flooding the
 * file with attempts makes it no bigger, and erases none of them from the audit log.
 */
const OverflowCount = z.object({ count: z.number().int().min(1), firstAt: IsoTime, lastAt: IsoTime });
const SignInOverflow = z.partialRecord(z.enum(SIGN_IN_EVENT_KINDS), OverflowCount);
export type SignInOverflow = z.infer<typeof SignInOverflow>;

/**
 * Wrong passwords for usernames that have no slot, counted and locked exactly like real
 * accounts so that "locked" does not tell which usernames exist. Keyed by the same HMAC as the
 * slots; at most MAX_UNKNOWN_USERNAMES, the longest unused forgotten first.
 */
export const MAX_UNKNOWN_USERNAMES = 200;
const UnknownUsername = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  failedSignIns: z.number().int().min(0),
  lockedUntil: IsoTime.nullable(),
  lastAttemptAt: IsoTime,
});
export type UnknownUsername = z.infer<typeof UnknownUsername>;

/** Wrong recovery keys in a row, and the lockout they lead to. */
const RecoveryAttempts = z.object({ failed: z.number().int().min(0), lockedUntil: IsoTime.nullable() });

const Common = {
  format: z.literal('lead-desk-keyslots'),
  lookupSalt: Base64,
  signInEvents: z.array(SignInEvent),
  // Added after the first release: a file written before them reads as having none.
  signInOverflow: SignInOverflow.default({}),
  unknownUsernames: z.array(UnknownUsername).max(MAX_UNKNOWN_USERNAMES).default([]),
  recoveryAttempts: RecoveryAttempts.default({ failed: 0, lockedUntil: null }),
};

/** Before the key split: one database (lead-desk.db) under one key that every slot wraps. */
const KeySlotsV1 = z.object({
  ...Common,
  version: z.literal(1),
  recovery: LegacyRecoverySlot.omit({ kind: true }).extend({ kind: z.literal('recovery') }),
  pendingRecovery: LegacyRecoverySlot.omit({ kind: true })
    .extend({ kind: z.literal('recovery') })
    .optional(),
  slots: z.array(LegacyPasswordSlot.omit({ kind: true }).extend({ kind: z.literal('password') })),
});

const KeySlots = z.object({
  ...Common,
  version: z.literal(2),
  /** Null until the old single database has been split (db/split-database.ts). */
  databases: Databases.nullable(),
  /** `none`: a key rotation dropped a recovery key from before the split, and no new one was issued yet. */
  recovery: z.discriminatedUnion('kind', [RecoverySlot, LegacyRecoverySlot, z.object({ kind: z.literal('none') })]),
  /** A new recovery key not yet typed back; `recovery` keeps opening the desk until it is. */
  pendingRecovery: RecoverySlot.optional(),
  slots: z.array(z.discriminatedUnion('kind', [PasswordSlot, LegacyPasswordSlot])),
  /**
   * While legacy slots remain: the desk and records keys wrapped under keys derived from the old
   * single key, which is what a legacy slot unwraps. Removed (and both keys rotated) once the last
   * legacy slot is gone.
   */
  legacy: z.object({ desk: Wrapped, records: Wrapped }).optional(),
  /**
   * Someone who held the records key lost it (disabled, or no longer in a team role) while the
   * records were closed: the next sign-in that opens them rotates the records key first.
   */
  rotateRecordsKey: z.boolean().default(false),
});
export type KeySlots = z.output<typeof KeySlots>;

/** A version 1 file as version 2 describes it: nothing split yet, every slot legacy. */
function fromVersion1(v1: z.output<typeof KeySlotsV1>): KeySlots {
  return {
    format: v1.format,
    version: 2,
    lookupSalt: v1.lookupSalt,
    databases: null,
    recovery: { ...v1.recovery, kind: 'legacy-recovery' },
    slots: v1.slots.map((slot) => ({ ...slot, kind: 'legacy-password' as const })),
    signInEvents: v1.signInEvents,
    signInOverflow: v1.signInOverflow,
    unknownUsernames: v1.unknownUsernames,
    recoveryAttempts: v1.recoveryAttempts,
    rotateRecordsKey: false,
  };
}

export type KeySlotsRead = { status: 'missing' } | { status: 'damaged'; detail: string } | { status: 'ok'; slots: KeySlots };

export function readKeySlots(path: string): KeySlotsRead {
  if (!existsSync(path)) return { status: 'missing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { status: 'damaged', detail: 'not readable as JSON' };
  }
  const result = KeySlots.safeParse(parsed);
  if (result.success) return { status: 'ok', slots: result.data };
  // A version 1 file's unconfirmed recovery key is dropped: it was never typed back, and the
  // session that issued it is gone, so nobody could confirm it any more.
  const v1 = KeySlotsV1.safeParse(parsed);
  if (v1.success) return { status: 'ok', slots: fromVersion1(v1.data) };
  return { status: 'damaged', detail: 'unexpected structure' };
}

export function writeKeySlots(path: string, slots: KeySlots): void {
  writeFileAtomic(path, `${JSON.stringify(KeySlots.parse(slots), null, 2)}\n`);
}
