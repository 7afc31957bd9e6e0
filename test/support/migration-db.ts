import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { migrate } from '../../electron/db/migrate';
import { openDatabase, type Db } from '../../electron/db/open-database';
import { newDatabaseKey } from '../../electron/vault/vault';

/**
 * An encrypted database brought to `version` (0 = empty), for a migration test to seed and
 * then migrate one step with `migrate(db, version + 1)`.
 */
export function databaseAtVersion(dir: string, version: number): Db {
  const file = join(dir, 'lead-desk.db');
  const key = newDatabaseKey();
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

export { migrate, openDatabase };
