import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { migration0010 } from '../../../../electron/db/migrations/0010-staff-work-phone';
import { MIGRATIONS } from '../../../../electron/db/migrations';
import { databaseAtVersion, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

/** The SQL is run on a single database at the split's version, as `main`: the staff table the desk holds. */
describe('migration 0010: staff work phone', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('m0010');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('gives every account an empty work phone, keeping the accounts as they were', () => {
    const before = db.prepare('SELECT id, username, display_name, role FROM staff ORDER BY id').all();
    db.transaction(() => migration0010.up(db, 'main'))();
    expect(db.prepare('SELECT id, username, display_name, role FROM staff ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT DISTINCT work_phone FROM staff').pluck().all()).toEqual([null]);
  });

  it('holds a phone as written, and refuses an empty or overlong one', () => {
    db.transaction(() => migration0010.up(db, 'main'))();
    const set = (phone: string) => db.prepare('UPDATE staff SET work_phone = ? WHERE id = 1').run(phone);
    set('410-555-0107 x12');
    expect(db.prepare('SELECT work_phone FROM staff WHERE id = 1').pluck().get()).toBe('410-555-0107 x12');
    expect(() => set('')).toThrow(/CHECK/);
    expect(() => set('4'.repeat(31))).toThrow(/CHECK/);
  });
});
