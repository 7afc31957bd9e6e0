import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Desk } from '../../electron/desk';
import { newDatabaseKey } from '../../electron/vault/vault';
import { FAST_SCRYPT } from '../support/core';
import { makeDataDir, removeDataDir } from '../support/data-dir';
import { createDeskFiles } from '../support/created-desk';
import { TestClock } from '../support/test-clock';

describe('the desk', () => {
  let dir: string;
  let desk: Desk;
  const createdDesk = () => createDeskFiles(desk);
  beforeEach(() => {
    dir = makeDataDir('desk');
    desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
  });
  afterEach(() => {
    desk.close();
    removeDataDir(dir);
  });

  it('zeroes both keys, closes the databases and forgets the user when it closes', async () => {
    const keys = await createdDesk();
    const db = desk.open({ layout: 'split', keys, legacySlot: false });
    desk.session.user = { id: 1, username: 'a', displayName: 'A', role: 'peer', mustChangePassword: false };
    expect(desk.hasRecords()).toBe(true);
    desk.close();
    expect(keys.desk.every((byte) => byte === 0)).toBe(true);
    expect(keys.records.every((byte) => byte === 0)).toBe(true);
    expect(db.open).toBe(false);
    expect(desk.isOpen()).toBe(false);
    expect(desk.session.user).toBeNull();
    expect(() => desk.requireDb()).toThrow(/locked/);
    expect(() => desk.requireKeys()).toThrow(/locked/);
  });

  it('zeroes the keys it was given when a database does not open', async () => {
    await createdDesk();
    const wrong = { desk: newDatabaseKey(), records: newDatabaseKey() };
    expect(() => desk.open({ layout: 'split', keys: wrong, legacySlot: false })).toThrow(/could not be decrypted/);
    expect(wrong.desk.every((byte) => byte === 0)).toBe(true);
    expect(wrong.records.every((byte) => byte === 0)).toBe(true);
    expect(desk.isOpen()).toBe(false);
  });

  it('gives up the records key for a sign-in whose role does not read them', async () => {
    const keys = await createdDesk();
    const records = keys.records;
    desk.open({ layout: 'split', keys, legacySlot: false });
    desk.dropRecords();
    expect(desk.hasRecords()).toBe(false);
    expect(records.every((byte) => byte === 0)).toBe(true);
    expect(() => desk.requireDb().prepare('SELECT count(*) FROM participants').get()).toThrow(/no such table/);
  });
});
