import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
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
  type AccountSlot,
  type Databases,
  type Grants,
  type KeySlots,
  type LegacyRecoverySlot,
  type PasswordSlot,
  type RecoverySlot,
  type SignInEvent,
  type SignInOverflow,
} from './keyslots-file';
import { parseRecoveryKey } from './recovery-key';
import { newKeyPair, openSealedKey, sealKey } from './sealed-key';

export class VaultProblem extends Error {
  constructor(
    readonly problem: 'keyslots-missing' | 'keyslots-damaged' | 'keyslot-damaged',
    message: string,
  ) {
    super(message);
  }
}

/** The keys of the two databases; `records` only for an account a supervisor has completed. */
export interface DeskKeys {
  desk: Buffer;
  records: Buffer | null;
}

/**
 * What an unlock opens: the two databases, or (before the key split) the old single database,
 * which the desk then splits. `legacySlot` says the slot is from before the split and should be
 * rewritten now that its password is known.
 */
export type Unlocked = { layout: 'split'; keys: DeskKeys; legacySlot: boolean } | { layout: 'combined'; legacyKey: Buffer };

export function zeroUnlocked(unlocked: Unlocked): void {
  if (unlocked.layout === 'combined') unlocked.legacyKey.fill(0);
  else zeroKeys(unlocked.keys);
}

export function zeroKeys(keys: DeskKeys): void {
  keys.desk.fill(0);
  keys.records?.fill(0);
}

export type PasswordUnlock =
  { ok: true; unlocked: Unlocked } | { ok: false; reason: 'bad-credentials' } | { ok: false; reason: 'locked'; lockedUntil: string };

/** What a wrong password counts against: an account's slot or an unknown username's entry. */
interface AttemptCount {
  failedSignIns: number;
  lockedUntil: string | null;
}

export const DATABASE_KEY_BYTES = 32;

export function newDatabaseKey(): Buffer {
  return randomBytes(DATABASE_KEY_BYTES);
}

export function newDeskKeys(): { desk: Buffer; records: Buffer } {
  return { desk: newDatabaseKey(), records: newDatabaseKey() };
}

/**
 * Key slots in the manner of LUKS, with a key pair per slot: each account's private key is
 * wrapped under its password, and the desk's two database keys are sealed to its public key
 * (sealed-key.ts). Every account holds the desk key (staff, settings, the desk's audit log); only
 * accounts a supervisor has completed hold the records key. Every method reads the file afresh
 * and writes it atomically, so the file on disk is always the whole truth.
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

  /** A new desk: the administrator's slot holds the desk key only; the recovery key holds both. */
  async create(
    keys: { desk: Buffer; records: Buffer },
    databases: Databases,
    recoveryKey: string,
    username: string,
    password: string,
  ): Promise<void> {
    const lookupSalt = randomBytes(16).toString('base64');
    const slots: KeySlots = {
      format: 'lead-desk-keyslots',
      version: 2,
      lookupSalt,
      databases,
      recovery: recoverySlot(keys, recoveryKey),
      slots: [await this.passwordSlot(slotIdFor(lookupSalt, username), { desk: keys.desk, records: null }, password)],
      signInEvents: [],
      signInOverflow: {},
      unknownUsernames: [],
      recoveryAttempts: { failed: 0, lockedUntil: null },
      rotateRecordsKey: false,
    };
    writeKeySlots(this.path, slots);
  }

  /** Where the databases are, or null before the old single database has been split. */
  databases(): Databases | null {
    return this.load().databases;
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
    const secret = slot ? unwrapKey(kek, slot.wrapped, id) : null;
    kek.fill(0);
    // Re-read, and check the lock again: the file may have changed during the key derivation.
    const file = this.load();
    const current = file.slots.find((candidate) => candidate.id === id);
    const refusedNow = this.refuseIfLocked(file, id);
    const unlocked = secret && current ? opened(file, current, secret) : null;
    secret?.fill(0);
    if (refusedNow || (secret && !unlocked)) {
      if (unlocked) zeroUnlocked(unlocked);
      return refusedNow ?? { ok: false, reason: 'bad-credentials' };
    }
    if (unlocked && current) {
      current.failedSignIns = 0;
      current.lockedUntil = null;
      writeKeySlots(this.path, file);
      return { ok: true, unlocked };
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
    const entry = file.unknownUsernames.find((candidate) => candidate.id === id) ?? {
      id,
      failedSignIns: 0,
      lockedUntil: null,
      lastAttemptAt,
    };
    entry.lastAttemptAt = lastAttemptAt;
    entries.sort((x, y) => Date.parse(x.lastAttemptAt) - Date.parse(y.lastAttemptAt));
    file.unknownUsernames = [...entries.slice(-(MAX_UNKNOWN_USERNAMES - 1)), entry];
    return entry;
  }

  /** A slot LEAD Desk could not have written is damage, not a wrong password: it counts nothing. */
  private checkSlot(slot: AccountSlot): void {
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

  /** What the recovery key opens, or null for a wrong key or while wrong keys have locked recovery. */
  unlockWithRecoveryKey(typed: string): Unlocked | null {
    const file = this.load();
    const attempts = file.recoveryAttempts;
    if (this.isFuture(attempts.lockedUntil)) {
      this.record(file, 'recovery.refusedWhileLocked', null);
      writeKeySlots(this.path, file);
      return null;
    }
    const problem = file.recovery.kind === 'none' ? null : wrappedKeyProblem(file.recovery.wrapped);
    if (problem)
      throw new VaultProblem('keyslot-damaged', `The recovery key's entry in the key file (keyslots.json) is damaged: ${problem}.`);
    const { recovery } = file;
    const secret = openRecoverySlot(recovery, typed);
    const unlocked = secret && recovery.kind !== 'none' ? opened(file, recovery, secret) : null;
    secret?.fill(0);
    if (unlocked) {
      if (attempts.failed > 0) {
        file.recoveryAttempts = { failed: 0, lockedUntil: null };
        writeKeySlots(this.path, file);
      }
      return unlocked;
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

  /**
   * Gives the account a new key pair under `password` and seals `keys` to it: creating an
   * account, a reset, a password change, or a legacy slot rewritten. Replaces any slot it had
   * and clears its lockout. Whoever calls it can only give keys they hold.
   */
  async setPassword(username: string, password: string, keys: DeskKeys): Promise<void> {
    const lookupSalt = this.load().lookupSalt;
    const id = slotIdFor(lookupSalt, username);
    const slot = await this.passwordSlot(id, keys, password);
    const file = this.load();
    // A slot from before the split reaches the records through the old key until the upgrade
    // finishes, which rotates them (finishUpgradeIfDone); a current one that held them is rotated now.
    const before = file.slots.find((existing) => existing.id === id);
    if (before?.kind === 'password' && before.grants.records && !keys.records) file.rotateRecordsKey = true;
    file.slots = [...file.slots.filter((existing) => existing.id !== id), slot];
    file.unknownUsernames = file.unknownUsernames.filter((entry) => entry.id !== id);
    this.finishUpgradeIfDone(file);
    writeKeySlots(this.path, file);
  }

  /** Seals the records key to an account's public key: a supervisor completing it. */
  grantRecords(username: string, recordsKey: Buffer): void {
    const file = this.load();
    const slot = file.slots.find((candidate) => candidate.id === slotIdFor(file.lookupSalt, username));
    if (!slot || slot.kind !== 'password') throw new Error('grantRecords: the account has no current slot.');
    slot.grants.records = sealKey(slot.publicKey, recordsKey, `${slot.id}:records`);
    writeKeySlots(this.path, file);
  }

  /** Takes the records key from an account that no longer needs it; the key is rotated at the next chance. */
  revokeRecords(username: string): void {
    const file = this.load();
    const slot = file.slots.find((candidate) => candidate.id === slotIdFor(file.lookupSalt, username));
    if (!slot || !holdsRecords(slot)) return;
    if (slot.kind === 'password') slot.grants.records = null;
    else file.slots = file.slots.filter((candidate) => candidate !== slot);
    file.rotateRecordsKey = true;
    writeKeySlots(this.path, file);
  }

  /** What the account holds: both keys, the desk key only, a slot from before the split, or no slot. */
  access(username: string): 'records' | 'desk' | 'legacy' | 'none' {
    const file = this.load();
    const slot = file.slots.find((candidate) => candidate.id === slotIdFor(file.lookupSalt, username));
    if (!slot) return 'none';
    if (slot.kind === 'legacy-password') return 'legacy';
    return slot.grants.records ? 'records' : 'desk';
  }

  /** A disabled account: its slot goes, and whatever key it held must be rotated (the caller rotates the desk key). */
  removePassword(username: string): void {
    const file = this.load();
    const id = slotIdFor(file.lookupSalt, username);
    const slot = file.slots.find((candidate) => candidate.id === id);
    if (slot && holdsRecords(slot)) file.rotateRecordsKey = true;
    file.slots = file.slots.filter((candidate) => candidate.id !== id);
    this.finishUpgradeIfDone(file);
    writeKeySlots(this.path, file);
  }

  markRecordsRotationDue(): void {
    const file = this.load();
    file.rotateRecordsKey = true;
    writeKeySlots(this.path, file);
  }

  /** A recovery key from before the split, typed in: it gets a key pair and both keys, and the old form goes. */
  rewriteRecoverySlot(recoveryKey: string, keys: DeskKeys): void {
    const file = this.load();
    if (file.recovery.kind !== 'legacy-recovery') return;
    file.recovery = recoverySlot(keys, recoveryKey);
    this.finishUpgradeIfDone(file);
    writeKeySlots(this.path, file);
  }

  /** Whether the records key must be rotated at the next unlock that opens the records. */
  recordsKeyRotationDue(): boolean {
    return this.load().rotateRecordsKey;
  }

  /**
   * Commits a key rotation: the new database files (already written and checked) and the new keys
   * sealed to every slot that held the old ones. This one atomic write is the switch; until it
   * lands the old files and keys are still the desk. `records` null rotates the desk key only.
   * Slots from before the split cannot receive new keys (they open only the old single key, which
   * every account once held) and are dropped: their owners need a password reset.
   */
  rotate(databases: Databases, keys: DeskKeys): void {
    const file = this.load();
    file.databases = databases;
    const current = file.slots.filter((slot): slot is PasswordSlot => slot.kind === 'password');
    for (const slot of current) slot.grants = resealed(slot.grants, slot.publicKey, slot.id, keys);
    file.slots = current;
    if (file.recovery.kind === 'recovery') {
      file.recovery.grants = resealed(file.recovery.grants, file.recovery.publicKey, 'recovery', keys, true);
    } else {
      // Its secret opens only the old single key, which every account once held: it goes too.
      file.recovery = { kind: 'none' };
    }
    if (file.pendingRecovery)
      file.pendingRecovery.grants = resealed(file.pendingRecovery.grants, file.pendingRecovery.publicKey, 'recovery', keys, true);
    delete file.legacy;
    if (keys.records) file.rotateRecordsKey = false;
    writeKeySlots(this.path, file);
  }

  /**
   * The first unlock after the upgrade split the old single database: from now on legacy slots
   * reach the new keys through `legacy`, wrapped under keys only the old key derives.
   */
  commitSplit(databases: Databases, legacyKey: Buffer, keys: { desk: Buffer; records: Buffer }): void {
    const file = this.load();
    file.databases = databases;
    file.legacy = {
      desk: wrapKey(legacyKek(legacyKey, 'desk'), keys.desk, 'legacy:desk'),
      records: wrapKey(legacyKek(legacyKey, 'records'), keys.records, 'legacy:records'),
    };
    delete file.pendingRecovery;
    writeKeySlots(this.path, file);
  }

  /** Whether slots or a recovery key from before the split remain (their owners have not used them since). */
  upgradeUnfinished(): boolean {
    const file = this.load();
    return file.recovery.kind === 'legacy-recovery' || file.slots.some((slot) => slot.kind === 'legacy-password');
  }

  /** The last legacy slot is gone: the old key opens nothing more; `rotateRecordsKey` retires what it reached. */
  private finishUpgradeIfDone(file: KeySlots): void {
    if (!file.legacy || file.recovery.kind === 'legacy-recovery' || file.slots.some((slot) => slot.kind === 'legacy-password')) return;
    delete file.legacy;
    file.rotateRecordsKey = true;
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
  addPendingRecoveryKey(recoveryKey: string, keys: DeskKeys): void {
    const file = this.load();
    file.pendingRecovery = recoverySlot(keys, recoveryKey);
    writeKeySlots(this.path, file);
  }

  /** Whether a new recovery key waits for confirmation (after a restart nobody can confirm it any more). */
  hasPendingRecoveryKey(): boolean {
    return this.load().pendingRecovery !== undefined;
  }

  /**
   * Whether the recovery key on paper opens everything: false while it is from before the split
   * (it stops working at the first key rotation) or after a rotation dropped it.
   */
  recoveryKeyCurrent(): boolean {
    const { recovery } = this.load();
    return recovery.kind === 'recovery';
  }

  /** Whether the recovery key lacks the records key (an administrator replaced it): a team member's unlock seals it. */
  recoveryKeyAwaitsRecords(): boolean {
    const { recovery } = this.load();
    return recovery.kind === 'recovery' && recovery.grants.records === null;
  }

  /** Seals the records key to the recovery key's public key (no secret needed: that is the point of the pair). */
  completeRecoveryKey(recordsKey: Buffer): void {
    const file = this.load();
    if (file.recovery.kind !== 'recovery' || file.recovery.grants.records) return;
    file.recovery.grants.records = sealKey(file.recovery.publicKey, recordsKey, 'recovery:records');
    writeKeySlots(this.path, file);
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
      this.finishUpgradeIfDone(file);
      writeKeySlots(this.path, file);
    } else if (file.recovery.kind !== 'recovery' || !recoverySlotOpens(file.recovery, recoveryKey)) {
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

  private async passwordSlot(id: string, keys: DeskKeys, password: string): Promise<PasswordSlot> {
    const kdf = newScryptParams(this.cost);
    const kek = await deriveFromPassword(password, kdf);
    const pair = newKeyPair();
    const wrapped = wrapKey(kek, pair.privateKey, id);
    kek.fill(0);
    pair.privateKey.fill(0);
    return {
      kind: 'password',
      id,
      kdf,
      wrapped,
      publicKey: pair.publicKey,
      grants: seal(pair.publicKey, id, keys),
      failedSignIns: 0,
      lockedUntil: null,
    };
  }
}

function holdsRecords(slot: AccountSlot): boolean {
  return slot.kind === 'legacy-password' || slot.grants.records !== null;
}

function seal(publicKey: string, id: string, keys: DeskKeys): Grants {
  return {
    desk: sealKey(publicKey, keys.desk, `${id}:desk`),
    records: keys.records ? sealKey(publicKey, keys.records, `${id}:records`) : null,
  };
}

/**
 * The grants after a rotation: the new desk key always; the new records key to those who held
 * the old one (and to the recovery key, which opens everything), or the old grant kept when the
 * records key is not being rotated.
 */
function resealed(grants: Grants, publicKey: string, id: string, keys: DeskKeys, opensEverything = false): Grants {
  const records = keys.records && (grants.records || opensEverything) ? sealKey(publicKey, keys.records, `${id}:records`) : grants.records;
  return { desk: sealKey(publicKey, keys.desk, `${id}:desk`), records };
}

/**
 * What a slot's secret (its private key, or the old single key for a legacy slot) opens. Null
 * when the grants do not open with it: damage or tampering, reported as a wrong password.
 */
function opened(file: KeySlots, slot: AccountSlot | RecoverySlot | LegacyRecoverySlot, secret: Buffer): Unlocked | null {
  if (slot.kind === 'legacy-password' || slot.kind === 'legacy-recovery') {
    if (!file.databases) return { layout: 'combined', legacyKey: Buffer.from(secret) };
    if (!file.legacy) return null;
    const desk = unwrapKey(legacyKek(secret, 'desk'), file.legacy.desk, 'legacy:desk');
    const records = unwrapKey(legacyKek(secret, 'records'), file.legacy.records, 'legacy:records');
    if (!desk || !records) {
      desk?.fill(0);
      records?.fill(0);
      return null;
    }
    return { layout: 'split', keys: { desk, records }, legacySlot: true };
  }
  const desk = openSealedKey(secret, slot.publicKey, slot.grants.desk, `${slot.id}:desk`);
  const records = slot.grants.records ? openSealedKey(secret, slot.publicKey, slot.grants.records, `${slot.id}:records`) : null;
  if (!desk || (slot.grants.records && !records)) {
    desk?.fill(0);
    records?.fill(0);
    return null;
  }
  return { layout: 'split', keys: { desk, records }, legacySlot: false };
}

function legacyKek(legacyKey: Buffer, which: 'desk' | 'records'): Buffer {
  return Buffer.from(hkdfSync('sha256', legacyKey, Buffer.alloc(0), `lead-desk legacy ${which}`, 32));
}

function slotIdFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64')).update(username.trim().toLowerCase()).digest('hex').slice(0, 32);
}

function recoverySlotOpens(slot: RecoverySlot, typed: string): boolean {
  const secret = openRecoverySlot(slot, typed);
  secret?.fill(0);
  return secret !== null;
}

/** The slot's secret (its private key, or the old single key for a legacy slot), or null; the typed secret and the KEK are zeroed either way. */
function openRecoverySlot(slot: KeySlots['recovery'], typed: string): Buffer | null {
  if (slot.kind === 'none') return null;
  const secret = parseRecoveryKey(typed);
  const kek = secret ? deriveFromRecoveryKey(secret, slot.kdf) : null;
  secret?.fill(0);
  const key = kek ? unwrapKey(kek, slot.wrapped, 'recovery') : null;
  kek?.fill(0);
  return key;
}

function recoverySlot(keys: DeskKeys, recoveryKey: string): RecoverySlot {
  const secret = parseRecoveryKey(recoveryKey);
  if (!secret) throw new Error('Generated recovery key did not parse.');
  const kdf = newHkdfParams();
  const kek = deriveFromRecoveryKey(secret, kdf);
  secret.fill(0);
  const pair = newKeyPair();
  const wrapped = wrapKey(kek, pair.privateKey, 'recovery');
  kek.fill(0);
  pair.privateKey.fill(0);
  return { kind: 'recovery', id: 'recovery', kdf, wrapped, publicKey: pair.publicKey, grants: seal(pair.publicKey, 'recovery', keys) };
}
