import { createHmac, randomBytes } from 'node:crypto';
import {
  ACCOUNT_LOCKOUT_MINUTES,
  MAX_FAILED_RECOVERY_KEYS,
  MAX_FAILED_SIGN_INS,
  RECOVERY_LOCKOUT_MINUTES,
} from '../../shared/security-policy';
import type { Clock } from '../clock';
import {
  deriveFromPassword,
  deriveFromRecoveryKey,
  minimumScryptN,
  newHkdfParams,
  newScryptParams,
  scryptParamsProblem,
  type ScryptCost,
} from './kdf';
import { unwrapKey, wrapKey, wrappedKeyProblem } from './key-wrap';
import {
  MAX_PENDING_EVENTS,
  MAX_UNKNOWN_USERNAMES,
  readKeySlots,
  writeKeySlots,
  type KeySlots,
  type PasswordSlot,
  type RecoverySlot,
  type SignInEvent,
  type SignInOverflow,
} from './keyslots-file';
import { parseRecoveryKey } from './recovery-key';

export class VaultProblem extends Error {
  constructor(
    readonly problem: 'keyslots-missing' | 'keyslots-damaged' | 'keyslot-damaged',
    message: string,
  ) {
    super(message);
  }
}

export type PasswordUnlock =
  | { ok: true; key: Buffer }
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'locked'; lockedUntil: string };

/** What a wrong password counts against: an account's slot or an unknown username's entry. */
interface AttemptCount {
  failedSignIns: number;
  lockedUntil: string | null;
}

export const DATABASE_KEY_BYTES = 32;

export function newDatabaseKey(): Buffer {
  return randomBytes(DATABASE_KEY_BYTES);
}

/**
 * Key slots in the manner of LUKS: one random database key, wrapped under each account's
 * password and under the recovery key. Every method reads the file afresh and writes it
 * atomically, so the file on disk is always the whole truth.
 */
export class KeyVault {
  /** The attempt in progress for each slot id; the next one waits for it (see oneAtATime). */
  private readonly attempts = new Map<string, Promise<unknown>>();

  constructor(
    private readonly path: string,
    private readonly clock: Clock,
    private readonly cost: ScryptCost,
  ) {}

  /** Throws a VaultProblem that explains itself when the file is missing or damaged. */
  private load(): KeySlots {
    const read = readKeySlots(this.path);
    if (read.status === 'missing') {
      throw new VaultProblem('keyslots-missing', 'The key file (keyslots.json) is missing from the data folder.');
    }
    if (read.status === 'damaged') {
      throw new VaultProblem('keyslots-damaged', `The key file (keyslots.json) is damaged: ${read.detail}.`);
    }
    return read.slots;
  }

  async create(databaseKey: Buffer, recoveryKey: string, username: string, password: string): Promise<void> {
    const lookupSalt = randomBytes(16).toString('base64');
    const slots: KeySlots = {
      format: 'lead-desk-keyslots',
      version: 1,
      lookupSalt,
      recovery: recoverySlot(databaseKey, recoveryKey),
      slots: [await this.passwordSlot(slotIdFor(lookupSalt, username), databaseKey, password)],
      signInEvents: [],
      signInOverflow: {},
      unknownUsernames: [],
      recoveryAttempts: { failed: 0, lockedUntil: null },
    };
    writeKeySlots(this.path, slots);
  }

  slotIdsFor(usernames: readonly string[]): string[] {
    const { lookupSalt } = this.load();
    return usernames.map((username) => slotIdFor(lookupSalt, username));
  }

  /**
   * One attempt at a time per username: attempts made at once would all pass the lock check
   * before any of them counted, so a flood of guesses could outrun the lockout.
   */
  async unlockWithPassword(username: string, password: string): Promise<PasswordUnlock> {
    const id = slotIdFor(this.load().lookupSalt, username);
    return this.oneAtATime(id, () => this.attemptPassword(id, password));
  }

  private async attemptPassword(id: string, password: string): Promise<PasswordUnlock> {
    const before = this.load();
    const slot = before.slots.find((candidate) => candidate.id === id);
    if (slot) this.checkSlot(slot);
    const refused = this.refuseIfLocked(before, id);
    if (refused) return refused;
    // An unknown username spends the same time as a real attempt, so timing does not tell either.
    const kek = await deriveFromPassword(password, slot?.kdf ?? newScryptParams(this.cost));
    const key = slot ? unwrapKey(kek, slot.wrapped, id) : null;
    kek.fill(0);
    // Re-read, and check the lock again: the file may have changed during the key derivation.
    const file = this.load();
    const current = file.slots.find((candidate) => candidate.id === id);
    const refusedNow = this.refuseIfLocked(file, id);
    if (refusedNow || (key && !current)) {
      key?.fill(0);
      return refusedNow ?? { ok: false, reason: 'bad-credentials' };
    }
    if (key && current) {
      current.failedSignIns = 0;
      current.lockedUntil = null;
      writeKeySlots(this.path, file);
      return { ok: true, key };
    }
    const count = current ?? this.unknownUsername(file, id);
    const slotId = current ? id : null;
    count.failedSignIns += 1;
    this.record(file, current ? 'signIn.failed' : 'signIn.unknownUsername', slotId);
    if (count.failedSignIns >= MAX_FAILED_SIGN_INS) {
      count.failedSignIns = 0;
      count.lockedUntil = this.minutesFromNow(ACCOUNT_LOCKOUT_MINUTES);
      this.record(file, 'account.lockedOut', slotId);
      writeKeySlots(this.path, file);
      return { ok: false, reason: 'locked', lockedUntil: count.lockedUntil };
    }
    writeKeySlots(this.path, file);
    return { ok: false, reason: 'bad-credentials' };
  }

  /** The "locked" reply (recorded) when the slot or unknown username is locked now, else null. */
  private refuseIfLocked(file: KeySlots, id: string): PasswordUnlock | null {
    const slot = file.slots.find((candidate) => candidate.id === id);
    const count: AttemptCount | undefined = slot ?? file.unknownUsernames.find((entry) => entry.id === id);
    if (!count || !this.isFuture(count.lockedUntil)) return null;
    this.record(file, 'signIn.refusedWhileLocked', slot ? id : null);
    writeKeySlots(this.path, file);
    return { ok: false, reason: 'locked', lockedUntil: count.lockedUntil! };
  }

  /** The unknown username's entry, made if new; the longest unused is forgotten when full. */
  private unknownUsername(file: KeySlots, id: string): AttemptCount {
    const lastAttemptAt = this.clock.now().toISOString();
    const entries = file.unknownUsernames.filter((entry) => entry.id !== id);
    const entry = file.unknownUsernames.find((candidate) => candidate.id === id) ?? { id, failedSignIns: 0, lockedUntil: null, lastAttemptAt };
    entry.lastAttemptAt = lastAttemptAt;
    entries.sort((x, y) => Date.parse(x.lastAttemptAt) - Date.parse(y.lastAttemptAt));
    file.unknownUsernames = [...entries.slice(-(MAX_UNKNOWN_USERNAMES - 1)), entry];
    return entry;
  }

  /** A slot LEAD Desk could not have written is damage, not a wrong password: it counts nothing. */
  private checkSlot(slot: PasswordSlot): void {
    const problem = scryptParamsProblem(slot.kdf, minimumScryptN(this.cost)) ?? wrappedKeyProblem(slot.wrapped);
    if (problem) {
      throw new VaultProblem(
        'keyslot-damaged',
        `This account's entry in the key file (keyslots.json) is damaged: ${problem}. Nothing was counted against the account. Sign in with another account and reset this password, or use the recovery key.`,
      );
    }
  }

  private oneAtATime<T>(id: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.attempts.get(id) ?? Promise.resolve();
    const result = previous.then(attempt, attempt);
    const settled = result.catch(() => undefined);
    this.attempts.set(id, settled);
    void settled.then(() => {
      if (this.attempts.get(id) === settled) this.attempts.delete(id);
    });
    return result;
  }

  /** The database key, or null for a wrong key or while wrong keys have locked recovery. */
  unlockWithRecoveryKey(typed: string): Buffer | null {
    const file = this.load();
    const attempts = file.recoveryAttempts;
    if (this.isFuture(attempts.lockedUntil)) {
      this.record(file, 'recovery.refusedWhileLocked', null);
      writeKeySlots(this.path, file);
      return null;
    }
    const problem = wrappedKeyProblem(file.recovery.wrapped);
    if (problem) throw new VaultProblem('keyslot-damaged', `The recovery key's entry in the key file (keyslots.json) is damaged: ${problem}.`);
    const key = openRecoverySlot(file.recovery, typed);
    if (key) {
      if (attempts.failed > 0) {
        file.recoveryAttempts = { failed: 0, lockedUntil: null };
        writeKeySlots(this.path, file);
      }
      return key;
    }
    attempts.failed += 1;
    this.record(file, 'recovery.failed', null);
    if (attempts.failed >= MAX_FAILED_RECOVERY_KEYS) {
      file.recoveryAttempts = { failed: 0, lockedUntil: this.minutesFromNow(RECOVERY_LOCKOUT_MINUTES) };
      this.record(file, 'recovery.lockedOut', null);
    }
    writeKeySlots(this.path, file);
    return null;
  }

  /** Until when wrong recovery keys have locked recovery, or null. */
  recoveryLockedUntil(): string | null {
    const until = this.load().recoveryAttempts.lockedUntil;
    return this.isFuture(until) ? until : null;
  }

  /** Adds the account's slot, or replaces it (a password change or reset); clears any lockout. */
  async setPassword(username: string, password: string, databaseKey: Buffer): Promise<void> {
    const lookupSalt = this.load().lookupSalt;
    const id = slotIdFor(lookupSalt, username);
    const slot = await this.passwordSlot(id, databaseKey, password);
    const file = this.load();
    file.slots = [...file.slots.filter((existing) => existing.id !== id), slot];
    file.unknownUsernames = file.unknownUsernames.filter((entry) => entry.id !== id);
    writeKeySlots(this.path, file);
  }

  removePassword(username: string): void {
    const file = this.load();
    const id = slotIdFor(file.lookupSalt, username);
    file.slots = file.slots.filter((slot) => slot.id !== id);
    writeKeySlots(this.path, file);
  }

  lockedUntil(username: string): string | null {
    const file = this.load();
    const id = slotIdFor(file.lookupSalt, username);
    const until = file.slots.find((slot) => slot.id === id)?.lockedUntil ?? null;
    return this.isFuture(until) ? until : null;
  }

  /**
   * Writes a new recovery key beside the current one, which keeps working: a crash before the
   * new key is confirmed must not leave the key on paper useless. Only confirmRecoveryKey makes
   * the new one open the desk.
   */
  addPendingRecoveryKey(recoveryKey: string, databaseKey: Buffer): void {
    const file = this.load();
    file.pendingRecovery = recoverySlot(databaseKey, recoveryKey);
    writeKeySlots(this.path, file);
  }

  /** Whether a new recovery key waits for confirmation (after a restart nobody can confirm it any more). */
  hasPendingRecoveryKey(): boolean {
    return this.load().pendingRecovery !== undefined;
  }

  /**
   * The key has been typed back: the pending slot replaces the old one in a single write. A key
   * that already is the current one (the one issued at setup) needs no change.
   */
  confirmRecoveryKey(recoveryKey: string): void {
    const file = this.load();
    if (file.pendingRecovery && recoverySlotOpens(file.pendingRecovery, recoveryKey)) {
      file.recovery = file.pendingRecovery;
      delete file.pendingRecovery;
      writeKeySlots(this.path, file);
    } else if (!recoverySlotOpens(file.recovery, recoveryKey)) {
      throw new Error('The recovery key being confirmed is in no slot of the key file.');
    }
  }

  pendingSignInEvents(): SignInEvent[] {
    return this.load().signInEvents;
  }

  /** The events beyond MAX_PENDING_EVENTS, counted per kind. */
  signInOverflow(): SignInOverflow {
    return this.load().signInOverflow;
  }

  /** Drops the events and the counts that have been written to the audit log. */
  clearSignInEvents(count: number, overflow: SignInOverflow = {}): void {
    const file = this.load();
    file.signInEvents = file.signInEvents.slice(count);
    for (const [kind, filed] of Object.entries(overflow) as [SignInEvent['kind'], { count: number }][]) {
      const left = file.signInOverflow[kind];
      if (!left) continue;
      if (left.count > filed.count) left.count -= filed.count;
      else delete file.signInOverflow[kind];
    }
    writeKeySlots(this.path, file);
  }

  private record(file: KeySlots, kind: SignInEvent['kind'], slotId: string | null): void {
    const at = this.clock.now().toISOString();
    if (file.signInEvents.length < MAX_PENDING_EVENTS) {
      file.signInEvents.push({ at, kind, slotId });
      return;
    }
    const counted = file.signInOverflow[kind];
    file.signInOverflow[kind] = counted ? { ...counted, count: counted.count + 1, lastAt: at } : { count: 1, firstAt: at, lastAt: at };
  }

  private isFuture(instant: string | null): boolean {
    return instant !== null && Date.parse(instant) > this.clock.now().getTime();
  }

  private minutesFromNow(minutes: number): string {
    return new Date(this.clock.now().getTime() + minutes * 60_000).toISOString();
  }

  private async passwordSlot(id: string, databaseKey: Buffer, password: string): Promise<PasswordSlot> {
    const kdf = newScryptParams(this.cost);
    const kek = await deriveFromPassword(password, kdf);
    const wrapped = wrapKey(kek, databaseKey, id);
    kek.fill(0);
    return { kind: 'password', id, kdf, wrapped, failedSignIns: 0, lockedUntil: null };
  }
}

function slotIdFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64'))
    .update(username.trim().toLowerCase())
    .digest('hex')
    .slice(0, 32);
}

function recoverySlotOpens(slot: RecoverySlot, typed: string): boolean {
  const key = openRecoverySlot(slot, typed);
  key?.fill(0);
  return key !== null;
}

/** The database key the slot wraps, or null; the typed secret and the KEK are zeroed either way. */
function openRecoverySlot(slot: RecoverySlot, typed: string): Buffer | null {
  const secret = parseRecoveryKey(typed);
  const kek = secret ? deriveFromRecoveryKey(secret, slot.kdf) : null;
  secret?.fill(0);
  const key = kek ? unwrapKey(kek, slot.wrapped, 'recovery') : null;
  kek?.fill(0);
  return key;
}

function recoverySlot(databaseKey: Buffer, recoveryKey: string): RecoverySlot {
  const secret = parseRecoveryKey(recoveryKey);
  if (!secret) throw new Error('Generated recovery key did not parse.');
  const kdf = newHkdfParams();
  const kek = deriveFromRecoveryKey(secret, kdf);
  secret.fill(0);
  const wrapped = wrapKey(kek, databaseKey, 'recovery');
  kek.fill(0);
  return { kind: 'recovery', id: 'recovery', kdf, wrapped };
}
