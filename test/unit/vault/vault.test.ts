import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST } from '../../../electron/vault/kdf';
import { MAX_PENDING_EVENTS, type Databases } from '../../../electron/vault/keyslots-file';
import { generateRecoveryKey } from '../../../electron/vault/recovery-key';
import {
  KeyVault,
  VaultProblem,
  newDatabaseKey,
  newDeskKeys,
  type DeskKeys,
  type PasswordUnlock,
  type Unlocked,
} from '../../../electron/vault/vault';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { FAST_SCRYPT } from '../../support/core';
import { TestClock } from '../../support/test-clock';
import { writeVersion1KeyFile } from '../../support/version1-key-file';

const FIRST_DATABASES: Databases = { desk: 'desk-1.db', records: 'records-1.db', generation: 1 };
const NEXT_DATABASES: Databases = { desk: 'desk-2.db', records: 'records-2.db', generation: 2 };

/** The keys an unlock opened, or a failure naming what it got instead. */
function keysOf(result: PasswordUnlock | Unlocked | null): DeskKeys {
  const unlocked = result && 'ok' in result ? (result.ok ? result.unlocked : null) : result;
  if (!unlocked || unlocked.layout !== 'split') throw new Error(`expected split keys, got ${JSON.stringify(result)}`);
  return unlocked.keys;
}

describe('key vault', () => {
  let dir: string;
  let path: string;
  let clock: TestClock;
  let vault: KeyVault;
  const keys = newDeskKeys();
  const recoveryKey = generateRecoveryKey();
  const deskOnly = { desk: keys.desk, records: null };

  beforeEach(async () => {
    dir = makeDataDir('vault');
    path = join(dir, 'keyslots.json');
    clock = new TestClock();
    vault = new KeyVault(path, clock, FAST_SCRYPT);
    await vault.create(keys, FIRST_DATABASES, recoveryKey, 'avery', 'first password here');
  });
  afterEach(() => removeDataDir(dir));

  const slotsJson = () => JSON.parse(readFileSync(path, 'utf8'));
  const slotOf = (username: string) => slotsJson().slots.find((slot: { id: string }) => slot.id === vault.slotIdsFor([username])[0]);

  describe('sign-in', () => {
    it("opens the administrator's slot to the desk key only, whatever the case of the username", async () => {
      const expected = { ok: true, unlocked: { layout: 'split', keys: deskOnly, legacySlot: false } };
      expect(await vault.unlockWithPassword('avery', 'first password here')).toEqual(expected);
      expect(await vault.unlockWithPassword('  AVERY ', 'first password here')).toEqual(expected);
      expect(vault.access('avery')).toBe('desk');
      expect(vault.databases()).toEqual(FIRST_DATABASES);
    });

    it('stores scrypt parameters, the public key and the grants with each slot, and no username anywhere', () => {
      const file = slotsJson();
      expect(file.version).toBe(2);
      expect(file.slots[0]).toMatchObject({
        kind: 'password',
        kdf: { name: 'scrypt', N: FAST_SCRYPT.N, r: 8, p: 1 },
        grants: { records: null },
      });
      expect(Buffer.from(file.slots[0].publicKey, 'base64')).toHaveLength(32);
      expect(file.slots[0].grants.desk).toMatchObject({ ephemeral: expect.any(String), iv: expect.any(String), tag: expect.any(String) });
      expect(file.recovery).toMatchObject({ kind: 'recovery', grants: { desk: expect.any(Object), records: expect.any(Object) } });
      expect(file.rotateRecordsKey).toBe(false);
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
      expect(keysOf(await vault.unlockWithPassword('avery', 'first password here'))).toEqual(deskOnly);
      expect(vault.lockedUntil('avery')).toBeNull();
      expect(vault.pendingSignInEvents().map((event) => event.kind)).toEqual([
        'signIn.failed',
        'signIn.failed',
        'signIn.failed',
        'signIn.failed',
        'signIn.failed',
        'account.lockedOut',
        'signIn.refusedWhileLocked',
        'signIn.refusedWhileLocked',
      ]);
    });

    it('resets the count of wrong passwords after a good sign-in', async () => {
      for (let i = 0; i < 4; i += 1) await vault.unlockWithPassword('avery', 'wrong');
      expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(true);
      for (let i = 0; i < 4; i += 1) await vault.unlockWithPassword('avery', 'wrong');
      expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(true);
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

    it('locks an unknown username exactly as it locks a real one, and keeps the lock in the file', async () => {
      const replies = [];
      for (let i = 0; i < 5; i += 1) replies.push(await vault.unlockWithPassword('nobody', `wrong ${i}`));
      expect(replies.slice(0, 4).every((reply) => reply.ok === false && reply.reason === 'bad-credentials')).toBe(true);
      const locked = replies[4]!;
      for (let i = 0; i < 5; i += 1) await vault.unlockWithPassword('avery', `wrong ${i}`);
      expect(await vault.unlockWithPassword('avery', 'first password here')).toMatchObject({
        reason: 'locked',
        lockedUntil: expect.any(String),
      });
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

    it('forgets an unknown username once an account of that name gets a slot', async () => {
      await vault.unlockWithPassword('sam', 'guess');
      expect(slotsJson().unknownUsernames).toHaveLength(1);
      await vault.setPassword('sam', 'sams password 1', keys);
      expect(slotsJson().unknownUsernames).toEqual([]);
    });
  });

  describe('sign-in events', () => {
    it('drops filed sign-in events and keeps the rest', async () => {
      await vault.unlockWithPassword('avery', 'wrong 1');
      await vault.unlockWithPassword('avery', 'wrong 2');
      vault.clearSignInEvents(1);
      expect(vault.pendingSignInEvents()).toHaveLength(1);
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

    it('keeps the overflow counted after the list was filed, while it is filed', async () => {
      const file = slotsJson();
      const at = clock.now().toISOString();
      file.signInEvents = Array.from({ length: MAX_PENDING_EVENTS }, () => ({ at, kind: 'signIn.failed', slotId: file.slots[0].id }));
      writeFileSync(path, JSON.stringify(file));
      await vault.unlockWithPassword('avery', 'wrong 1');
      const filed = vault.signInOverflow();
      // One more arrives between reading the counts and clearing them: it stays counted.
      await vault.unlockWithPassword('avery', 'wrong 2');
      vault.clearSignInEvents(MAX_PENDING_EVENTS, filed);
      expect(vault.signInOverflow()).toEqual({ 'signIn.failed': { count: 1, firstAt: expect.any(String), lastAt: expect.any(String) } });
    });
  });

  describe('slots that LEAD Desk could not have written', () => {
    it.each([
      [
        'a truncated tag',
        (slot: SlotJson) => {
          slot.wrapped.tag = Buffer.from(slot.wrapped.tag, 'base64').subarray(0, 4).toString('base64');
        },
      ],
      [
        'a short nonce',
        (slot: SlotJson) => {
          slot.wrapped.iv = Buffer.alloc(8).toString('base64');
        },
      ],
      [
        'a long wrapped key',
        (slot: SlotJson) => {
          slot.wrapped.data = Buffer.alloc(48).toString('base64');
        },
      ],
      [
        'a cost that is not a power of two',
        (slot: SlotJson) => {
          slot.kdf.N = 1000;
        },
      ],
      [
        'a cost below the floor',
        (slot: SlotJson) => {
          slot.kdf.N = 2 ** 9;
        },
      ],
      [
        'an absurd cost',
        (slot: SlotJson) => {
          slot.kdf.N = 2 ** 30;
        },
      ],
      [
        'an absurd block size',
        (slot: SlotJson) => {
          slot.kdf.r = 1000;
        },
      ],
      [
        'an absurd parallelism',
        (slot: SlotJson) => {
          slot.kdf.p = 64;
        },
      ],
    ])('refuses a slot with %s as damage, counting nothing against the account', async (_what, tamper) => {
      const file = slotsJson();
      tamper(file.slots[0]);
      writeFileSync(path, JSON.stringify(file));
      for (let i = 0; i < 6; i += 1) {
        await expect(vault.unlockWithPassword('avery', 'first password here')).rejects.toMatchObject({
          problem: 'keyslot-damaged',
          message: expect.stringContaining('damaged'),
        });
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
      await old.setPassword('avery', 'first password here', deskOnly);
      expect(slotsJson().slots[0].kdf.N).toBe(2 ** 16);
      const current = new KeyVault(path, clock, DEFAULT_SCRYPT_COST);
      expect(keysOf(await current.unlockWithPassword('avery', 'first password here'))).toEqual(deskOnly);
      await current.setPassword('avery', 'second password here', deskOnly);
      expect(slotsJson().slots[0].kdf).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
      expect(keysOf(await current.unlockWithPassword('avery', 'second password here'))).toEqual(deskOnly);
    });

    it("does not open a slot copied into another account's place, even with that slot's own password", async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      const file = slotsJson();
      const averyId = vault.slotIdsFor(['avery'])[0];
      const sam = file.slots.find((slot: { id: string }) => slot.id !== averyId);
      // Sam's whole slot (private key, public key and grants) under Avery's id: the private key
      // is wrapped with Sam's id as associated data, and so is every grant.
      file.slots = file.slots.map((slot: { id: string }) => (slot.id === averyId ? { ...sam, id: averyId } : slot));
      writeFileSync(path, JSON.stringify(file));
      expect(await vault.unlockWithPassword('avery', 'sams password 1')).toEqual({ ok: false, reason: 'bad-credentials' });
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(keys);
    });

    it("does not let a slot's records grant stand in for its desk grant, nor another slot's grants for its own", async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      const samId = vault.slotIdsFor(['sam'])[0];
      const file = slotsJson();
      const sam = file.slots.find((slot: { id: string }) => slot.id === samId);
      const original = structuredClone(sam.grants);
      sam.grants = { desk: original.records, records: original.desk };
      writeFileSync(path, JSON.stringify(file));
      expect(await vault.unlockWithPassword('sam', 'sams password 1')).toEqual({ ok: false, reason: 'bad-credentials' });
      // Avery's desk grant in Sam's slot: sealed to Avery's public key, with Avery's id.
      const averyGrant = file.slots.find((slot: { id: string }) => slot.id !== samId).grants.desk;
      sam.grants = { desk: averyGrant, records: original.records };
      writeFileSync(path, JSON.stringify(file));
      expect(await vault.unlockWithPassword('sam', 'sams password 1')).toEqual({ ok: false, reason: 'bad-credentials' });
      sam.grants = original;
      writeFileSync(path, JSON.stringify(file));
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(keys);
    });

    it('reports a missing or damaged file and leaves it as it was', async () => {
      writeFileSync(path, '{"format": "lead-desk-keyslots", "version": 2, "slots": "oops"}');
      const damaged = readFileSync(path);
      await expect(vault.unlockWithPassword('avery', 'first password here')).rejects.toThrow(VaultProblem);
      expect(readFileSync(path)).toEqual(damaged);
      writeFileSync(path, 'garbage');
      expect(() => vault.unlockWithRecoveryKey(recoveryKey)).toThrow(/damaged/);
      const missing = new KeyVault(join(dir, 'absent.json'), clock, FAST_SCRYPT);
      expect(() => missing.unlockWithRecoveryKey(recoveryKey)).toThrow(/missing/);
    });
  });

  describe('passwords and grants', () => {
    it('rewraps only the slot whose password changes', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      const before = slotsJson();
      await vault.setPassword('avery', 'second password here', deskOnly);
      const after = slotsJson();
      const samId = vault.slotIdsFor(['sam'])[0];
      expect(after.slots.find((s: { id: string }) => s.id === samId)).toEqual(before.slots.find((s: { id: string }) => s.id === samId));
      expect(after.recovery).toEqual(before.recovery);
      expect((await vault.unlockWithPassword('avery', 'first password here')).ok).toBe(false);
      expect(keysOf(await vault.unlockWithPassword('avery', 'second password here'))).toEqual(deskOnly);
      expect(after.rotateRecordsKey).toBe(false);
    });

    it('gives a new key pair at every password change', async () => {
      const before = slotOf('avery');
      await vault.setPassword('avery', 'second password here', deskOnly);
      expect(slotOf('avery').publicKey).not.toBe(before.publicKey);
    });

    it('removes a slot so that password no longer opens anything', async () => {
      await vault.setPassword('sam', 'sams password 1', deskOnly);
      vault.removePassword('sam');
      expect((await vault.unlockWithPassword('sam', 'sams password 1')).ok).toBe(false);
      expect(vault.access('sam')).toBe('none');
      // Sam held the desk key only: the records key need not change.
      expect(vault.recordsKeyRotationDue()).toBe(false);
    });

    it('marks the records key for rotation when an account that held it is removed', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      vault.removePassword('sam');
      expect(vault.recordsKeyRotationDue()).toBe(true);
    });

    it('gives the records key to a desk-only account, which its next unlock opens', async () => {
      await vault.setPassword('sam', 'sams password 1', deskOnly);
      expect(vault.access('sam')).toBe('desk');
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(deskOnly);
      vault.grantRecords('sam', keys.records);
      expect(vault.access('sam')).toBe('records');
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(keys);
      expect(vault.recordsKeyRotationDue()).toBe(false);
    });

    it('refuses to grant the records key to an account without a slot', () => {
      expect(() => vault.grantRecords('nobody', keys.records)).toThrow(/no current slot/);
    });

    it('takes the records key back and marks it for rotation', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      vault.revokeRecords('sam');
      expect(vault.access('sam')).toBe('desk');
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(deskOnly);
      expect(vault.recordsKeyRotationDue()).toBe(true);
    });

    it('changes nothing when revoking from an account that never held the records key', () => {
      const before = readFileSync(path);
      vault.revokeRecords('avery');
      vault.revokeRecords('nobody');
      expect(readFileSync(path)).toEqual(before);
    });

    it('marks the records key for rotation when a password is set without it on a slot that held it', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      expect(vault.recordsKeyRotationDue()).toBe(false);
      await vault.setPassword('sam', 'sams password 2', deskOnly);
      expect(vault.recordsKeyRotationDue()).toBe(true);
      expect(vault.access('sam')).toBe('desk');
    });

    it('does not mark a rotation when a desk-only slot gets a new password', async () => {
      await vault.setPassword('avery', 'second password here', deskOnly);
      expect(vault.recordsKeyRotationDue()).toBe(false);
      vault.markRecordsRotationDue();
      expect(vault.recordsKeyRotationDue()).toBe(true);
    });
  });

  describe('the recovery key', () => {
    it('opens both keys with the recovery key as typed by hand, and refuses another', () => {
      expect(vault.unlockWithRecoveryKey(recoveryKey.toLowerCase())).toEqual({ layout: 'split', keys, legacySlot: false });
      expect(vault.unlockWithRecoveryKey(generateRecoveryKey())).toBeNull();
      expect(vault.unlockWithRecoveryKey('not a key')).toBeNull();
      expect(vault.recoveryKeyCurrent()).toBe(true);
      expect(vault.recoveryKeyAwaitsRecords()).toBe(false);
    });

    it('locks recovery for 10 minutes after five wrong recovery keys, even against the right one', () => {
      for (let i = 0; i < 5; i += 1) expect(vault.unlockWithRecoveryKey(generateRecoveryKey())).toBeNull();
      const until = vault.recoveryLockedUntil();
      expect(Date.parse(until!) - clock.now().getTime()).toBeGreaterThan(9.9 * 60_000);
      expect(vault.unlockWithRecoveryKey(recoveryKey)).toBeNull();
      expect(new KeyVault(path, clock, FAST_SCRYPT).recoveryLockedUntil()).toBe(until);
      clock.advanceMinutes(10.1);
      expect(vault.recoveryLockedUntil()).toBeNull();
      expect(keysOf(vault.unlockWithRecoveryKey(recoveryKey))).toEqual(keys);
      expect(vault.pendingSignInEvents().map((event) => event.kind)).toEqual([
        ...Array(5).fill('recovery.failed'),
        'recovery.lockedOut',
        'recovery.refusedWhileLocked',
      ]);
    });

    it('resets the count of wrong recovery keys after the right one', () => {
      for (let i = 0; i < 4; i += 1) vault.unlockWithRecoveryKey(generateRecoveryKey());
      expect(vault.unlockWithRecoveryKey(recoveryKey)).not.toBeNull();
      expect(slotsJson().recoveryAttempts).toEqual({ failed: 0, lockedUntil: null });
    });

    it('keeps the current recovery key working until its replacement is confirmed', () => {
      const replacement = generateRecoveryKey();
      vault.addPendingRecoveryKey(replacement, keys);
      expect(vault.hasPendingRecoveryKey()).toBe(true);
      expect(keysOf(vault.unlockWithRecoveryKey(recoveryKey))).toEqual(keys);
      expect(vault.unlockWithRecoveryKey(replacement)).toBeNull();
      expect(() => vault.confirmRecoveryKey(generateRecoveryKey())).toThrow(/no slot/);
      vault.confirmRecoveryKey(replacement);
      expect(vault.hasPendingRecoveryKey()).toBe(false);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(keys);
      expect(vault.unlockWithRecoveryKey(recoveryKey)).toBeNull();
      // Confirming the key already in place (the one issued at setup) changes nothing.
      const before = readFileSync(path);
      vault.confirmRecoveryKey(replacement);
      expect(readFileSync(path)).toEqual(before);
    });

    it('completes a recovery key an administrator issued without the records key', () => {
      const replacement = generateRecoveryKey();
      vault.addPendingRecoveryKey(replacement, deskOnly);
      vault.confirmRecoveryKey(replacement);
      expect(vault.recoveryKeyAwaitsRecords()).toBe(true);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(deskOnly);
      vault.completeRecoveryKey(keys.records);
      expect(vault.recoveryKeyAwaitsRecords()).toBe(false);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(keys);
      // A complete recovery key is left as it is.
      const before = readFileSync(path);
      vault.completeRecoveryKey(newDatabaseKey());
      expect(readFileSync(path)).toEqual(before);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(keys);
    });
  });

  describe('key rotation', () => {
    const next = newDeskKeys();

    it('reseals the new keys to every slot, to the holders of the records key only, and to the recovery key', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      vault.revokeRecords('sam');
      vault.grantRecords('sam', keys.records);
      await vault.setPassword('robin', 'robins password 1', deskOnly);
      vault.rotate(NEXT_DATABASES, next);
      expect(vault.databases()).toEqual(NEXT_DATABASES);
      expect(vault.recordsKeyRotationDue()).toBe(false);
      expect(keysOf(await vault.unlockWithPassword('avery', 'first password here'))).toEqual({ desk: next.desk, records: null });
      expect(keysOf(await vault.unlockWithPassword('robin', 'robins password 1'))).toEqual({ desk: next.desk, records: null });
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual(next);
      expect(keysOf(vault.unlockWithRecoveryKey(recoveryKey))).toEqual(next);
    });

    it('gives the new records key to a recovery key that lacked the records grant', () => {
      const replacement = generateRecoveryKey();
      vault.addPendingRecoveryKey(replacement, deskOnly);
      vault.confirmRecoveryKey(replacement);
      expect(vault.recoveryKeyAwaitsRecords()).toBe(true);
      vault.rotate(NEXT_DATABASES, next);
      expect(vault.recoveryKeyAwaitsRecords()).toBe(false);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(next);
    });

    it('reseals a pending recovery key too, so confirming it after the rotation opens the new keys', () => {
      const replacement = generateRecoveryKey();
      vault.addPendingRecoveryKey(replacement, keys);
      vault.rotate(NEXT_DATABASES, next);
      vault.confirmRecoveryKey(replacement);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(next);
    });

    it('keeps the old records grant when only the desk key is rotated', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      vault.markRecordsRotationDue();
      vault.rotate(NEXT_DATABASES, { desk: next.desk, records: null });
      expect(keysOf(await vault.unlockWithPassword('sam', 'sams password 1'))).toEqual({ desk: next.desk, records: keys.records });
      expect(keysOf(await vault.unlockWithPassword('avery', 'first password here'))).toEqual({ desk: next.desk, records: null });
      expect(keysOf(vault.unlockWithRecoveryKey(recoveryKey))).toEqual({ desk: next.desk, records: keys.records });
      // The records key was not rotated: the rotation stays due.
      expect(vault.recordsKeyRotationDue()).toBe(true);
    });

    it('leaves an old copy of the key file opening only the old keys, never the new ones', async () => {
      await vault.setPassword('sam', 'sams password 1', keys);
      const oldCopy = join(dir, 'keyslots-old.json');
      writeFileSync(oldCopy, readFileSync(path));
      vault.rotate(NEXT_DATABASES, next);
      const old = new KeyVault(oldCopy, clock, FAST_SCRYPT);
      const sam = keysOf(await old.unlockWithPassword('sam', 'sams password 1'));
      const avery = keysOf(await old.unlockWithPassword('avery', 'first password here'));
      const recovered = keysOf(old.unlockWithRecoveryKey(recoveryKey));
      expect(sam).toEqual(keys);
      expect(avery).toEqual(deskOnly);
      expect(recovered).toEqual(keys);
      for (const opened of [sam, avery, recovered]) {
        expect(opened.desk.equals(next.desk)).toBe(false);
        expect(opened.records?.equals(next.records) ?? false).toBe(false);
      }
      expect(old.databases()).toEqual(FIRST_DATABASES);
    });
  });

  describe('a key file from before the split', () => {
    const legacyKey = newDatabaseKey();
    const accounts = [
      { username: 'avery', password: 'first password here' },
      { username: 'casey', password: 'casey password 1' },
    ];

    beforeEach(async () => {
      await writeVersion1KeyFile(path, legacyKey, accounts, recoveryKey);
    });

    it('reads as version 2 with nothing split and every slot legacy', async () => {
      expect(vault.databases()).toBeNull();
      expect(vault.access('avery')).toBe('legacy');
      expect(vault.upgradeUnfinished()).toBe(true);
      expect(vault.recoveryKeyCurrent()).toBe(false);
      expect(await vault.unlockWithPassword('casey', 'casey password 1')).toEqual({
        ok: true,
        unlocked: { layout: 'combined', legacyKey },
      });
      expect(vault.unlockWithRecoveryKey(recoveryKey)).toEqual({ layout: 'combined', legacyKey });
      expect(await vault.unlockWithPassword('casey', 'avery password')).toEqual({ ok: false, reason: 'bad-credentials' });
    });

    it('still counts wrong passwords and locks a legacy slot', async () => {
      for (let i = 0; i < 5; i += 1) await vault.unlockWithPassword('casey', `wrong ${i}`);
      expect(await vault.unlockWithPassword('casey', 'casey password 1')).toMatchObject({ ok: false, reason: 'locked' });
    });

    it('lets the other legacy slots and the legacy recovery key reach the new keys once split', async () => {
      vault.commitSplit(FIRST_DATABASES, legacyKey, keys);
      expect(vault.databases()).toEqual(FIRST_DATABASES);
      expect(await vault.unlockWithPassword('avery', 'first password here')).toEqual({
        ok: true,
        unlocked: { layout: 'split', keys, legacySlot: true },
      });
      expect(vault.unlockWithRecoveryKey(recoveryKey)).toEqual({ layout: 'split', keys, legacySlot: true });
    });

    it('retires the old key once the last legacy slot and the legacy recovery key are rewritten', async () => {
      vault.commitSplit(FIRST_DATABASES, legacyKey, keys);
      await vault.setPassword('casey', 'casey password 1', keys);
      expect(vault.access('casey')).toBe('records');
      expect(vault.recordsKeyRotationDue()).toBe(false);
      // The administrator's rewrite keeps the desk key only. The old key they held still reaches the
      // records while the upgrade is unfinished, so the rotation comes when it finishes, not now.
      await vault.setPassword('avery', 'first password here', deskOnly);
      expect(vault.recordsKeyRotationDue()).toBe(false);
      expect(slotsJson().legacy).toBeDefined();
      vault.rewriteRecoverySlot(recoveryKey, keys);
      expect(vault.upgradeUnfinished()).toBe(false);
      expect(vault.recordsKeyRotationDue()).toBe(true);
      expect(slotsJson().legacy).toBeUndefined();
      expect(vault.recoveryKeyCurrent()).toBe(true);
      expect(keysOf(vault.unlockWithRecoveryKey(recoveryKey))).toEqual(keys);
    });

    it('drops the legacy slots and the legacy recovery key at a rotation', async () => {
      vault.commitSplit(FIRST_DATABASES, legacyKey, keys);
      await vault.setPassword('casey', 'casey password 1', keys);
      const next = newDeskKeys();
      vault.rotate(NEXT_DATABASES, next);
      const file = slotsJson();
      expect(file.slots.map((slot: { kind: string }) => slot.kind)).toEqual(['password']);
      expect(file.recovery).toEqual({ kind: 'none' });
      expect(file.legacy).toBeUndefined();
      expect(vault.access('avery')).toBe('none');
      expect(vault.recoveryKeyCurrent()).toBe(false);
      expect(vault.upgradeUnfinished()).toBe(false);
      expect(await vault.unlockWithPassword('avery', 'first password here')).toEqual({ ok: false, reason: 'bad-credentials' });
      expect(vault.unlockWithRecoveryKey(recoveryKey)).toBeNull();
      expect(keysOf(await vault.unlockWithPassword('casey', 'casey password 1'))).toEqual(next);
      // With no recovery slot, a replacement recovery key can still be issued and confirmed.
      const replacement = generateRecoveryKey();
      vault.addPendingRecoveryKey(replacement, next);
      vault.confirmRecoveryKey(replacement);
      expect(vault.recoveryKeyCurrent()).toBe(true);
      expect(keysOf(vault.unlockWithRecoveryKey(replacement))).toEqual(next);
    });
  });
});

interface SlotJson {
  kdf: { N: number; r: number; p: number };
  wrapped: { iv: string; tag: string; data: string };
}
