import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
