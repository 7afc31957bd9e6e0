import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { migration0007 } from '../../../../electron/db/migrations/0007-meetings';
import { MIGRATIONS } from '../../../../electron/db/migrations';
import { databaseAtVersion, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

/** The SQL is run on a single database at the split's version, as `main`: the same tables the records hold. */
describe('migration 0007: meetings', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0007');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
    db.transaction(() => migration0007.up(db, 'main'))();
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  const meeting = (state: string, on = '2026-03-03') =>
    db
      .prepare(`INSERT INTO meetings (meets_on, since_on, state, created_by, created_at) VALUES (?, '2026-02-24', ?, 1, 'x')`)
      .run(on, state).lastInsertRowid as number;

  it('holds one open meeting at a time, and any number of closed ones', () => {
    meeting('closed', '2026-02-17');
    meeting('closed', '2026-02-24');
    meeting('planned');
    expect(() => meeting('running')).toThrow(/UNIQUE/);
    expect(() => meeting('archived')).toThrow(/CHECK/);
  });

  it('makes an item about a participant or a referral, never both or neither, once per meeting', () => {
    const id = meeting('planned');
    const item = db.prepare(`INSERT INTO meeting_items (meeting_id, participant_id, referral_id, position) VALUES (?, ?, ?, ?)`);
    item.run(id, 1, null, 1);
    expect(() => item.run(id, 1, null, 2)).toThrow(/UNIQUE/);
    expect(() => item.run(id, null, null, 3)).toThrow(/CHECK/);
    expect(() => item.run(id, 1, 1, 4)).toThrow(/CHECK/);
    item.run(id, null, 1, 5);
    expect(() => item.run(id, 99, null, 6)).toThrow(/FOREIGN KEY/);
    expect(db.prepare(`SELECT classification FROM meeting_items WHERE participant_id = 1`).pluck().get()).toBe('progress');
  });

  it('records attendees, actions owned by staff, and disclosures at a share level', () => {
    const id = meeting('running');
    db.prepare(`INSERT INTO meeting_items (id, meeting_id, participant_id, position) VALUES (10, ?, 1, 1)`).run(id);
    db.prepare(
      `INSERT INTO meeting_attendees (meeting_id, name, recipient, acknowledged_at, joined_at) VALUES (?, 'Officer Sample', '{"kind":"police"}', 'x', 'x')`,
    ).run(id);
    expect(() =>
      db.prepare(`INSERT INTO meeting_attendees (meeting_id, name, acknowledged_at, joined_at) VALUES (?, '', 'x', 'x')`).run(id),
    ).toThrow(/CHECK/);
    const action = db.prepare(
      `INSERT INTO meeting_actions (meeting_id, item_id, what, owner_id, due_on, created_by, created_at) VALUES (?, 10, ?, ?, '2026-03-10', 1, 'x')`,
    );
    action.run(id, 'Call the clinic about an intake slot', 2);
    expect(() => action.run(id, 'Nobody owns this', 99)).toThrow(/FOREIGN KEY/);
    const shown = db.prepare(
      `INSERT INTO meeting_disclosures (meeting_id, item_id, participant_id, medium, at, level, agencies, consent_ids) VALUES (?, 10, 1, 'screen', 'x', ?, '[]', '[]')`,
    );
    shown.run(id, 'status');
    expect(() => shown.run(id, 'everything')).toThrow(/CHECK/);
  });

  it('marks no existing outcome as a win to share', () => {
    db.prepare(
      `INSERT INTO outcomes (participant_id, kind, value, observed_on, created_by, created_at) VALUES (1, 'housing', 'rented', '2026-03-01', 1, 'x')`,
    ).run();
    expect(db.prepare(`SELECT shared_as_win FROM outcomes`).pluck().get()).toBe(0);
    expect(() => db.prepare(`UPDATE outcomes SET shared_as_win = 2`).run()).toThrow(/CHECK/);
  });
});
