import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { databaseAtVersion, migrate } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

describe('migration 0001: staff, settings and the audit log', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0001');
    db = databaseAtVersion(dir, 0);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('creates the tables from an empty database and sets the version', () => {
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(['audit_log', 'settings', 'staff']);
  });

  it('makes the audit log append-only', () => {
    migrate(db, 1);
    db.prepare(`INSERT INTO audit_log (at, action, prev_hash, hash) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'p', 'h')`).run();
    expect(() => db.prepare(`UPDATE audit_log SET action = 'y'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('refuses a staff role outside the four roles', () => {
    migrate(db, 1);
    expect(() =>
      db
        .prepare(`INSERT INTO staff (username, display_name, role, created_at, updated_at) VALUES ('a', 'A', 'officer', 'now', 'now')`)
        .run(),
    ).toThrow(/CHECK/);
  });

  it('leaves the database at version 0 when the migration fails part-way', () => {
    db.exec('CREATE TABLE staff (id INTEGER PRIMARY KEY)');
    expect(() => migrate(db, 1)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'settings'`).pluck().get()).toBe(0);
  });
});
