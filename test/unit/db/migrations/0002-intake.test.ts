import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { appendAudit, verifyAuditChain } from '../../../../electron/db/tables/audit-log';
import { databaseAtVersion, migrate } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

describe('migration 0002: intake', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0002');
    db = databaseAtVersion(dir, 1);
    const insert = db.prepare(`INSERT INTO staff (id, username, display_name, role, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`);
    insert.run(1, 'casey', 'Casey Casework', 'case_manager');
    insert.run(2, 'pat', 'Pat Peerson', 'peer');
    insert.run(3, 'pim', 'Pim Peerlane', 'peer');
    db.prepare(`INSERT INTO settings (key, value) VALUES ('programName', '"Test LEAD"')`).run();
    appendAudit(db, { at: '2026-01-01T00:00:00.000Z', actorId: 1, action: 'staff.create' });
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('adds the intake tables and keeps what version 1 held', () => {
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'people_search_%' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'assessments',
        'consents',
        'drafts',
        'pairs',
        'participants',
        'people',
        'people_search',
        'person_aliases',
        'person_events',
        'referrals',
      ]),
    );
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(3);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'programName'`).pluck().get()).toBe('"Test LEAD"');
    expect(verifyAuditChain(db)).toEqual({ intact: true, entries: 1 });
  });

  it('lets a person work in only one active pair', () => {
    migrate(db, 2);
    db.prepare(`INSERT INTO pairs (case_manager_id, peer_id, created_at) VALUES (1, 2, 'x')`).run();
    expect(() => db.prepare(`INSERT INTO pairs (case_manager_id, peer_id, created_at) VALUES (1, 3, 'x')`).run()).toThrow(/UNIQUE/);
    db.prepare('UPDATE pairs SET active = 0').run();
    db.prepare(`INSERT INTO pairs (case_manager_id, peer_id, created_at) VALUES (1, 3, 'x')`).run();
  });

  it('refuses a stage outside the five, and a participant without a person', () => {
    migrate(db, 2);
    db.prepare(`INSERT INTO pairs (id, case_manager_id, peer_id, created_at) VALUES (1, 1, 2, 'x')`).run();
    db.prepare(`INSERT INTO people (id, name, name_key, created_at) VALUES (1, 'A', 'a', 'x')`).run();
    db.prepare(
      `INSERT INTO referrals (id, person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at) VALUES (1, 1, 'arrest_diversion', 'enrolled', 'x', '{}', 1, 'x', 'x')`,
    ).run();
    const participant = db.prepare(
      `INSERT INTO participants (person_id, referral_id, pair_id, stage, enrolled_at, updated_at) VALUES (?, 1, 1, ?, 'x', 'x')`,
    );
    expect(() => participant.run(1, 'failed')).toThrow(/CHECK/);
    expect(() => participant.run(99, 'active')).toThrow(/FOREIGN KEY/);
    participant.run(1, 'active');
  });
});
