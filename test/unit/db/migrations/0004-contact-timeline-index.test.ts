import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { TIMELINE_CONTACTS } from '../../../../electron/db/tables/timeline';
import { databaseAtVersion, migrate, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

describe('migration 0004: contacts indexed for the timeline', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0004');
    db = databaseAtVersion(dir, 3);
    seedParticipant(db);
    const contact = db.prepare(
      `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, place, note, created_by, created_at) VALUES (1, ?, 'phone', 5, 'peer', ?, ?, 1, 'x')`,
    );
    contact.run('2026-03-01T10:00:00.000Z', 'Library steps', 'Needs a ride to the clinic');
    contact.run('2026-03-08T10:00:00.000Z', null, null);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((row) => row.detail).join('\n');

  it('answers the timeline from the index alone, with the contacts as they were', () => {
    const before = db.prepare(TIMELINE_CONTACTS).all(1);
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(plan(TIMELINE_CONTACTS)).toContain('USING COVERING INDEX contacts_timeline (participant_id=?)');
    expect(db.prepare(TIMELINE_CONTACTS).all(1)).toEqual(before);
  });

  it('answers the newest contact from it too, in place of the index it replaces', () => {
    migrate(db, 4);
    const newest = 'SELECT max(occurred_at) FROM contacts WHERE participant_id = ?';
    expect(plan(newest)).toContain('USING COVERING INDEX contacts_timeline (participant_id=?)');
    expect(db.prepare(newest).pluck().get(1)).toBe('2026-03-08T10:00:00.000Z');
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts'`).pluck().all();
    expect(indexes).toContain('contacts_timeline');
    expect(indexes).not.toContain('contacts_participant_time');
  });

  it('leaves the contact-note search whole', () => {
    migrate(db, 4);
    expect(db.prepare(`SELECT rowid FROM contact_notes WHERE contact_notes MATCH 'clinic'`).pluck().all()).toHaveLength(1);
    expect(() => db.prepare(`INSERT INTO contact_notes (contact_notes, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
