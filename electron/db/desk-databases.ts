import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { removeFileDurably, syncDirectory, syncFile } from '../fs-atomic';
import type { Databases } from '../vault/keyslots-file';
import type { DeskKeys } from '../vault/vault';
import { rewriteAuditWithoutFacts } from './tables/audit-log';
import { DatabaseProblem } from './database-problem';
import { DESK_TABLES } from './migrations';
import { schemaChanged } from './prepared';
import { openDatabase, openKeyed, prepareSchema, rawKey, type Db } from './open-database';

/**
 * The data folder holds two encrypted databases (docs/architecture.md, "The vault"):
 *   desk-N.db     staff, settings and the desk's audit log, under the desk key every account holds;
 *   records-N.db  everything about participants, and their audit log, under the records key.
 * A signed-in team member's connection opens the desk database as `main` and attaches the
 * records as `records`. SQLite looks an unqualified table name up in `main` first, then in the
 * attached database, so the services' SQL reads both without naming either.
 *
 * Before the split, one database (lead-desk.db) held everything under one key.
 */
export const LEGACY_DATABASE_FILE = 'lead-desk.db';
const RECORDS_SCHEMA = 'records';
const DATABASE_FILE_NAME = /^(desk|records)-[0-9]+\.db(-wal|-shm|-journal|\.next)?$/;
/** Where setup builds a new desk's schema before splitting it (Desk.createDatabases). */
export const SETUP_SCRATCH_FILE = `${LEGACY_DATABASE_FILE}.new`;
const LEGACY_FILE_NAME = /^lead-desk\.db(\.new)?(-wal|-shm|-journal)?$/;

/** Any file a database of either layout leaves in the data folder: itself, its -wal, -shm or -journal, a half-made copy. */
export function isDatabaseArtifact(name: string): boolean {
  return DATABASE_FILE_NAME.test(name) || LEGACY_FILE_NAME.test(name);
}

/** A database file of either layout (not its -wal, -shm or half-made siblings). */
export function isDatabaseFile(name: string): boolean {
  return name === LEGACY_DATABASE_FILE || /^(desk|records)-[0-9]+\.db$/.test(name);
}

export function databaseFiles(dataDir: string, databases: Databases): { desk: string; records: string } {
  return { desk: join(dataDir, databases.desk), records: join(dataDir, databases.records) };
}

/**
 * Opens the desk database, and the records when the key for them is given. `unencrypted` is for
 * the benchmarks only, which measure what encryption costs.
 */
export function openDeskDatabases(dataDir: string, databases: Databases, keys: DeskKeys, options: { unencrypted?: boolean } = {}): Db {
  const files = databaseFiles(dataDir, databases);
  const db = openDatabase(files.desk, options.unencrypted ? null : keys.desk, { create: false, layout: 'desk' });
  try {
    if (keys.records) attachRecords(db, files.records, options.unencrypted ? null : keys.records);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Attaches the records database, keyed from bytes as openDatabase keys `main` (ATTACH takes the
 * key as a bound blob, in the same 'raw:' form), and checks it is readable and not newer.
 */
export function attachRecords(db: Db, file: string, key: Buffer | null): void {
  if (!existsSync(file)) throw new DatabaseProblem('missing', `The records database (${basename(file)}) is missing from the data folder.`);
  const raw = key ? rawKey(key) : null;
  try {
    if (raw) db.prepare(`ATTACH DATABASE ? AS ${RECORDS_SCHEMA} KEY ?`).run(file, raw);
    else db.prepare(`ATTACH DATABASE ? AS ${RECORDS_SCHEMA}`).run(file);
  } finally {
    raw?.fill(0);
  }
  schemaChanged(db);
  try {
    prepareSchema(db, RECORDS_SCHEMA, 'records');
    knowStaffInRecords(db);
  } catch (error) {
    detachRecords(db);
    throw error;
  }
}

/**
 * Copies the ids of accounts made since the records were last open (an administrator's, without
 * the records key) into the records' table of staff ids, which their foreign keys refer to.
 */
export function knowStaffInRecords(db: Db): void {
  db.prepare(`INSERT OR IGNORE INTO ${RECORDS_SCHEMA}.staff (id) SELECT id FROM main.staff`).run();
}

export function detachRecords(db: Db): void {
  if (!recordsAttached(db)) return;
  db.prepare(`DETACH DATABASE ${RECORDS_SCHEMA}`).run();
  schemaChanged(db);
}

export function recordsAttached(db: Db): boolean {
  return (db.pragma('database_list') as { name: string }[]).some((entry) => entry.name === RECORDS_SCHEMA);
}

/**
 * Splits the old single database into the two, under new keys. Both are written under
 * temporary names, emptied of what is not theirs, vacuumed (so no freed page keeps the other
 * half's rows) and rekeyed; nothing refers to them until the caller commits the key file. A crash
 * before that leaves the old database as it was, and the half-made files are removed at the next
 * start (removeUnreferencedDatabases).
 */
export function splitLegacyDatabase(
  dataDir: string,
  legacyDb: Db,
  legacyKey: Buffer | null,
  keys: { desk: Buffer; records: Buffer },
): Databases {
  const databases: Databases = { desk: 'desk-1.db', records: 'records-1.db', generation: 1 };
  const files = databaseFiles(dataDir, databases);
  const desk = copyWithKey(legacyDb, 'main', `${files.desk}.next`, legacyKey, keys.desk, (copy) => {
    for (const table of tablesOf(copy)) if (!DESK_TABLES.includes(table)) copy.exec(`DROP TABLE IF EXISTS "${table}"`);
    rewriteAuditWithoutFacts(copy);
  });
  const records = copyWithKey(legacyDb, 'main', `${files.records}.next`, legacyKey, keys.records, (copy) => {
    copy.exec(`DROP TABLE settings`);
    keepOnlyStaffIds(copy);
  });
  renameSync(desk, files.desk);
  renameSync(records, files.records);
  syncDirectory(dataDir);
  return databases;
}

/**
 * Writes a rotated copy of one database under a new generation's name: the caller commits the
 * key file, then reopens. `schema` is 'main' for the desk database or 'records'.
 */
export function rotateDatabaseFile(
  dataDir: string,
  databases: Databases,
  which: 'desk' | 'records',
  keys: { current: Buffer | null; next: Buffer },
): Databases {
  const generation = databases.generation + 1;
  const next: Databases = { ...databases, [which]: `${which}-${generation}.db`, generation };
  const file = join(dataDir, next[which]);
  // A connection of its own: VACUUM INTO from an attached database would write the copy under
  // the key of the connection's main database, not its own.
  const source = openKeyed(join(dataDir, databases[which]), keys.current, { create: false });
  try {
    const written = copyWithKey(source, 'main', `${file}.next`, keys.current, keys.next, () => {});
    renameSync(written, file);
  } finally {
    source.close();
  }
  syncDirectory(dataDir);
  return next;
}

/**
 * Removes database files the key file does not name: the old single database once the split is
 * committed, the superseded generation after a rotation, and half-made files from an interrupted
 * split or rotation. Before the split (`databases` null) nothing but lead-desk.db is in use.
 */
export function removeUnreferencedDatabases(dataDir: string, databases: Databases | null): void {
  const inUse = databases ? [databases.desk, databases.records] : [LEGACY_DATABASE_FILE];
  for (const name of readdirSync(dataDir)) {
    const legacy = databases && (name === LEGACY_DATABASE_FILE || name.startsWith(`${LEGACY_DATABASE_FILE}-`));
    const generated =
      DATABASE_FILE_NAME.test(name) && !inUse.some((file) => name === file || name === `${file}-wal` || name === `${file}-shm`);
    if (legacy || generated) removeFileDurably(join(dataDir, name));
  }
}

/**
 * VACUUM INTO a temporary file (same key as the source), trimmed by `trim`, vacuumed again so
 * freed pages are gone, then rekeyed: every page is rewritten under the new key.
 */
function copyWithKey(source: Db, schema: string, target: string, sourceKey: Buffer | null, key: Buffer, trim: (copy: Db) => void): string {
  rmSync(target, { force: true });
  try {
    source.prepare(`VACUUM ${schema} INTO ?`).run(target);
    const copy = openKeyed(target, sourceKey, { create: false });
    try {
      // The trim drops tables other rows still point at; better-sqlite3 turns foreign keys on.
      copy.pragma('foreign_keys = OFF');
      // Nothing refers to the copy until it is flushed whole (below) and the key file names it:
      // a crash meanwhile only leaves a file that is removed at the next start.
      copy.pragma('journal_mode = MEMORY');
      copy.pragma('synchronous = OFF');
      trim(copy);
      copy.exec('VACUUM');
      // An unencrypted source (the benchmarks' comparison) stays unencrypted.
      if (sourceKey) {
        const raw = rawKey(key);
        try {
          copy.rekey(raw);
        } finally {
          raw.fill(0);
        }
      }
    } finally {
      copy.close();
    }
    syncFile(target);
    return target;
  } catch (error) {
    rmSync(target, { force: true });
    rmSync(`${target}-journal`, { force: true });
    throw error;
  }
}

function tablesOf(db: Db): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE TABLE ''%'`)
    .pluck()
    .all() as string[];
}

/**
 * The records keep a `staff` table of ids only, for their foreign keys (SQLite's foreign keys
 * cannot reach another database): names, usernames and roles stay in the desk database, which an
 * unqualified `staff` reaches first.
 */
function keepOnlyStaffIds(db: Db): void {
  db.exec(`
    CREATE TABLE staff_ids (id INTEGER PRIMARY KEY) STRICT;
    INSERT INTO staff_ids (id) SELECT id FROM staff;
    DROP TABLE staff;
    ALTER TABLE staff_ids RENAME TO staff;
  `);
}
