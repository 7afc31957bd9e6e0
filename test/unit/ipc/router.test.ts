import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { Desk } from '../../../electron/desk';
import { handlers } from '../../../electron/ipc/handlers';
import { createRouter } from '../../../electron/ipc/router';
import { DESK_WINDOW } from '../../../electron/ipc/window-scope';
import { ADMIN, FAST_SCRYPT, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

describe('the router: validate, authorize, handle, audit', () => {
  let t: CoreUnderTest;
  beforeEach(() => {
    t = makeCore();
  });
  afterEach(() => t.dispose());

  const auditActions = async () => (await t.ok('audit.list', { limit: 500 })).entries.map((entry) => entry.action);

  it('answers an unknown channel with a structured error', async () => {
    expect(await t.core.invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await t.core.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses malformed input field by field, and unexpected fields, changing nothing', async () => {
    const reply = await t.core.invoke('setup.create', { programName: '', displayName: 'x<script>', username: '1', password: 'short' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (reply.ok) return;
    expect(Object.keys(reply.error.fields!).sort()).toEqual(['displayName', 'password', 'programName', 'username']);
    expect(reply.error.fields!.displayName).toMatch(/cannot contain </);
    expect(await t.core.invoke('setup.create', { ...ADMIN, isAdmin: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    for (const junk of [null, 42, 'text', [1, 2], { programName: { $gt: '' } }]) {
      expect(await t.core.invoke('setup.create', junk)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await t.ok('app.status', {})).toEqual({ phase: 'setup' });
  });

  it('refuses signed-in channels while locked', async () => {
    await setUpDesk(t);
    await t.ok('session.lock', {});
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('refuses a role its channels, and audits the attempt', async () => {
    await setUpDesk(t);
    await t.ok('staff.create', { displayName: 'Sam Placeholder', username: 'sam', role: 'peer', temporaryPassword: 'temporary pass 1' });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: 'sam', password: 'temporary pass 1' });
    await t.ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'cobalt tangerine atlas' });
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('audit.list', { limit: 10 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await auditActions()).toContain('access.denied');
  });

  it('allows nothing but a password change while a temporary password is in force', async () => {
    await setUpDesk(t);
    await t.ok('staff.create', {
      displayName: 'Sam Placeholder',
      username: 'sam',
      role: 'supervisor',
      temporaryPassword: 'temporary pass 1',
    });
    await t.ok('session.signOut', {});
    const session = await t.ok('session.signIn', { username: 'sam', password: 'temporary pass 1' });
    expect(session.mustChangePassword).toBe(true);
    expect(await t.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const changed = await t.ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'cobalt tangerine atlas' });
    expect(changed.mustChangePassword).toBe(false);
    expect((await t.ok('staff.list', {})).length).toBe(2);
  });

  it('audits every write in the same transaction, with the actor', async () => {
    await setUpDesk(t);
    await t.ok('settings.update', { programName: 'Renamed LEAD', idleLockMinutes: 20 });
    const { entries } = await t.ok('audit.list', { limit: 500 });
    const update = entries.find((entry) => entry.action === 'settings.update');
    expect(update).toMatchObject({ actorName: ADMIN.displayName, detail: { idleLockMinutes: { from: 15, to: 20 } } });
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['setup.create', 'recoveryKey.confirm', 'settings.update']),
    );
  });

  it('reports a key file damaged mid-session plainly and saves nothing', async () => {
    await setUpDesk(t);
    const slots = `${t.dataDir}/keyslots.json`;
    const saved = readFileSync(slots);
    writeFileSync(slots, 'not json');
    const reply = await t.call('staff.create', {
      displayName: 'Sam Placeholder',
      username: 'sam',
      role: 'peer',
      temporaryPassword: 'temporary pass 1',
    });
    writeFileSync(slots, saved);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VAULT_PROBLEM', message: expect.stringContaining('damaged') } });
    expect((await t.ok('staff.list', {})).map((member) => member.username)).toEqual([ADMIN.username]);
  });
});

describe('the router with a failing handler', () => {
  it('logs only the channel and error kind, and tells the user nothing was changed', async () => {
    const dir = makeDataDir('router');
    const desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
    const secret = 'Participant ZQX Secretname';
    const router = createRouter(desk, {
      ...handlers,
      'app.status': () => {
        throw new TypeError(`cannot read ${secret}`);
      },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await router.invoke(desk.session, DESK_WINDOW, 'app.status', {});
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'LEAD Desk could not complete that. Nothing was changed.' } });
    expect(errors).toHaveBeenCalledWith('[lead-desk] app.status failed: TypeError');
    expect(JSON.stringify(errors.mock.calls)).not.toContain(secret);
    errors.mockRestore();
    removeDataDir(dir);
  });

  it('refuses output that breaks the contract rather than sending it', async () => {
    const dir = makeDataDir('router');
    const desk = new Desk({ dataDir: dir, clock: new TestClock(), scryptCost: FAST_SCRYPT, emit: () => {} });
    const router = createRouter(desk, { ...handlers, 'app.status': () => ({ phase: 'open sesame' }) as never });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await router.invoke(desk.session, DESK_WINDOW, 'app.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    errors.mockRestore();
    removeDataDir(dir);
  });
});
