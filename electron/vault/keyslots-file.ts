import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs-atomic';

/**
 * The key-slot file: the database key wrapped once per account and once under the recovery
 * key. It holds no names: a slot is found by an HMAC of the username under a per-install salt.
 * Failed sign-ins are counted here because the database cannot be opened without a key;
 * they are moved into the audit log at the next successful unlock.
 */
const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const Wrapped = z.object({ iv: Base64, tag: Base64, data: Base64 });
const IsoTime = z.iso.datetime({ offset: true });

const PasswordSlot = z.object({
  kind: z.literal('password'),
  id: z.string().regex(/^[0-9a-f]{32}$/),
  // The cost's bounds are checked slot by slot when it is opened (kdf.ts scryptParamsProblem):
  // one damaged slot must not keep every other account out.
  kdf: z.object({ name: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number(), salt: Base64 }),
  wrapped: Wrapped,
  failedSignIns: z.number().int().min(0),
  lockedUntil: IsoTime.nullable(),
});
export type PasswordSlot = z.infer<typeof PasswordSlot>;

const RecoverySlot = z.object({
  kind: z.literal('recovery'),
  id: z.literal('recovery'),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: Base64 }),
  wrapped: Wrapped,
});
export type RecoverySlot = z.infer<typeof RecoverySlot>;

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

const KeySlots = z.object({
  format: z.literal('lead-desk-keyslots'),
  version: z.literal(1),
  lookupSalt: Base64,
  recovery: RecoverySlot,
  /** A new recovery key not yet typed back; `recovery` keeps opening the desk until it is. */
  pendingRecovery: RecoverySlot.optional(),
  slots: z.array(PasswordSlot),
  signInEvents: z.array(SignInEvent),
  // Added after the first release: a file written before them reads as having none.
  signInOverflow: SignInOverflow.default({}),
  unknownUsernames: z.array(UnknownUsername).max(MAX_UNKNOWN_USERNAMES).default([]),
  recoveryAttempts: RecoveryAttempts.default({ failed: 0, lockedUntil: null }),
});
export type KeySlots = z.output<typeof KeySlots>;

export type KeySlotsRead =
  | { status: 'missing' }
  | { status: 'damaged'; detail: string }
  | { status: 'ok'; slots: KeySlots };

export function readKeySlots(path: string): KeySlotsRead {
  if (!existsSync(path)) return { status: 'missing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { status: 'damaged', detail: 'not readable as JSON' };
  }
  const result = KeySlots.safeParse(parsed);
  if (!result.success) return { status: 'damaged', detail: 'unexpected structure' };
  return { status: 'ok', slots: result.data };
}

export function writeKeySlots(path: string, slots: KeySlots): void {
  writeFileAtomic(path, `${JSON.stringify(KeySlots.parse(slots), null, 2)}\n`);
}
