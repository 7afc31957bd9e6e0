import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateSplit } from '../../../electron/db/migrate';
import { MIGRATIONS, SPLIT_MIGRATIONS } from '../../../electron/db/migrations';
import type { Db } from '../../../electron/db/open-database';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../support/migration-db';

/** Two databases on one connection at the split's version, the second attached as `records`, as a sign-in opens them. */
describe('migrations after the split', () => {
  let dir: string;
  let db: Db;
  const version = (schema: string) => db.pragma(`${schema}.user_version`, { simple: true }) as number;
  const tables = (schema: string) => db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).pluck().all();

  beforeEach(() => {
    dir = makeDataDir('split-migrate');
    // Unencrypted: the keys are not what this tests (electron/db/desk-databases.ts attaches keyed).
    const records = new Database(join(dir, 'records.db'));
    migrate(records, MIGRATIONS.length);
    records.close();
    db = new Database(join(dir, 'desk.db'));
    migrate(db, MIGRATIONS.length);
    db.prepare(`ATTACH DATABASE ? AS records`).run(join(dir, 'records.db'));
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('numbers them on from the single database, each naming the database it changes', () => {
    SPLIT_MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe(MIGRATIONS.length + index + 1);
      expect(['desk', 'records']).toContain(migration.target);
    });
  });

  it('changes only the database each one names, in that database', () => {
    migrateSplit(db, 'records', 'records');
    migrateSplit(db, 'main', 'desk');
    const recordsKnow = MIGRATIONS.length + SPLIT_MIGRATIONS.filter((m) => m.target === 'records').length;
    expect(version('records')).toBe(recordsKnow);
    expect(version('main')).toBe(MIGRATIONS.length + SPLIT_MIGRATIONS.filter((m) => m.target === 'desk').length);
    expect(tables('records')).toContain('meetings');
    expect(tables('main')).not.toContain('meetings');
    // Running again finds nothing to do.
    migrateSplit(db, 'records', 'records');
    expect(version('records')).toBe(recordsKnow);
  });

  it('refuses a database a newer LEAD Desk wrote, and changes nothing', () => {
    const newer = MIGRATIONS.length + SPLIT_MIGRATIONS.length + 1;
    db.pragma(`records.user_version = ${newer}`);
    expect(() => migrateSplit(db, 'records', 'records')).toThrow(/newer version of LEAD Desk/);
    expect(version('records')).toBe(newer);
    expect(tables('records')).not.toContain('meetings');
  });
});
