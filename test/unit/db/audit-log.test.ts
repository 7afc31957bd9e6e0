import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAuditChain } from '../../../electron/db/tables/audit-log';
import type { Db } from '../../../electron/db/open-database';
import { databaseAtVersion } from '../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

describe('audit log', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('audit');
    db = databaseAtVersion(dir, 1);
    db.prepare(
      `INSERT INTO staff (id, username, display_name, role, created_at, updated_at) VALUES (1, 'avery', 'Avery Testwell', 'administrator', 'x', 'x')`,
    ).run();
    for (let i = 1; i <= 5; i += 1) {
      appendAudit(db, {
        at: `2026-03-0${i}T12:00:00.000Z`,
        actorId: i % 2 ? 1 : null,
        action: i % 2 ? 'staff.create' : 'signIn.failed',
        subjectType: 'staff',
        subjectId: String(i),
        detail: { n: i },
      });
    }
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  /** What someone with the key and a SQLite shell could do: drop the guards and edit. */
  function tamper(sql: string): void {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.exec(sql);
  }

  it('chains each entry to the one before', () => {
    expect(verifyAuditChain(db)).toEqual({ intact: true, entries: 5 });
  });

  it('finds an edited entry', () => {
    tamper(`UPDATE audit_log SET detail = '{"n":99}' WHERE id = 3`);
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 3, reason: expect.stringContaining('edited') });
  });

  it('finds a removed entry at the entry after it', () => {
    tamper('DELETE FROM audit_log WHERE id = 2');
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 3, reason: expect.stringContaining('removed') });
  });

  it('finds an entry whose hash was recomputed after an edit, at the next link', () => {
    tamper(`UPDATE audit_log SET hash = '${'a'.repeat(64)}', actor_id = NULL WHERE id = 4`);
    expect(verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: 4 });
  });

  it('lists newest first with the actor name, filtered and paged', () => {
    const all = listAudit(db, { limit: 100 });
    expect(all.entries.map((entry) => entry.id)).toEqual([5, 4, 3, 2, 1]);
    expect(all.entries[0]).toMatchObject({ actorName: 'Avery Testwell', action: 'staff.create', detail: { n: 5 } });
    expect(all.nextBeforeId).toBeNull();

    expect(listAudit(db, { limit: 100, action: 'signIn' }).entries.map((entry) => entry.id)).toEqual([4, 2]);
    expect(listAudit(db, { limit: 100, actorId: 1 }).entries.map((entry) => entry.id)).toEqual([5, 3, 1]);
    expect(
      listAudit(db, { limit: 100, from: '2026-03-02T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' }).entries.map((entry) => entry.id),
    ).toEqual([3, 2]);

    const first = listAudit(db, { limit: 2 });
    expect(first.entries.map((entry) => entry.id)).toEqual([5, 4]);
    expect(first.nextBeforeId).toBe(4);
    expect(listAudit(db, { limit: 2, beforeId: 4 }).entries.map((entry) => entry.id)).toEqual([3, 2]);
  });
});
