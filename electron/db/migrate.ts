import type Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseProblem } from './database-problem';
import { MIGRATIONS, SPLIT_MIGRATIONS } from './migrations';

/**
 * Brings the schema to the newest version: each pending migration runs in one transaction
 * with its `user_version` bump, so a failure leaves the database at the version before it.
 */
export function migrate(db: Database.Database, target = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new DatabaseProblem(
      'newer-version',
      `This database was written by a newer version of LEAD Desk (schema ${current}; this version knows ${MIGRATIONS.length}). Install the newer version to open it.`,
    );
  }
  for (const migration of MIGRATIONS.slice(current, target)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** The schema version both databases start from: the old single database's, when it was split. */
const SPLIT_AT = MIGRATIONS.length;

/**
 * Checks a split database is not newer than this LEAD Desk and brings it up to date: its
 * `user_version` goes on from SPLIT_AT by one for each of the migrations naming it, each run in
 * one transaction with its bump. Only the database named is touched, so a sign-in without the
 * records key migrates the desk database alone, and the records wait for someone who holds it.
 */
export function migrateSplit(db: Database.Database, schema: 'main' | 'records', layout: 'desk' | 'records'): void {
  const mine = SPLIT_MIGRATIONS.filter((migration) => migration.target === layout);
  const current = db.pragma(`${schema}.user_version`, { simple: true }) as number;
  const known = SPLIT_AT + mine.length;
  if (current > known) {
    throw new DatabaseProblem(
      'newer-version',
      `This database was written by a newer version of LEAD Desk (schema ${current}; this version knows ${known}). Install the newer version to open it.`,
    );
  }
  const done = Math.max(0, current - SPLIT_AT);
  mine.slice(done).forEach((migration, index) => {
    db.transaction(() => {
      migration.up(db, schema);
      db.pragma(`${schema}.user_version = ${SPLIT_AT + done + index + 1}`);
    })();
  });
}
