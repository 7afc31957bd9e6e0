import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { migration0007 } from '../../../../electron/db/migrations/0007-meetings';
import { migration0008 } from '../../../../electron/db/migrations/0008-provider-directory';
import { MIGRATIONS } from '../../../../electron/db/migrations';
import { databaseAtVersion, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

/** Run on a single database at the version before (0007 applied), as `main`: the tables the records hold. */
describe('migration 0008: the provider directory', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0008');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
    db.transaction(() => migration0007.up(db, 'main'))();
    db.prepare(
      `INSERT INTO meetings (meets_on, since_on, state, created_by, created_at) VALUES ('2026-03-03', '2026-02-24', 'planned', 1, 'x')`,
    ).run();
    db.transaction(() => migration0008.up(db, 'main'))();
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  const stamps = `1, 'x', 1, 'x'`;
  const organization = (id: string) =>
    db
      .prepare(
        `INSERT INTO directory_organizations (id, name, created_by, created_at, updated_by, updated_at) VALUES (?, 'Sample Org (fictional)', ${stamps})`,
      )
      .run(id);
  const service = (id: string, organizationId: string, capacity: string | null = null) =>
    db
      .prepare(
        `INSERT INTO directory_services (id, organization_id, name, capacity, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 'Sample Service', ?, ${stamps})`,
      )
      .run(id, organizationId, capacity);
  const location = (id: string) =>
    db.prepare(`INSERT INTO directory_locations (id, created_by, created_at, updated_by, updated_at) VALUES (?, ${stamps})`).run(id);

  it('keeps the data it was given: the meeting planned before is still there', () => {
    expect(db.prepare(`SELECT count(*) FROM meetings`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM directory_services`).pluck().get()).toBe(0);
  });

  it('ties a service to its organization and a service at a location to both, once per pair', () => {
    organization('org-1');
    expect(() => service('svc-1', 'org-missing')).toThrow(/FOREIGN KEY/);
    service('svc-1', 'org-1', 'waitlist');
    expect(() => service('svc-2', 'org-1', 'plenty')).toThrow(/CHECK/);
    location('loc-1');
    const at = db.prepare(
      `INSERT INTO directory_service_at_locations (id, service_id, location_id, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 'loc-1', ${stamps})`,
    );
    at.run('sal-1', 'svc-1');
    expect(() => at.run('sal-2', 'svc-1')).toThrow(/UNIQUE/);
    expect(() => at.run('sal-3', 'svc-missing')).toThrow(/FOREIGN KEY/);
    expect(db.prepare(`SELECT walk_in, status FROM directory_services`).get()).toEqual({ walk_in: 0, status: 'active' });
    expect(() => db.prepare(`UPDATE directory_services SET moud = 2`).run()).toThrow(/CHECK/);
  });

  it('holds several opening windows a day, and a service’s needs once each', () => {
    organization('org-1');
    service('svc-1', 'org-1');
    const window = db.prepare(
      `INSERT INTO directory_schedules (id, service_id, freq, byday, opens_at, closes_at) VALUES (?, 'svc-1', 'WEEKLY', 'MO', ?, ?)`,
    );
    window.run('sch-1', '09:00', '12:00');
    window.run('sch-2', '13:00', '17:00');
    expect(db.prepare(`SELECT count(*) FROM directory_schedules WHERE byday = 'MO'`).pluck().get()).toBe(2);
    const need = db.prepare(`INSERT INTO directory_service_needs (service_id, need) VALUES ('svc-1', ?)`);
    need.run('housing');
    expect(() => need.run('housing')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare(`INSERT INTO directory_phones (id, service_id, number) VALUES ('ph-1', 'svc-1', '')`).run()).toThrow(/CHECK/);
  });
});
