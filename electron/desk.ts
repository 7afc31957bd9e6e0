import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LeadEvent } from '../shared/ipc/contract';
import type { Clock } from './clock';
import { daysSinceContact } from '../shared/domain/contact-age';
import { DESK_TIME_ZONE, localDate } from './local-date';
import type { Printer } from './print/printer';
import { appendAudit, type NewAuditEntry } from './db/audit-log';
import { openDatabase, type Db } from './db/open-database';
import { UserError } from './ipc/user-error';
import { newSession, type Session } from './session';
import type { ScryptCost } from './vault/kdf';
import { KeyVault } from './vault/vault';

export const DATABASE_FILE = 'lead-desk.db';
export const KEYSLOTS_FILE = 'keyslots.json';

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

  /** Opens the database with an unwrapped key, then files the sign-in events that waited outside it. */
  open(key: Buffer, options: { create: boolean }): Db {
    this.close();
    let db: Db;
    try {
      db = openDatabase(this.databaseFile, this.options.databaseCipher === 'none' ? null : key, options);
    } catch (error) {
      // The desk owns the key from here: a database that does not open must not leave it behind.
      key.fill(0);
      throw error;
    }
    this.db = db;
    this.key = key;
    if (!options.create) this.fileSignInEvents(db);
    return db;
  }

  /** Closes the database, forgets the key and the session. Safe to call when already closed. */
  close(): void {
    this.db?.close();
    this.db = null;
    this.key?.fill(0);
    this.key = null;
    this.session.user = null;
    this.session.pendingRecoveryKey = null;
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
