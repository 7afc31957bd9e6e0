import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LeadEvent } from '../shared/ipc/contract';
import type { Clock } from './clock';
import { daysSinceContact } from '../shared/domain/contact-age';
import { DESK_TIME_ZONE, localDate } from './local-date';
import type { Printer } from './print/printer';
import { appendAudit, type NewAuditEntry } from './db/audit-log';
import { DatabaseProblem, damagedDatabase } from './db/database-problem';
import { openDatabase, type Db } from './db/open-database';
import { startPageCheck, type PageCheck, type PageVerdict } from './db/page-check';
import { writeFileAtomic } from './fs-atomic';
import { UserError } from './ipc/user-error';
import { newSession, type Session } from './session';
import type { ScryptCost } from './vault/kdf';
import { KeyVault } from './vault/vault';

export const DATABASE_FILE = 'lead-desk.db';
export const KEYSLOTS_FILE = 'keyslots.json';
/** Left in the data folder when the database is found damaged, so every later start says so before sign-in. */
export const DAMAGED_MARKER_FILE = 'lead-desk.db.damaged';

export interface DeskOptions {
  dataDir: string;
  clock: Clock;
  scryptCost: ScryptCost;
  emit: (event: LeadEvent) => void;
  printer?: Printer;
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
  readonly databaseFile: string;
  readonly session: Session = newSession();
  private db: Db | null = null;
  private key: Buffer | null = null;
  private damageFound = false;
  private runningCheck: PageCheck | null = null;
  /** The page check started at the last unlock, settled once its worker thread is gone; null before any unlock. */
  pageCheck: Promise<PageVerdict> | null = null;

  constructor(readonly options: DeskOptions) {
    this.vault = new KeyVault(join(options.dataDir, KEYSLOTS_FILE), options.clock, options.scryptCost);
    this.databaseFile = join(options.dataDir, DATABASE_FILE);
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

  databaseExists(): boolean {
    return existsSync(this.databaseFile);
  }

  isOpen(): boolean {
    return this.db !== null;
  }

  /** The open database; a call that needs it while the desk is locked is refused. */
  requireDb(): Db {
    if (!this.db) throw new UserError('NOT_SIGNED_IN', 'LEAD Desk is locked. Sign in to continue.');
    return this.db;
  }

  requireKey(): Buffer {
    if (!this.key) throw new UserError('NOT_SIGNED_IN', 'LEAD Desk is locked. Sign in to continue.');
    return this.key;
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

  /** Opens the database with an unwrapped key, then files the sign-in events that waited outside it. */
  open(key: Buffer, options: { create: boolean }): Db {
    this.close();
    if (this.isDamaged()) {
      key.fill(0);
      throw damagedDatabase();
    }
    const db = this.openChecked(key, options);
    this.db = db;
    this.key = key;
    if (!options.create) {
      this.fileSignInEvents(db);
      this.checkPagesInBackground(key);
    }
    return db;
  }

  /** Closes the database, forgets the key and the session. Safe to call when already closed. */
  close(): void {
    this.runningCheck?.stop();
    this.runningCheck = null;
    this.db?.close();
    this.db = null;
    this.key?.fill(0);
    this.key = null;
    this.session.user = null;
    this.session.pendingRecoveryKey = null;
  }

  /**
   * Unlocking checked the key and the schema; every other page is read in a worker thread while
   * people work. Damage it finds shuts the desk as damage found in use does. A verdict that
   * arrives after a lock, or for an earlier unlock, is about a connection that is gone: ignored.
   */
  private checkPagesInBackground(key: Buffer): void {
    let check: PageCheck;
    try {
      check = startPageCheck(this.databaseFile, this.options.databaseCipher === 'none' ? null : key);
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

  private openChecked(key: Buffer, options: { create: boolean }): Db {
    try {
      return openDatabase(this.databaseFile, this.options.databaseCipher === 'none' ? null : key, options);
    } catch (error) {
      // The desk owns the key from here: a database that does not open must not leave it behind.
      key.fill(0);
      if (error instanceof DatabaseProblem && error.problem === 'damaged') this.markDamaged();
      throw error;
    }
  }

  audit(db: Db, entry: Omit<NewAuditEntry, 'at'> & { at?: string }): void {
    appendAudit(db, { at: this.now(), ...entry });
  }

  emit(event: LeadEvent): void {
    this.options.emit(event);
  }

  private fileSignInEvents(db: Db): void {
    const events = this.vault.pendingSignInEvents();
    const overflow = this.vault.signInOverflow();
    if (events.length === 0 && Object.keys(overflow).length === 0) return;
    const staff = db.prepare('SELECT id, username FROM staff').all() as { id: number; username: string }[];
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
