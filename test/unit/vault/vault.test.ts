import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST } from '../../../electron/vault/kdf';
import { MAX_PENDING_EVENTS } from '../../../electron/vault/keyslots-file';
import { KeyVault, VaultProblem, newDatabaseKey } from '../../../electron/vault/vault';
import { generateRecoveryKey } from '../../../electron/vault/recovery-key';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { FAST_SCRYPT } from '../../support/core';
import { TestClock } from '../../support/test-clock';

describe('key vault', () => {
  let dir: string;
  let path: string;
  let clock: TestClock;
  let vault: KeyVault;
  const dbKey = newDatabaseKey();
  const recoveryKey = generateRecoveryKey();

  beforeEach(async () => {
    dir = makeDataDir('vault');
    path = join(dir, 'keyslots.json');
    clock = new TestClock();
    vault = new KeyVault(path, clock, FAST_SCRYPT);
    await vault.create(dbKey, recoveryKey, 'avery', 'first password here');
  });
  afterEach(() => removeDataDir(dir));

  const slotsJson = () => JSON.parse(readFileSync(path, 'utf8'));

  it('unwraps the database key with the right password', async () => {
    expect(await vault.unlockWithPassword('avery', 'first password here')).toEqual({ ok: true, key: dbKey });
    expect(await vault.unlockWithPassword('  AVERY ', 'first password here')).toEqual({ ok: true, key: dbKey });
  });

  it('stores scrypt parameters with each slot and no username anywhere', () => {
    const file = slotsJson();
    expect(file.slots[0].kdf).toMatchObject({ name: 'scrypt', N: FAST_SCRYPT.N, r: 8, p: 1 });
    expect(readFileSync(path, 'utf8')).not.toContain('avery');
  });

  it('refuses a wrong password and an unknown username alike', async () => {
    expect(await vault.unlockWithPassword('avery', 'wrong password')).toEqual({ ok: false, reason: 'bad-credentials' });
    expect(await vault.unlockWithPassword('nobody', 'first password here')).toEqual({ ok: false, reason: 'bad-credentials' });
    expect(vault.pendingSignInEvents().map((event) => event.kind)).toEqual(['signIn.failed', 'signIn.unknownUsername']);
  });

  it('locks an account for 10 minutes after five wrong passwords in a row, even against the right one', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect((await vault.unlockWithPassword('avery', `wrong ${i}`)).ok).toBe(false);
    }
    const fifth = await vault.unlockWithPassword('avery', 'wrong 5');
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    expect(await vault.unlockWithPassword('avery', 'first password here')).toMatchObject({ ok: false, reason: 'locked' });
    expect(vault.lockedUntil('avery')).not.toBeNull();
    clock.advanceMinutes(9);
    expect(await vault.unlockWithPassword('avery', 'first password here')).toMatchObject({ reason: 'locked' });
    clock.advanceMinutes(1.1);
    expect(await vault.unlockWithPassword('avery', 'first password here')).toEqual({ ok: true, key: dbKey });
    expect(vault.pendingSignInEvents().map((event) => event.kind)).toEqual([
      'signIn.failed', 'signIn.failed', 'signIn.failed', 'signIn.failed', 'signIn.failed',
      'account.lockedOut', 'signIn.refusedWhileLocked', 'signIn.refusedWhileLocked',
    ]);
  });

  it('resets the count of wrong passwords after a good sign-in', async () => {
    for (let i = 0; i < 4; i += 1) await vault.unlockWithPassword('avery', 'wrong');
    expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) await vault.unlockWithPassword('avery', 'wrong');
    expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(true);
  });

  it('rewraps only the slot whose password changes', async () => {
    await vault.setPassword('sam', 'sams password 1', dbKey);
    const before = slotsJson();
    await vault.setPassword('avery', 'second password here', dbKey);
    const after = slotsJson();
    const samId = vault.slotIdsFor(['sam'])[0];
    expect(after.slots.find((s: { id: string }) => s.id === samId)).toEqual(before.slots.find((s: { id: string }) => s.id === samId));
    expect(after.recovery).toEqual(before.recovery);
    expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(false);
    expect(await vault.unlockWithPassword('avery', 'second password here')).toEqual({ ok: true, key: dbKey });
  });

  it('removes a slot so that password no longer opens anything', async () => {
    await vault.setPassword('sam', 'sams password 1', dbKey);
    vault.removePassword('sam');
    expect((await vault.unlockWithPassword('sam', 'sams password 1')).ok).toBe(false);
  });

  it('opens with the recovery key as typed by hand, and refuses another', () => {
    expect(vault.unlockWithRecoveryKey(recoveryKey.toLowerCase())).toEqual(dbKey);
    expect(vault.unlockWithRecoveryKey(generateRecoveryKey())).toBeNull();
    expect(vault.unlockWithRecoveryKey('not a key')).toBeNull();
  });

  it('keeps the current recovery key working until its replacement is confirmed', () => {
    const replacement = generateRecoveryKey();
    vault.addPendingRecoveryKey(replacement, dbKey);
    expect(vault.hasPendingRecoveryKey()).toBe(true);
    expect(vault.unlockWithRecoveryKey(recoveryKey)).toEqual(dbKey);
    expect(vault.unlockWithRecoveryKey(replacement)).toBeNull();
    expect(() => vault.confirmRecoveryKey(generateRecoveryKey())).toThrow(/no slot/);
    vault.confirmRecoveryKey(replacement);
    expect(vault.hasPendingRecoveryKey()).toBe(false);
    expect(vault.unlockWithRecoveryKey(replacement)).toEqual(dbKey);
    expect(vault.unlockWithRecoveryKey(recoveryKey)).toBeNull();
    // Confirming the key already in place (the one issued at setup) changes nothing.
    const before = readFileSync(path);
    vault.confirmRecoveryKey(replacement);
    expect(readFileSync(path)).toEqual(before);
  });

  it('reports a missing or damaged file and leaves it as it was', async () => {
    writeFileSync(path, '{"format": "lead-desk-keyslots", "version": 1, "slots": "oops"}');
    const damaged = readFileSync(path);
    await expect(vault.unlockWithPassword('avery', 'first password here')).rejects.toThrow(VaultProblem);
    expect(readFileSync(path)).toEqual(damaged);
    writeFileSync(path, 'garbage');
    expect(() => vault.unlockWithRecoveryKey(recoveryKey)).toThrow(/damaged/);
    const missing = new KeyVault(join(dir, 'absent.json'), clock, FAST_SCRYPT);
    expect(() => missing.unlockWithRecoveryKey(recoveryKey)).toThrow(/missing/);
  });

  it('drops filed sign-in events and keeps the rest', async () => {
    await vault.unlockWithPassword('avery', 'wrong 1');
    await vault.unlockWithPassword('avery', 'wrong 2');
    vault.clearSignInEvents(1);
    expect(vault.pendingSignInEvents()).toHaveLength(1);
  });

  it('takes concurrent attempts one at a time: a flood of wrong passwords locks before the right one', async () => {
    const wrong = Array.from({ length: 40 }, (_, i) => vault.unlockWithPassword('avery', `wrong ${i}`));
    const right = vault.unlockWithPassword('avery', 'first password here');
    const replies = await Promise.all([...wrong, right]);
    expect(replies.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
    expect(replies.filter((reply) => reply.ok)).toHaveLength(0);
    const kinds = vault.pendingSignInEvents().map((event) => event.kind);
    expect(kinds.filter((kind) => kind === 'signIn.failed')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'account.lockedOut')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'signIn.refusedWhileLocked')).toHaveLength(36);
  });

  it('counts the events past the list instead of dropping the oldest, so flooding erases nothing', async () => {
    const file = slotsJson();
    const at = clock.now().toISOString();
    file.signInEvents = Array.from({ length: MAX_PENDING_EVENTS }, () => ({ at, kind: 'signIn.failed', slotId: file.slots[0].id }));
    writeFileSync(path, JSON.stringify(file));
    await vault.unlockWithPassword('avery', 'wrong 1');
    clock.advanceMinutes(1);
    await vault.unlockWithPassword('avery', 'wrong 2');
    await vault.unlockWithPassword('nobody', 'wrong 3');
    expect(vault.pendingSignInEvents()).toHaveLength(MAX_PENDING_EVENTS);
    const overflow = vault.signInOverflow();
    expect(overflow).toEqual({
      'signIn.failed': { count: 2, firstAt: expect.any(String), lastAt: expect.any(String) },
      'signIn.unknownUsername': { count: 1, firstAt: expect.any(String), lastAt: expect.any(String) },
    });
    expect(Date.parse(overflow['signIn.failed']!.lastAt) - Date.parse(overflow['signIn.failed']!.firstAt)).toBeGreaterThanOrEqual(60_000);
    vault.clearSignInEvents(MAX_PENDING_EVENTS, overflow);
    expect(vault.pendingSignInEvents()).toEqual([]);
    expect(vault.signInOverflow()).toEqual({});
  });

  it('locks an unknown username exactly as it locks a real one, and keeps the lock in the file', async () => {
    const replies = [];
    for (let i = 0; i < 5; i += 1) replies.push(await vault.unlockWithPassword('nobody', `wrong ${i}`));
    expect(replies.slice(0, 4).every((reply) => reply.ok === false && reply.reason === 'bad-credentials')).toBe(true);
    const locked = replies[4]!;
    for (let i = 0; i < 5; i += 1) await vault.unlockWithPassword('avery', `wrong ${i}`);
    expect(await vault.unlockWithPassword('avery', 'first password here')).toMatchObject({ reason: 'locked', lockedUntil: expect.any(String) });
    const real = slotsJson().slots[0].lockedUntil;
    expect(locked).toEqual({ ok: false, reason: 'locked', lockedUntil: expect.any(String) });
    expect(Math.abs(Date.parse((locked as { lockedUntil: string }).lockedUntil) - Date.parse(real))).toBeLessThan(60_000);
    const reopened = new KeyVault(path, clock, FAST_SCRYPT);
    expect(await reopened.unlockWithPassword('NOBODY', 'anything')).toMatchObject({ reason: 'locked' });
    expect(readFileSync(path, 'utf8')).not.toContain('nobody');
    clock.advanceMinutes(10.1);
    expect(await reopened.unlockWithPassword('nobody', 'anything')).toEqual({ ok: false, reason: 'bad-credentials' });
  });

  it('remembers a bounded number of unknown usernames, so guesses cannot grow the file without end', async () => {
    for (let i = 0; i < 205; i += 1) await vault.unlockWithPassword(`guess${i}`, 'wrong');
    const entries = slotsJson().unknownUsernames;
    expect(entries).toHaveLength(200);
    expect(entries.at(-1).id).toBe(vault.slotIdsFor(['guess204'])[0]);
  });

  it('locks recovery for 10 minutes after five wrong recovery keys, even against the right one', () => {
    for (let i = 0; i < 5; i += 1) expect(vault.unlockWithRecoveryKey(generateRecoveryKey())).toBeNull();
    const until = vault.recoveryLockedUntil();
    expect(Date.parse(until!) - clock.now().getTime()).toBeGreaterThan(9.9 * 60_000);
    expect(vault.unlockWithRecoveryKey(recoveryKey)).toBeNull();
    expect(new KeyVault(path, clock, FAST_SCRYPT).recoveryLockedUntil()).toBe(until);
    clock.advanceMinutes(10.1);
    expect(vault.recoveryLockedUntil()).toBeNull();
    expect(vault.unlockWithRecoveryKey(recoveryKey)).toEqual(dbKey);
    expect(vault.pendingSignInEvents().map((event) => event.kind)).toEqual([
      ...Array(5).fill('recovery.failed'),
      'recovery.lockedOut',
      'recovery.refusedWhileLocked',
    ]);
  });

  it.each([
    ['a truncated tag', (slot: SlotJson) => { slot.wrapped.tag = Buffer.from(slot.wrapped.tag, 'base64').subarray(0, 4).toString('base64'); }],
    ['a short nonce', (slot: SlotJson) => { slot.wrapped.iv = Buffer.alloc(8).toString('base64'); }],
    ['a long wrapped key', (slot: SlotJson) => { slot.wrapped.data = Buffer.alloc(48).toString('base64'); }],
    ['a cost that is not a power of two', (slot: SlotJson) => { slot.kdf.N = 1000; }],
    ['a cost below the floor', (slot: SlotJson) => { slot.kdf.N = 2 ** 9; }],
    ['an absurd cost', (slot: SlotJson) => { slot.kdf.N = 2 ** 30; }],
    ['an absurd block size', (slot: SlotJson) => { slot.kdf.r = 1000; }],
    ['an absurd parallelism', (slot: SlotJson) => { slot.kdf.p = 64; }],
  ])('refuses a slot with %s as damage, counting nothing against the account', async (_what, tamper) => {
    const file = slotsJson();
    tamper(file.slots[0]);
    writeFileSync(path, JSON.stringify(file));
    for (let i = 0; i < 6; i += 1) {
      await expect(vault.unlockWithPassword('avery', 'first password here')).rejects.toMatchObject({ problem: 'keyslot-damaged', message: expect.stringContaining('damaged') });
    }
    expect(slotsJson().slots[0]).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    expect(slotsJson().signInEvents).toEqual([]);
  });

  it('refuses a password slot below 2^14 on a desk configured at the real cost', async () => {
    const real = new KeyVault(path, clock, DEFAULT_SCRYPT_COST);
    await expect(real.unlockWithPassword('avery', 'first password here')).rejects.toMatchObject({ problem: 'keyslot-damaged' });
  });

  it('refuses a recovery slot with a truncated tag as damage', () => {
    const file = slotsJson();
    file.recovery.wrapped.tag = Buffer.from(file.recovery.wrapped.tag, 'base64').subarray(0, 12).toString('base64');
    writeFileSync(path, JSON.stringify(file));
    expect(() => vault.unlockWithRecoveryKey(recoveryKey)).toThrow(expect.objectContaining({ problem: 'keyslot-damaged' }));
  });

  it('opens a slot made at 2^16 and writes 2^17 at the next password change', async () => {
    const old = new KeyVault(path, clock, { N: 2 ** 16, r: 8, p: 1 });
    await old.setPassword('avery', 'first password here', dbKey);
    expect(slotsJson().slots[0].kdf.N).toBe(2 ** 16);
    const current = new KeyVault(path, clock, DEFAULT_SCRYPT_COST);
    expect(await current.unlockWithPassword('avery', 'first password here')).toEqual({ ok: true, key: dbKey });
    await current.setPassword('avery', 'second password here', dbKey);
    expect(slotsJson().slots[0].kdf).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(await current.unlockWithPassword('avery', 'second password here')).toEqual({ ok: true, key: dbKey });
  });
});

interface SlotJson {
  kdf: { N: number; r: number; p: number };
  wrapped: { iv: string; tag: string; data: string };
}
