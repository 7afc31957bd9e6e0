import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { migration0006 } from '../../../../electron/db/migrations/0006-pair-covers';
import { databaseAtVersion, migrate, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

describe('migration 0006: pair covers', () => {
  const { version } = migration0006;
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0006');
    db = databaseAtVersion(dir, version - 1);
    seedParticipant(db);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  const cover = (staffId: number, on: string, reason = 'Covering while the pair is at court') =>
    db
      .prepare(`INSERT INTO pair_covers (staff_id, pair_id, covered_on, reason, started_at) VALUES (?, 1, ?, ?, 'x')`)
      .run(staffId, on, reason);

  it('adds the covers table and keeps the participants', () => {
    migrate(db, version);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    cover(2, '2026-03-01');
    expect(db.prepare('SELECT count(*) FROM pair_covers').pluck().get()).toBe(1);
    expect(db.prepare('SELECT pair_id FROM participants WHERE id = 1').pluck().get()).toBe(1);
  });

  it('holds one cover per person, pair and day, each with a reason and a real staff member', () => {
    migrate(db, version);
    cover(2, '2026-03-01');
    expect(() => cover(2, '2026-03-01')).toThrow(/UNIQUE/);
    cover(2, '2026-03-02');
    expect(() => cover(2, '2026-03-03', '')).toThrow(/CHECK/);
    expect(() => cover(99, '2026-03-03')).toThrow(/FOREIGN KEY/);
  });
});
