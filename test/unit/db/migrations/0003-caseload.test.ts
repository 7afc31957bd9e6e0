import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { databaseAtVersion, migrate, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

describe('migration 0003: caseload work', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0003');
    db = databaseAtVersion(dir, 2);
    seedParticipant(db);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('keeps participants, dating their current stage from their last change', () => {
    migrate(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT stage, stage_since FROM participants WHERE id = 1').get()).toEqual({
      stage: 'active',
      stage_since: '2026-02-03T10:00:00.000Z',
    });
  });

  it('keeps the contact-note index in step with the contacts', () => {
    migrate(db, 3);
    const insert = db.prepare(
      `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, note, created_by, created_at) VALUES (1, 'x', 'phone', 5, 'peer', ?, 1, 'x')`,
    );
    const id = Number(insert.run('Needs a ride to the clinic').lastInsertRowid);
    insert.run(null);
    db.prepare('UPDATE contacts SET note = ? WHERE note IS NULL').run('Phone was off');
    const search = (word: string) => db.prepare('SELECT rowid FROM contact_notes WHERE contact_notes MATCH ?').pluck().all(word);
    expect(search('clinic')).toEqual([id]);
    db.prepare('UPDATE contacts SET note = ? WHERE id = ?').run('Needs a ride to the pharmacy', id);
    expect(search('clinic')).toEqual([]);
    expect(search('pharmacy')).toEqual([id]);
    db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
    expect(search('pharmacy')).toEqual([]);
    // FTS5's own check compares the index with the contacts table and throws if they differ.
    expect(() => db.prepare(`INSERT INTO contact_notes (contact_notes, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('refuses kinds and statuses outside the lists, and rows for no participant', () => {
    migrate(db, 3);
    expect(() =>
      db
        .prepare(
          `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, created_by, created_at) VALUES (1, 'x', 'email', 5, 'peer', 1, 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO needs (referral_id, participant_id, need, status, updated_by, updated_at) VALUES (1, 1, 'housing', 'done', 1, 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO justice_events (participant_id, kind, occurred_on, description, created_by, created_at) VALUES (9, 'arrest', 'x', 'x', 1, 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO outcomes (participant_id, kind, value, observed_on, created_by, created_at) VALUES (1, 'mood', 'x', 'x', 1, 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
