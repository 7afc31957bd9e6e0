import { createHmac, randomBytes } from 'node:crypto';
import { ACCOUNT_LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from '../../shared/security-policy';
import type { Clock } from '../clock';
import {
  deriveFromPassword,
  deriveFromRecoveryKey,
  newHkdfParams,
  newScryptParams,
  type ScryptCost,
} from './kdf';
import { unwrapKey, wrapKey } from './key-wrap';
import {
  MAX_PENDING_EVENTS,
  readKeySlots,
  writeKeySlots,
  type KeySlots,
  type PasswordSlot,
  type RecoverySlot,
  type SignInEvent,
} from './keyslots-file';
import { parseRecoveryKey } from './recovery-key';

export class VaultProblem extends Error {
  constructor(
    readonly problem: 'keyslots-missing' | 'keyslots-damaged',
    message: string,
  ) {
    super(message);
  }
}

export type PasswordUnlock =
  | { ok: true; key: Buffer }
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'locked'; lockedUntil: string };

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
    };
    writeKeySlots(this.path, slots);
  }

  slotIdsFor(usernames: readonly string[]): string[] {
    const { lookupSalt } = this.load();
    return usernames.map((username) => slotIdFor(lookupSalt, username));
  }

  async unlockWithPassword(username: string, password: string): Promise<PasswordUnlock> {
    const file = this.load();
    const id = slotIdFor(file.lookupSalt, username);
    const slot = file.slots.find((candidate) => candidate.id === id);
    const now = this.clock.now();
    if (!slot) {
      // Spend the same time as a real attempt so timing does not reveal which usernames exist.
      await deriveFromPassword(password, newScryptParams(this.cost));
      this.record(file, 'signIn.unknownUsername', null);
      writeKeySlots(this.path, file);
      return { ok: false, reason: 'bad-credentials' };
    }
    if (slot.lockedUntil && Date.parse(slot.lockedUntil) > now.getTime()) {
      this.record(file, 'signIn.refusedWhileLocked', id);
      writeKeySlots(this.path, file);
      return { ok: false, reason: 'locked', lockedUntil: slot.lockedUntil };
    }
    const key = unwrapKey(await deriveFromPassword(password, slot.kdf), slot.wrapped, id);
    // Re-read: another attempt may have changed the file during the key derivation.
    const fresh = this.load();
    const current = fresh.slots.find((candidate) => candidate.id === id);
    if (!current) return { ok: false, reason: 'bad-credentials' };
    if (key) {
      current.failedSignIns = 0;
      current.lockedUntil = null;
      writeKeySlots(this.path, fresh);
      return { ok: true, key };
    }
    current.failedSignIns += 1;
    this.record(fresh, 'signIn.failed', id);
    if (current.failedSignIns >= MAX_FAILED_SIGN_INS) {
      current.failedSignIns = 0;
      current.lockedUntil = new Date(now.getTime() + ACCOUNT_LOCKOUT_MINUTES * 60_000).toISOString();
      this.record(fresh, 'account.lockedOut', id);
      writeKeySlots(this.path, fresh);
      return { ok: false, reason: 'locked', lockedUntil: current.lockedUntil };
    }
    writeKeySlots(this.path, fresh);
    return { ok: false, reason: 'bad-credentials' };
  }

  unlockWithRecoveryKey(typed: string): Buffer | null {
    const file = this.load();
    const key = openRecoverySlot(file.recovery, typed);
    if (!key) {
      this.record(file, 'recovery.failed', null);
      writeKeySlots(this.path, file);
    }
    return key;
  }

  /** Adds the account's slot, or replaces it (a password change or reset); clears any lockout. */
  async setPassword(username: string, password: string, databaseKey: Buffer): Promise<void> {
    const lookupSalt = this.load().lookupSalt;
    const id = slotIdFor(lookupSalt, username);
    const slot = await this.passwordSlot(id, databaseKey, password);
    const file = this.load();
    file.slots = [...file.slots.filter((existing) => existing.id !== id), slot];
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
    return until && Date.parse(until) > this.clock.now().getTime() ? until : null;
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
    if (file.pendingRecovery && openRecoverySlot(file.pendingRecovery, recoveryKey)) {
      file.recovery = file.pendingRecovery;
      delete file.pendingRecovery;
      writeKeySlots(this.path, file);
    } else if (!openRecoverySlot(file.recovery, recoveryKey)) {
      throw new Error('The recovery key being confirmed is in no slot of the key file.');
    }
  }

  pendingSignInEvents(): SignInEvent[] {
    return this.load().signInEvents;
  }

  /** Drops the events that have been written to the audit log. */
  clearSignInEvents(count: number): void {
    const file = this.load();
    file.signInEvents = file.signInEvents.slice(count);
    writeKeySlots(this.path, file);
  }

  private record(file: KeySlots, kind: SignInEvent['kind'], slotId: string | null): void {
    file.signInEvents.push({ at: this.clock.now().toISOString(), kind, slotId });
    if (file.signInEvents.length > MAX_PENDING_EVENTS) {
      file.signInEvents = file.signInEvents.slice(-MAX_PENDING_EVENTS);
    }
  }

  private async passwordSlot(id: string, databaseKey: Buffer, password: string): Promise<PasswordSlot> {
    const kdf = newScryptParams(this.cost);
    const kek = await deriveFromPassword(password, kdf);
    return { kind: 'password', id, kdf, wrapped: wrapKey(kek, databaseKey, id), failedSignIns: 0, lockedUntil: null };
  }
}

function slotIdFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64'))
    .update(username.trim().toLowerCase())
    .digest('hex')
    .slice(0, 32);
}

function openRecoverySlot(slot: RecoverySlot, typed: string): Buffer | null {
  const secret = parseRecoveryKey(typed);
  return secret ? unwrapKey(deriveFromRecoveryKey(secret, slot.kdf), slot.wrapped, 'recovery') : null;
}

function recoverySlot(databaseKey: Buffer, recoveryKey: string): RecoverySlot {
  const secret = parseRecoveryKey(recoveryKey);
  if (!secret) throw new Error('Generated recovery key did not parse.');
  const kdf = newHkdfParams();
  return { kind: 'recovery', id: 'recovery', kdf, wrapped: wrapKey(deriveFromRecoveryKey(secret, kdf), databaseKey, 'recovery') };
}
