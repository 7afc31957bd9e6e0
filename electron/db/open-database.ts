import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { DatabaseProblem, damagedDatabase } from './database-problem';
import { migrate, migrateSplit } from './migrate';

export type Db = Database.Database;

/**
 * Opens (or creates) the encrypted database: SQLCipher v4 compatible (AES-256, page HMACs),
 * keyed with the raw 32-byte key so opening costs no key derivation. A key of null opens the
 * same schema unencrypted; only the benchmarks do that, to measure what encryption costs.
 *
 * Nothing is written before the key, the schema and the version are known to be good, so a
 * wrong key, a damaged file or a database from a newer LEAD Desk leaves the data folder as it was.
 * Every other page is checked after unlock, in the background (page-check.ts): reading them all
 * takes about 13 ms per MB, seconds on a database of a few hundred MB.
 */
export function openDatabase(file: string, key: Buffer | null, options: { create: boolean; layout: 'legacy' | 'desk' }): Db {
  if (!options.create && !existsSync(file)) {
    throw new DatabaseProblem('missing', `The database file (${basename(file)}) is missing from the data folder.`);
  }
  const db = openKeyed(file, key, { create: options.create });
  try {
    db.pragma('foreign_keys = ON');
    // Temporary tables and indexes stay in memory: SQLite's temp files would not be encrypted.
    db.pragma('temp_store = MEMORY');
    prepareSchema(db, 'main', options.layout);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A connection keyed and checked readable, nothing else set: for copies being made (desk-databases.ts). */
export function openKeyed(file: string, key: Buffer | null, options: { create: boolean }): Db {
  const db = new Database(file, { fileMustExist: !options.create });
  try {
    if (key) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      const raw = rawKey(key);
      try {
        db.key(raw);
      } finally {
        raw.fill(0);
      }
    }
    checkReadable(db, 'main');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Journal, durability, cache and schema for one database of a connection: `main`, or the
 * attached records. A legacy database is migrated up to the split; the split ones by their own
 * list (electron/db/migrations/index.ts, SPLIT_MIGRATIONS).
 */
export function prepareSchema(db: Db, schema: 'main' | 'records', layout: 'legacy' | 'desk' | 'records'): void {
  if (schema !== 'main') checkReadable(db, schema);
  db.pragma(`${schema}.journal_mode = WAL`);
  db.pragma(`${schema}.synchronous = FULL`);
  // Every page read from the file is decrypted and its HMAC checked; 64 MB of decrypted pages
  // kept in memory (SQLite's default is 2 MB) spares that for the records people go back to.
  // The cache goes with the connection when the desk locks.
  db.pragma(`${schema}.cache_size = -64000`);
  if (layout === 'legacy') migrate(db);
  else migrateSplit(db, schema, layout);
}

/** SQLite3MultipleCiphers' form for a raw key: the same key as SQLCipher's x'…' form, unhashed. */
const RAW_KEY_PREFIX = Buffer.from('raw:', 'ascii');

/**
 * The key's bytes in the form the cipher takes, in a buffer the caller zeroes straight after
 * keying (db.key, db.rekey, or ATTACH's bound KEY): a PRAGMA would need the key as a hex string,
 * and a V8 string cannot be wiped, only left for the garbage collector. SQLite3MultipleCiphers
 * keeps the page keys in its cipher context until the connection closes, and wipes them then
 * (FreeSQLCipherCipher); that copy is out of JavaScript's reach.
 */
export function rawKey(key: Buffer): Buffer {
  const raw = Buffer.alloc(RAW_KEY_PREFIX.length + key.length);
  RAW_KEY_PREFIX.copy(raw);
  key.copy(raw, RAW_KEY_PREFIX.length);
  return raw;
}

function checkReadable(db: Db, schema: string): void {
  try {
    db.prepare(`SELECT count(*) FROM ${schema}.sqlite_master`).get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new DatabaseProblem(
        'wrong-key-or-damaged',
        'The database could not be decrypted: the file is damaged or does not belong to this key file.',
      );
    }
    if (code === 'SQLITE_CORRUPT') throw damagedDatabase();
    throw error;
  }
}
