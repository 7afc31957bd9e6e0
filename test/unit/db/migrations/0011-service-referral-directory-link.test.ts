import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { SPLIT_MIGRATIONS, MIGRATIONS } from '../../../../electron/db/migrations';
import { migration0011 } from '../../../../electron/db/migrations/0011-service-referral-directory-link';
import { databaseAtVersion, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

/** A seeded version 10 database (the split's version, then 0007 to 0010, as `main`), migrated to 11. */
describe('migration 0011: a service referral links to the directory', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0011');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
    for (const migration of SPLIT_MIGRATIONS.filter((m) => m.version < migration0011.version)) {
      db.transaction(() => migration.up(db, 'main'))();
    }
    db.prepare(
      `INSERT INTO service_referrals (id, participant_id, referral_id, need, provider, referred_on, status, handoff, created_by, status_changed_at, updated_at)
       VALUES (3, 1, 1, 'housing', 'Sample Housing Services', '2026-02-01', 'sent', 'slip_only', 1, 'x', 'x')`,
    ).run();
    db.transaction(() => migration0011.up(db, 'main'))();
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('keeps a referral typed by name, unlinked, with its name', () => {
    expect(db.prepare('SELECT provider, service_at_location_id FROM service_referrals WHERE id = 3').get()).toEqual({
      provider: 'Sample Housing Services',
      service_at_location_id: null,
    });
  });

  it('links only to a service at a location the directory holds', () => {
    const link = (id: string) => db.prepare('UPDATE service_referrals SET service_at_location_id = ? WHERE id = 3').run(id);
    expect(() => link('sal-missing')).toThrow(/FOREIGN KEY/);
    const stamps = `1, 'x', 1, 'x'`;
    db.exec(`
      INSERT INTO directory_organizations (id, name, created_by, created_at, updated_by, updated_at) VALUES ('org-1', 'Sample Housing Services', ${stamps});
      INSERT INTO directory_services (id, organization_id, name, created_by, created_at, updated_by, updated_at) VALUES ('svc-1', 'org-1', 'Housing help', ${stamps});
      INSERT INTO directory_locations (id, organization_id, created_by, created_at, updated_by, updated_at) VALUES ('loc-1', 'org-1', ${stamps});
      INSERT INTO directory_service_at_locations (id, service_id, location_id, created_by, created_at, updated_by, updated_at) VALUES ('sal-1', 'svc-1', 'loc-1', ${stamps});
    `);
    link('sal-1');
    expect(db.prepare('SELECT service_at_location_id FROM service_referrals WHERE id = 3').pluck().get()).toBe('sal-1');
  });
});
