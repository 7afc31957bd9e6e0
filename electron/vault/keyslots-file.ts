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
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: Base64,
  }),
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
] as const;
const SignInEvent = z.object({
  at: IsoTime,
  kind: z.enum(SIGN_IN_EVENT_KINDS),
  slotId: z.string().nullable(),
});
export type SignInEvent = z.infer<typeof SignInEvent>;

/** How many unrecorded sign-in events the file keeps; older ones are dropped first. */
export const MAX_PENDING_EVENTS = 500;

const KeySlots = z.object({
  format: z.literal('lead-desk-keyslots'),
  version: z.literal(1),
  lookupSalt: Base64,
  recovery: RecoverySlot,
  /** A new recovery key not yet typed back; `recovery` keeps opening the desk until it is. */
  pendingRecovery: RecoverySlot.optional(),
  slots: z.array(PasswordSlot),
  signInEvents: z.array(SignInEvent),
});
export type KeySlots = z.infer<typeof KeySlots>;

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
