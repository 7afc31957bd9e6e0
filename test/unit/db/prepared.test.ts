import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preparedFor } from '../../../electron/db/prepared';
import { Desk } from '../../../electron/desk';
import { FAST_SCRYPT } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { createDeskFiles } from '../../support/created-desk';
import { TestClock } from '../../support/test-clock';

const statements = preparedFor({
  staffCount: (db) => db.prepare('SELECT count(*) AS n FROM staff').pluck(),
  staffCountRow: (db) => db.prepare('SELECT count(*) AS n FROM staff'),
  numbers: (db) => db.prepare("SELECT value FROM json_each('[1, 2, 3]')").pluck(),
  participantCount: (db) => db.prepare('SELECT count(*) FROM participants').pluck(),
});

describe('preparedFor', () => {
  let dir: string;
  let desk: Desk;
  let recordsKey: Buffer;
  beforeEach(async () => {
    dir = makeDataDir('prepared');
    desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
    const keys = await createDeskFiles(desk);
    recordsKey = Buffer.from(keys.records);
    desk.open({ layout: 'split', keys, legacySlot: false });
  });
  afterEach(() => {
    desk.close();
    removeDataDir(dir);
  });

  it('compiles a statement once per connection', () => {
    const db = desk.requireDb();
    expect(statements(db).staffCount).toBe(statements(db).staffCount);
  });

  it('keeps each mode on a statement of its own', () => {
    const db = desk.requireDb();
    expect(statements(db).staffCount.get()).toBe(0);
    expect(statements(db).staffCountRow.get()).toEqual({ n: 0 });
    expect(statements(db).staffCount.get()).toBe(0);
  });

  it('never hands out a statement that is busy iterating', () => {
    const db = desk.requireDb();
    const first = statements(db).numbers;
    const running = first.iterate();
    expect(running.next().value).toBe(1);
    const during = statements(db).numbers;
    expect(during).not.toBe(first);
    expect(during.all()).toEqual([1, 2, 3]);
    expect([...running]).toEqual([2, 3]);
    expect(statements(db).numbers).toBe(first);
  });

  it('starts afresh when the records are detached and attached again', () => {
    const db = desk.requireDb();
    const before = statements(db).participantCount;
    expect(before.get()).toBe(0);
    desk.dropRecords();
    expect(() => statements(db).participantCount.get()).toThrow(/no such table/);
    desk.takeRecords(recordsKey);
    const after = statements(db).participantCount;
    expect(after).not.toBe(before);
    expect(after.get()).toBe(0);
  });
});
