import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Desk } from '../../electron/desk';
import { newDatabaseKey } from '../../electron/vault/vault';
import { FAST_SCRYPT } from '../support/core';
import { makeDataDir, removeDataDir } from '../support/data-dir';
import { TestClock } from '../support/test-clock';

describe('the desk', () => {
  let dir: string;
  let desk: Desk;
  beforeEach(() => {
    dir = makeDataDir('desk');
    desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
  });
  afterEach(() => {
    desk.close();
    removeDataDir(dir);
  });

  it('zeroes the key, closes the database and forgets the user when it closes', () => {
    const key = newDatabaseKey();
    const db = desk.open(key, { create: true });
    desk.session.user = { id: 1, username: 'a', displayName: 'A', role: 'peer', mustChangePassword: false };
    desk.close();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(db.open).toBe(false);
    expect(desk.isOpen()).toBe(false);
    expect(desk.session.user).toBeNull();
    expect(() => desk.requireDb()).toThrow(/locked/);
    expect(() => desk.requireKey()).toThrow(/locked/);
  });

  it('zeroes the key it was given when the database does not open', () => {
    desk.open(newDatabaseKey(), { create: true });
    desk.close();
    const wrong = newDatabaseKey();
    expect(() => desk.open(wrong, { create: false })).toThrow(/could not be decrypted/);
    expect(wrong.every((byte) => byte === 0)).toBe(true);
    expect(desk.isOpen()).toBe(false);
  });
});
