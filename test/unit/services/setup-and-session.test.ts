import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../shared/ipc/contract';
import { ADMIN, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { deskDatabaseFiles, snapshotFiles } from '../../support/files';
import { MAX_PENDING_EVENTS } from '../../../electron/vault/keyslots-file';

describe('first run, sign-in, lock and idle', () => {
  let t: CoreUnderTest;
  let events: LeadEvent[];
  beforeEach(() => {
    t = makeCore();
    events = [];
    t.core.onEvent((event) => events.push(event));
  });
  afterEach(() => t.dispose());

  it('sets up once: database, key slots, administrator signed in, recovery key to confirm', async () => {
    expect(await t.ok('app.status', {})).toEqual({ phase: 'setup' });
    const issued = await t.ok('setup.create', { ...ADMIN });
    expect(issued.session).toMatchObject({
      user: { username: ADMIN.username, displayName: ADMIN.displayName, role: 'administrator' },
      programName: ADMIN.programName,
      idleLockMinutes: 15,
      mustChangePassword: false,
      recoveryKeyConfirmed: false,
    });
    // Two databases: the desk's (the administrator holds its key) and the records' (they do not).
    expect(Object.values(deskDatabaseFiles(t.dataDir)).every((file) => existsSync(file))).toBe(true);
    expect(issued.session.recordsAccess).toBe('notNeeded');
    expect(existsSync(join(t.dataDir, 'keyslots.json'))).toBe(true);
    expect(await t.call('setup.create', { ...ADMIN })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('confirms the recovery key only with the right groups', async () => {
    const issued = await t.ok('setup.create', { ...ADMIN });
    const [a, b] = issued.check.groups;
    const group = (n: number) => issued.recoveryKey.split('-')[n - 1]!;
    const wrong = await t.call('recoveryKey.confirm', { groups: [group(a), 'ZZZZ'] });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'groups.1': `That is not group ${b} of the recovery key.` } },
    });
    const confirmed = await t.ok('recoveryKey.confirm', { groups: [group(a).toLowerCase(), ` ${group(b)} `] });
    expect(confirmed.recoveryKeyConfirmed).toBe(true);
  });

  it('asks an administrator who never confirmed the key to replace it, and the old key stops working once the new one is confirmed', async () => {
    const issued = await t.ok('setup.create', { ...ADMIN });
    await t.ok('session.lock', {});
    const session = await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(session.recoveryKeyConfirmed).toBe(false);
    expect(await t.call('recoveryKey.confirm', { groups: ['AAAA', 'BBBB'] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const replaced = await t.ok('recoveryKey.replace', {});
    expect(replaced.recoveryKey).not.toBe(issued.recoveryKey);
    const groups = replaced.check.groups.map((n) => replaced.recoveryKey.split('-')[n - 1]!) as [string, string];
    expect((await t.ok('recoveryKey.confirm', { groups })).recoveryKeyConfirmed).toBe(true);
    await t.ok('session.lock', {});
    expect(
      await t.call('session.recover', { recoveryKey: issued.recoveryKey, username: ADMIN.username, newPassword: 'a brand new password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' },
    });
  });

  it('signs in, and reports a wrong password without saying whether the username exists', async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    const wrongPassword = await t.call('session.signIn', { username: ADMIN.username, password: 'not the password' });
    const wrongUser = await t.call('session.signIn', { username: 'nobody', password: 'not the password' });
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(wrongUser).toEqual(wrongPassword);
    expect((await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password })).user.username).toBe(ADMIN.username);
  });

  it('locks an account after five wrong passwords, files the attempts in the audit log at the next sign-in', async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    for (let i = 0; i < 4; i += 1) {
      expect(await t.call('session.signIn', { username: ADMIN.username, password: `wrong ${i}` })).toMatchObject({
        ok: false,
        error: { code: 'BAD_CREDENTIALS' },
      });
    }
    const fifth = await t.call('session.signIn', { username: ADMIN.username, password: 'wrong 5' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', message: expect.stringContaining('locked for 10 minutes') },
    });
    expect(await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' },
    });
    t.clock.advanceMinutes(11);
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await t.ok('audit.list', { limit: 500 });
    const actions = entries.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'signIn.failed')).toHaveLength(5);
    expect(actions).toContain('account.lockedOut');
    expect(actions).toContain('signIn.refusedWhileLocked');
    expect(entries.find((entry) => entry.action === 'account.lockedOut')).toMatchObject({ subjectType: 'staff', subjectId: '1' });
  });

  it("files the sign-in events counted past the key file's list as one entry with their counts", async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    const slotsPath = join(t.dataDir, 'keyslots.json');
    const file = JSON.parse(readFileSync(slotsPath, 'utf8'));
    const at = t.clock.now().toISOString();
    file.signInEvents = Array.from({ length: MAX_PENDING_EVENTS }, () => ({ at, kind: 'signIn.unknownUsername', slotId: null }));
    writeFileSync(slotsPath, JSON.stringify(file));
    for (let i = 0; i < 3; i += 1) await t.call('session.signIn', { username: ADMIN.username, password: `wrong ${i}` });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await t.ok('audit.list', { limit: 500 });
    expect(entries.find((entry) => entry.action === 'signIn.eventsCounted')?.detail).toEqual({
      'signIn.failed': { count: 3, firstAt: expect.any(String), lastAt: expect.any(String) },
    });
    const after = JSON.parse(readFileSync(slotsPath, 'utf8'));
    expect(after.signInEvents).toEqual([]);
    expect(after.signInOverflow).toEqual({});
  });

  it('locks recovery after five wrong recovery keys and says until when', async () => {
    const recoveryKey = await setUpDesk(t);
    await t.ok('session.signOut', {});
    const attempt = (key: string) =>
      t.call('session.recover', { recoveryKey: key, username: ADMIN.username, newPassword: 'a brand new password' });
    for (let i = 0; i < 4; i += 1) expect(await attempt('AAAA-BBBB')).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await attempt('AAAA-BBBB')).toMatchObject({
      ok: false,
      error: {
        code: 'ACCOUNT_LOCKED',
        message: expect.stringMatching(/locked for 10 minutes .* Try again after \d/),
        fields: { recoveryKey: expect.any(String) },
      },
    });
    expect(await attempt(recoveryKey)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    t.clock.advanceMinutes(11);
    expect(
      (await t.ok('session.recover', { recoveryKey, username: ADMIN.username, newPassword: 'a brand new password' })).user.username,
    ).toBe(ADMIN.username);
  });

  it('explains a damaged account slot as a damaged key file, not a wrong password', async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    const slotsPath = join(t.dataDir, 'keyslots.json');
    const file = JSON.parse(readFileSync(slotsPath, 'utf8'));
    file.slots[0].wrapped.tag = Buffer.from(file.slots[0].wrapped.tag, 'base64').subarray(0, 8).toString('base64');
    writeFileSync(slotsPath, JSON.stringify(file));
    for (let i = 0; i < 6; i += 1) {
      expect(await t.call('session.signIn', { username: ADMIN.username, password: `wrong ${i}` })).toMatchObject({
        ok: false,
        error: { code: 'VAULT_PROBLEM', message: expect.stringContaining('key file (keyslots.json) is damaged') },
      });
    }
    expect(JSON.parse(readFileSync(slotsPath, 'utf8')).slots[0]).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('locks on request: the database closes and signed-in channels refuse until someone signs in', async () => {
    await setUpDesk(t);
    await t.ok('session.lock', {});
    expect(events).toEqual([{ type: 'session.ended', reason: 'lock' }]);
    expect(existsSync(`${deskDatabaseFiles(t.dataDir).desk}-wal`)).toBe(false);
    expect(await t.ok('app.status', {})).toEqual({ phase: 'ready', signedIn: null });
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('locks after the idle time, counting any call as activity', async () => {
    await setUpDesk(t);
    t.clock.advanceMinutes(14);
    expect(t.core.lockIfIdle()).toBe(false);
    await t.ok('session.touch', {});
    t.clock.advanceMinutes(14);
    expect(t.core.lockIfIdle()).toBe(false);
    t.clock.advanceMinutes(1);
    expect(t.core.lockIfIdle()).toBe(true);
    expect(events).toEqual([{ type: 'session.ended', reason: 'idle' }]);
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.ok('audit.list', { limit: 500 })).entries.map((entry) => entry.action)).toContain('session.idleLock');
  });

  it('follows the idle setting and refuses one over 30 minutes', async () => {
    await setUpDesk(t);
    expect(await t.call('settings.update', { programName: 'X', idleLockMinutes: 31 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idleLockMinutes: 'Idle lock can be at most 30 minutes.' } },
    });
    await t.ok('settings.update', { programName: ADMIN.programName, idleLockMinutes: 5 });
    t.clock.advanceMinutes(5);
    expect(t.core.lockIfIdle()).toBe(true);
  });

  it('resets a forgotten password with the recovery key and clears a lockout', async () => {
    const recoveryKey = await setUpDesk(t);
    await t.ok('session.signOut', {});
    for (let i = 0; i < 5; i += 1) await t.call('session.signIn', { username: ADMIN.username, password: 'forgotten!' });
    expect(
      await t.call('session.recover', { recoveryKey: 'AAAA-BBBB', username: ADMIN.username, newPassword: 'a brand new password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' },
    });
    expect(await t.call('session.recover', { recoveryKey, username: 'nobody', newPassword: 'a brand new password' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const session = await t.ok('session.recover', { recoveryKey, username: ADMIN.username, newPassword: 'a brand new password' });
    expect(session.user.username).toBe(ADMIN.username);
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: ADMIN.username, password: 'a brand new password' });
    expect(await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false });
  });

  it("changes one's own password only with the current one", async () => {
    await setUpDesk(t);
    expect(await t.call('account.changePassword', { currentPassword: 'wrong', newPassword: 'another good password' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', fields: { currentPassword: expect.any(String) } },
    });
    expect(await t.call('account.changePassword', { currentPassword: ADMIN.password, newPassword: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await t.ok('account.changePassword', { currentPassword: ADMIN.password, newPassword: 'another good password' });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: ADMIN.username, password: 'another good password' });
  });

  it('explains a missing or damaged key file or a missing database, and changes nothing', async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    const slots = join(t.dataDir, 'keyslots.json');
    writeFileSync(slots, '{ "format": "lead-desk-keyslots"');
    let before = snapshotFiles(t.dataDir);
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'problem', problem: 'keyslots-damaged' });
    expect(await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_PROBLEM', message: expect.stringContaining('damaged') },
    });
    expect(await t.call('setup.create', { ...ADMIN })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshotFiles(t.dataDir)).toEqual(before);

    rmSync(slots);
    before = snapshotFiles(t.dataDir);
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'problem', problem: 'keyslots-missing' });
    expect(await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_PROBLEM' },
    });
    expect(snapshotFiles(t.dataDir)).toEqual(before);
  });

  it('explains a damaged database at sign-in and changes nothing', async () => {
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    const db = deskDatabaseFiles(t.dataDir).desk;
    const name = basename(db);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(db);
    bytes.fill(0x42, 0, 64);
    writeFileSync(db, bytes);
    const slotsBefore = readFileSync(join(t.dataDir, 'keyslots.json'));
    const before = snapshotFiles(t.dataDir);
    const reply = await t.call('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'VAULT_PROBLEM', message: expect.stringMatching(/damaged|could not be decrypted/) },
    });
    expect(snapshotFiles(t.dataDir)[name]).toEqual(before[name]);
    // The good password was accepted by its slot, so the only change is the failure counter's reset.
    expect(JSON.parse(readFileSync(join(t.dataDir, 'keyslots.json'), 'utf8')).slots).toEqual(JSON.parse(slotsBefore.toString()).slots);
  });
});

describe('locking from outside the app', () => {
  it('locks when the system asks and records why; closing the app records that too', async () => {
    const t = makeCore();
    const events: LeadEvent[] = [];
    t.core.onEvent((event) => events.push(event));
    await setUpDesk(t);
    t.core.lock();
    expect(events).toEqual([{ type: 'session.ended', reason: 'lock' }]);
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    t.core.close();
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    const actions = (await t.ok('audit.list', { limit: 50 })).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['session.systemLock', 'session.appClosed']));
    t.dispose();
  });
});
