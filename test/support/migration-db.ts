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

/**
 * Two staff in pair 1, and Jordan Testcase enrolled with them as participant 1: the rows the
 * caseload migrations (version 2 onwards) build on.
 */
export function seedParticipant(db: Db): void {
  const staff = db.prepare(`INSERT INTO staff (id, username, display_name, role, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`);
  staff.run(1, 'casey', 'Casey Casework', 'case_manager');
  staff.run(2, 'pat', 'Pat Peerson', 'peer');
  db.prepare(`INSERT INTO pairs (id, case_manager_id, peer_id, created_at) VALUES (1, 1, 2, 'x')`).run();
  db.prepare(`INSERT INTO people (id, name, name_key, created_at) VALUES (1, 'Jordan Testcase', 'jordan testcase', 'x')`).run();
  db.prepare(
    `INSERT INTO referrals (id, person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at)
     VALUES (1, 1, 'arrest_diversion', 'enrolled', 'x', '{}', 1, 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO participants (id, person_id, referral_id, pair_id, stage, enrolled_at, updated_at)
     VALUES (1, 1, 1, 1, 'active', '2026-01-02T10:00:00.000Z', '2026-02-03T10:00:00.000Z')`,
  ).run();
}

export { migrate, openDatabase };
