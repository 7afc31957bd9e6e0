import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LeadEvent } from '../shared/ipc/contract';
import type { Clock } from './clock';
import { daysSinceContact } from '../shared/domain/contact-age';
import { DESK_TIME_ZONE, localDate } from './local-date';
import type { AudienceScreen } from './meeting/audience-screen';
import type { Printer } from './print/printer';
import type { FolderChooser } from './directory/folder-chooser';
import { appendAudit, type AuditLog, type NewAuditEntry } from './db/tables/audit-log';
import { DatabaseProblem, damagedDatabase } from './db/database-problem';
import {
  attachRecords,
  databaseFiles,
  isDatabaseFile,
  SETUP_SCRATCH_FILE,
  detachRecords,
  LEGACY_DATABASE_FILE,
  openDeskDatabases,
  removeUnreferencedDatabases,
  rotateDatabaseFile,
  splitLegacyDatabase,
} from './db/desk-databases';
import { openDatabase, type Db } from './db/open-database';
import { listStaff } from './db/tables/staff';
import { startPageCheck, type PageCheck, type PageVerdict } from './db/page-check';
import { removeFileDurably, writeFileAtomic } from './fs-atomic';
import { UserError } from './ipc/user-error';
import { newSession, type Session } from './session';
import type { ScryptCost } from './vault/kdf';
import { readKeySlots, type Databases } from './vault/keyslots-file';
import { KeyVault, newDatabaseKey, newDeskKeys, zeroKeys, zeroUnlocked, type DeskKeys, type Unlocked } from './vault/vault';

export const KEYSLOTS_FILE = 'keyslots.json';
/** Left in the data folder when the database is found damaged, so every later start says so before sign-in. */
export const DAMAGED_MARKER_FILE = 'lead-desk.db.damaged';

export interface DeskOptions {
  dataDir: string;
  clock: Clock;
  scryptCost: ScryptCost;
  emit: (event: LeadEvent) => void;
  printer?: Printer;
  /** Where the provider directory's export goes (electron/directory/folder-chooser.ts). */
  folders?: FolderChooser;
  /** The meeting's shared screen, which the meetings service opens and closes. */
  audience?: AudienceScreen;
  /** A training desk: invented people only, in its own data folder, never exported. */
  training?: boolean;
  /** 'none' opens the database unencrypted: only the benchmarks do, to measure what encryption costs. */
  databaseCipher?: 'sqlcipher' | 'none';
}

/**
 * What the main process holds for one installed desk: the vault, the open database (only
 * while someone is signed in) and that person's session. Locking closes the database and
 * zeroes the key; nothing about the data stays in memory after that.
 */
export class Desk {
  readonly vault: KeyVault;
  readonly session: Session = newSession();
  private db: Db | null = null;
  private keys: DeskKeys | null = null;
  private damageFound = false;
  private runningCheck: PageCheck | null = null;
  /** The page check started at the last unlock, settled once its worker thread is gone; null before any unlock. */
  pageCheck: Promise<PageVerdict> | null = null;

  constructor(readonly options: DeskOptions) {
    this.vault = new KeyVault(join(options.dataDir, KEYSLOTS_FILE), options.clock, options.scryptCost);
  }

  get clock(): Clock {
    return this.options.clock;
  }

  now(): string {
    return this.options.clock.now().toISOString();
  }

  /** The calendar date at the desk: the one way services ask what day it is. */
  today(): string {
    return localDate(this.options.clock.now());
  }

  /** Calendar days at the desk since an instant (a last contact), or null when there was none. */
  daysSince(instant: string | null): number | null {
    return daysSinceContact(instant, this.options.clock.now(), DESK_TIME_ZONE);
  }

  /** The database file the key file names that is not in the data folder, or null when all are there. */
  missingDatabaseFile(): string | null {
    const databases = this.vault.databases();
    const names = databases ? [databases.desk, databases.records] : [LEGACY_DATABASE_FILE];
    return names.find((name) => !existsSync(join(this.options.dataDir, name))) ?? null;
  }

  /**
   * At start: database files the key file does not name are leftovers of an interrupted split or
   * rotation (or the old single database after a committed split), removed before anything reads
   * them. Without a readable key file nothing is touched: that is a problem to report, not tidy.
   */
  removeLeftoverDatabases(): void {
    const read = readKeySlots(join(this.options.dataDir, KEYSLOTS_FILE));
    if (read.status === 'ok') removeUnreferencedDatabases(this.options.dataDir, read.slots.databases);
  }

  /** Whether any database file is in the data folder: with no key file, a desk that lost it. */
  anyDatabaseFile(): boolean {
    return existsSync(this.options.dataDir) && readdirSync(this.options.dataDir).some(isDatabaseFile);
  }

  isOpen(): boolean {
    return this.db !== null;
  }

  /** The open database; a call that needs it while the desk is locked is refused. */
  requireDb(): Db {
    if (!this.db) throw new UserError('NOT_SIGNED_IN', 'LEAD Desk is locked. Sign in to continue.');
    return this.db;
  }

  requireKeys(): DeskKeys {
    if (!this.keys) throw new UserError('NOT_SIGNED_IN', 'LEAD Desk is locked. Sign in to continue.');
    return this.keys;
  }

  /** Whether this sign-in holds the records key (the records database is attached). */
  hasRecords(): boolean {
    return this.keys?.records != null;
  }

  /** The records key, for sealing it to an account; only a sign-in that holds it may give it. */
  requireRecordsKey(): Buffer {
    const records = this.requireKeys().records;
    if (!records) throw new UserError('FORBIDDEN', 'Your account does not hold the key to participant records.');
    return records;
  }

  /** True once the database was found damaged: in this run, or (by the marker file) in an earlier one. */
  isDamaged(): boolean {
    return this.damageFound || existsSync(join(this.options.dataDir, DAMAGED_MARKER_FILE));
  }

  /**
   * Stops all use of a damaged database: it is closed at once, so nothing more is written over
   * the damage, and the marker file makes every later start show the problem screen. The
   * marker holds only the time. If it cannot be written (a full or read-only drive), this run
   * still refuses, and the page check at the next unlock finds the damage again.
   */
  markDamaged(): void {
    this.damageFound = true;
    this.close();
    try {
      writeFileAtomic(join(this.options.dataDir, DAMAGED_MARKER_FILE), `${JSON.stringify({ foundAt: this.now() })}\n`);
    } catch {
      // Deliberately ignored: see above; the refusal does not depend on the marker.
    }
    // The renderer shows the problem screen now, not at whatever it next asks for.
    this.emit({ type: 'database.damaged', message: damagedDatabase().message });
  }

  /**
   * Opens what an unlock gave: the two databases, or the old single database, which is split
   * first. The desk owns the keys from here, and zeroes them on close. Then it files the sign-in
   * events that waited outside the database. The caller rewrites the slot it unlocked with, if
   * it is from before the split, and then calls settleOwedKeyWork.
   */
  open(unlocked: Unlocked): Db {
    this.close();
    if (this.isDamaged()) {
      zeroUnlocked(unlocked);
      throw damagedDatabase();
    }
    const keys = unlocked.layout === 'combined' ? this.splitLegacy(unlocked.legacyKey) : unlocked.keys;
    const db = this.openChecked(keys);
    this.db = db;
    this.keys = keys;
    this.fileSignInEvents(db);
    this.checkPagesInBackground();
    return db;
  }

  /**
   * A new desk's two databases: made as one under the migrations, then split as an upgraded
   * desk's are, so both take the same path. The key file written by the caller afterwards is
   * what makes them the desk (setup.ts).
   */
  createDatabases(keys: { desk: Buffer; records: Buffer }): Databases {
    const scratch = join(this.options.dataDir, SETUP_SCRATCH_FILE);
    const key = this.options.databaseCipher === 'none' ? null : newDatabaseKey();
    const db = openDatabase(scratch, key, { create: true, layout: 'legacy' });
    try {
      return splitLegacyDatabase(this.options.dataDir, db, key, keys);
    } finally {
      db.close();
      key?.fill(0);
      for (const suffix of ['', '-wal', '-shm']) removeFileDurably(`${scratch}${suffix}`);
    }
  }

  /** Opens a new desk's databases with both keys: only setup, which made them. */
  openNew(keys: DeskKeys): Db {
    this.close();
    this.db = this.openChecked(keys);
    this.keys = keys;
    return this.db;
  }

  /**
   * The first unlock after the upgrade: the old single database is split under two new keys and
   * the key file committed (docs/architecture.md, "The vault"). The old file is removed after.
   */
  private splitLegacy(legacyKey: Buffer): DeskKeys {
    const keys = newDeskKeys();
    const cipher = this.options.databaseCipher === 'none' ? null : legacyKey;
    let legacy: Db | null = null;
    try {
      legacy = openDatabase(join(this.options.dataDir, LEGACY_DATABASE_FILE), cipher, { create: false, layout: 'legacy' });
      const databases = splitLegacyDatabase(this.options.dataDir, legacy, cipher, keys);
      legacy.close();
      legacy = null;
      this.vault.commitSplit(databases, legacyKey, keys);
    } catch (error) {
      legacy?.close();
      zeroKeys(keys);
      if (error instanceof DatabaseProblem && error.problem === 'damaged') this.markDamaged();
      throw error;
    } finally {
      legacyKey.fill(0);
    }
    removeUnreferencedDatabases(this.options.dataDir, this.vault.databases());
    return keys;
  }

  /** Gives up the records key for the rest of this sign-in (an account whose role does not read them). */
  dropRecords(): void {
    if (!this.db || !this.keys?.records) return;
    detachRecords(this.db);
    this.keys.records.fill(0);
    this.keys.records = null;
  }

  /** Attaches the records with a key this sign-in just obtained (the first supervisor, with the recovery key). */
  takeRecords(recordsKey: Buffer): void {
    const db = this.requireDb();
    const databases = this.requireDatabases();
    this.dropRecords();
    attachRecords(db, databaseFiles(this.options.dataDir, databases).records, this.options.databaseCipher === 'none' ? null : recordsKey);
    this.requireKeys().records = recordsKey;
  }

  /**
   * Rotates the desk key, and the records key when this sign-in holds it: each database is copied
   * under its new key, the key file commits the switch in one write (sealing the new keys to every
   * remaining slot), and the connection reopens on the new files. A crash at any point leaves
   * either the old files and keys or the new ones (desk-databases.ts).
   */
  rotateKeys(which: { records: boolean }): void {
    const current = this.requireKeys();
    const rotateRecords = which.records && current.records !== null;
    // Without the records key this sign-in cannot rotate it: the next one that opens them does.
    if (which.records && !rotateRecords) this.vault.markRecordsRotationDue();
    const next: DeskKeys = { desk: newDatabaseKey(), records: rotateRecords ? newDatabaseKey() : null };
    let databases = this.requireDatabases();
    try {
      const plain = this.options.databaseCipher === 'none';
      databases = rotateDatabaseFile(this.options.dataDir, databases, 'desk', { current: plain ? null : current.desk, next: next.desk });
      if (rotateRecords)
        databases = rotateDatabaseFile(this.options.dataDir, databases, 'records', {
          current: plain ? null : current.records,
          next: next.records!,
        });
      this.vault.rotate(databases, next);
    } catch (error) {
      zeroKeys(next);
      removeUnreferencedDatabases(this.options.dataDir, this.vault.databases());
      throw error;
    }
    const kept = { desk: next.desk, records: rotateRecords ? next.records : current.records };
    this.reopen(kept, current, rotateRecords);
    removeUnreferencedDatabases(this.options.dataDir, databases);
  }

  private reopen(keys: DeskKeys, previous: DeskKeys, recordsRotated: boolean): void {
    this.runningCheck?.stop();
    this.runningCheck = null;
    this.db?.close();
    this.db = null;
    previous.desk.fill(0);
    if (recordsRotated) previous.records?.fill(0);
    this.keys = keys;
    this.db = this.openChecked(keys);
  }

  private requireDatabases(): Databases {
    const databases = this.vault.databases();
    if (!databases) throw new Error('The databases have not been split yet.');
    return databases;
  }

  /**
   * What the key file says is owed once someone holding the records key signs in: a records key
   * rotation, the recovery key's records grant. Called by the sign-in paths after they have
   * rewritten their own slot (a rotation drops slots from before the split).
   */
  settleOwedKeyWork(): void {
    if (!this.keys?.records) return;
    if (this.vault.recordsKeyRotationDue()) this.rotateKeys({ records: true });
    if (this.vault.recoveryKeyAwaitsRecords()) this.vault.completeRecoveryKey(this.keys.records!);
  }

  /** Closes the database, forgets the key and the session. Safe to call when already closed. */
  close(): void {
    this.runningCheck?.stop();
    this.runningCheck = null;
    this.db?.close();
    this.db = null;
    if (this.keys) zeroKeys(this.keys);
    this.keys = null;
    this.session.user = null;
    this.session.pendingRecoveryKey = null;
  }

  /**
   * Unlocking checked the key and the schema; every other page is read in a worker thread while
   * people work. Damage it finds shuts the desk as damage found in use does. A verdict that
   * arrives after a lock, or for an earlier unlock, is about a connection that is gone: ignored.
   */
  private checkPagesInBackground(): void {
    const keys = this.requireKeys();
    const files = databaseFiles(this.options.dataDir, this.requireDatabases());
    const plain = this.options.databaseCipher === 'none';
    const targets = [{ file: files.desk, key: plain ? null : keys.desk }];
    if (keys.records) targets.push({ file: files.records, key: plain ? null : keys.records });
    let check: PageCheck;
    try {
      check = startPageCheck(targets);
    } catch {
      // No thread to spare (the system's limit): the desk still works, and a damaged page is
      // still found when it is read; sign-in is not refused for the sake of the check.
      this.pageCheck = Promise.resolve('unchecked');
      return;
    }
    this.runningCheck = check;
    this.pageCheck = check.verdict.then((verdict) => {
      if (this.runningCheck !== check) return verdict;
      this.runningCheck = null;
      if (verdict === 'damaged') this.markDamaged();
      return verdict;
    });
  }

  private openChecked(keys: DeskKeys): Db {
    try {
      return openDeskDatabases(this.options.dataDir, this.requireDatabases(), keys, {
        unencrypted: this.options.databaseCipher === 'none',
      });
    } catch (error) {
      // The desk owns the keys from here: databases that do not open must not leave them behind.
      zeroKeys(keys);
      if (error instanceof DatabaseProblem && error.problem === 'damaged') this.markDamaged();
      throw error;
    }
  }

  audit(db: Db, entry: Omit<NewAuditEntry, 'at'> & { at?: string }, log: AuditLog = 'desk'): void {
    appendAudit(db, { at: this.now(), ...entry }, log);
  }

  emit(event: LeadEvent): void {
    this.options.emit(event);
  }

  private fileSignInEvents(db: Db): void {
    const events = this.vault.pendingSignInEvents();
    const overflow = this.vault.signInOverflow();
    if (events.length === 0 && Object.keys(overflow).length === 0) return;
    const staff = listStaff(db);
    const bySlot = new Map(this.vault.slotIdsFor(staff.map((member) => member.username)).map((id, i) => [id, staff[i]!.id]));
    db.transaction(() => {
      for (const event of events) {
        const staffId = event.slotId ? bySlot.get(event.slotId) : undefined;
        appendAudit(db, {
          at: event.at,
          actorId: null,
          action: event.kind,
          subjectType: staffId ? 'staff' : null,
          subjectId: staffId ? String(staffId) : null,
        });
      }
      // Events beyond what the key file lists one by one: one entry with their counts per kind.
      if (Object.keys(overflow).length > 0) {
        appendAudit(db, { at: this.now(), actorId: null, action: 'signIn.eventsCounted', detail: overflow });
      }
    })();
    this.vault.clearSignInEvents(events.length, overflow);
  }
}
