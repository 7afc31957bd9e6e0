import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { migration0007 } from '../../../../electron/db/migrations/0007-meetings';
import { migration0008 } from '../../../../electron/db/migrations/0008-provider-directory';
import { migration0009 } from '../../../../electron/db/migrations/0009-service-referral-lifecycle';
import { MIGRATIONS } from '../../../../electron/db/migrations';
import { databaseAtVersion, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

/** A seeded version 8 database (the split's version, then 0007 and 0008, as `main`), migrated to 9. */
describe('migration 0009: the service referral lifecycle', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0009');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
    db.transaction(() => migration0007.up(db, 'main'))();
    db.transaction(() => migration0008.up(db, 'main'))();
    const old = db.prepare(
      `INSERT INTO service_referrals (id, participant_id, referral_id, need, provider, referred_on, status, created_by, updated_at)
       VALUES (?, 1, 1, ?, ?, '2026-02-01', ?, 1, ?)`,
    );
    old.run(4, 'housing', 'Sample Housing Services', 'open', '2026-02-02T15:00:00.000Z');
    old.run(7, 'treatment', 'Sample Recovery Clinic', 'connected', '2026-02-03T15:00:00.000Z');
    old.run(9, 'benefits', 'Sample Benefits Office', 'closed', '2026-02-04T15:00:00.000Z');
    db.transaction(() => migration0009.up(db, 'main'))();
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('keeps every row and id: open is sent, connected is closed with got help, closed has no outcome recorded', () => {
    expect(
      db
        .prepare('SELECT id, provider, status, outcome, handoff, migrated_from, status_changed_at FROM service_referrals ORDER BY id')
        .all(),
    ).toEqual([
      {
        id: 4,
        provider: 'Sample Housing Services',
        status: 'sent',
        outcome: null,
        handoff: null,
        migrated_from: 'open',
        status_changed_at: '2026-02-02T15:00:00.000Z',
      },
      {
        id: 7,
        provider: 'Sample Recovery Clinic',
        status: 'closed',
        outcome: 'got_help',
        handoff: null,
        migrated_from: 'connected',
        status_changed_at: '2026-02-03T15:00:00.000Z',
      },
      {
        id: 9,
        provider: 'Sample Benefits Office',
        status: 'closed',
        outcome: null,
        handoff: null,
        migrated_from: 'closed',
        status_changed_at: '2026-02-04T15:00:00.000Z',
      },
    ]);
  });

  it('gives each migrated row one event saying it was migrated', () => {
    expect(
      db.prepare('SELECT service_referral_id, from_status, to_status, outcome, source, staff_id, at FROM service_referral_events').all(),
    ).toEqual([
      {
        service_referral_id: 4,
        from_status: null,
        to_status: 'sent',
        outcome: null,
        source: 'migrated',
        staff_id: null,
        at: '2026-02-02T15:00:00.000Z',
      },
      {
        service_referral_id: 7,
        from_status: null,
        to_status: 'closed',
        outcome: 'got_help',
        source: 'migrated',
        staff_id: null,
        at: '2026-02-03T15:00:00.000Z',
      },
      {
        service_referral_id: 9,
        from_status: null,
        to_status: 'closed',
        outcome: null,
        source: 'migrated',
        staff_id: null,
        at: '2026-02-04T15:00:00.000Z',
      },
    ]);
  });

  const insert = (fields: { status: string; outcome?: string | null; handoff?: string | null; appointment?: string | null }) =>
    db
      .prepare(
        `INSERT INTO service_referrals (participant_id, referral_id, need, provider, referred_on, status, outcome, handoff, appointment_at, created_by, status_changed_at, updated_at)
         VALUES (1, 1, 'housing', 'Sample Shelter (fictional)', '2026-03-01', ?, ?, ?, ?, 2, 'x', 'x')`,
      )
      .run(fields.status, fields.outcome ?? null, fields.handoff === undefined ? 'slip_only' : fields.handoff, fields.appointment ?? null);

  it('holds a new row to the lifecycle: a closed one has an outcome, a handoff is required, an appointment comes with scheduling', () => {
    insert({ status: 'sent' });
    insert({ status: 'closed', outcome: 'no_capacity' });
    insert({ status: 'scheduled', appointment: '2026-03-04T10:00:00-05:00' });
    expect(() => insert({ status: 'open' })).toThrow(/CHECK/);
    expect(() => insert({ status: 'closed' })).toThrow(/CHECK/);
    expect(() => insert({ status: 'sent', outcome: 'got_help' })).toThrow(/CHECK/);
    expect(() => insert({ status: 'closed', outcome: 'fine' })).toThrow(/CHECK/);
    expect(() => insert({ status: 'sent', handoff: null })).toThrow(/CHECK/);
    expect(() => insert({ status: 'sent', handoff: 'carrier_pigeon' })).toThrow(/CHECK/);
    expect(() => insert({ status: 'attended' })).toThrow(/CHECK/);
  });

  it('records events by a staff member with a source; a decline has a reason, a close an outcome', () => {
    const event = db.prepare(
      `INSERT INTO service_referral_events (service_referral_id, from_status, to_status, reason, outcome, source, staff_id, at) VALUES (4, 'sent', ?, ?, ?, ?, ?, 'x')`,
    );
    event.run('declined', 'No beds this month', null, 'provider_phone', 1);
    event.run('closed', null, 'not_eligible', 'participant', 2);
    expect(() => event.run('declined', null, null, 'peer', 1)).toThrow(/CHECK/);
    expect(() => event.run('closed', null, null, 'peer', 1)).toThrow(/CHECK/);
    expect(() => event.run('accepted', null, null, 'peer', null)).toThrow(/CHECK/);
    expect(() => event.run('accepted', null, null, 'fax', 1)).toThrow(/CHECK/);
    expect(() => event.run('accepted', null, null, 'peer', 99)).toThrow(/FOREIGN KEY/);
  });
});
