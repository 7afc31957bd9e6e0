import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';

const SAM = { displayName: 'Sam Placeholder', username: 'sam', role: 'case_manager', temporaryPassword: 'temporary pass 1' } as const;

describe('staff accounts', () => {
  let t: CoreUnderTest;
  beforeEach(async () => {
    t = makeCore();
    await setUpDesk(t);
  });
  afterEach(() => t.dispose());

  async function signInAs(username: string, password: string) {
    await t.ok('session.signOut', {});
    return t.call('session.signIn', { username, password });
  }

  it('adds an account that signs in with its temporary password and must change it', async () => {
    const sam = await t.ok('staff.create', { ...SAM });
    expect(sam).toMatchObject({ username: 'sam', role: 'case_manager', enabled: true, mustChangePassword: true, lockedUntil: null });
    const session = await signInAs('sam', SAM.temporaryPassword);
    expect(session).toMatchObject({ ok: true, value: { mustChangePassword: true, user: { role: 'case_manager' } } });
  });

  it('refuses a taken username, whatever its case', async () => {
    await t.ok('staff.create', { ...SAM });
    expect(await t.call('staff.create', { ...SAM, username: 'SAM' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { username: 'That username is taken.' } },
    });
  });

  it('disables an account by removing its key slot, and enables it again with a new temporary password', async () => {
    const sam = await t.ok('staff.create', { ...SAM });
    expect(await t.ok('staff.disable', { id: sam.id })).toMatchObject({ enabled: false });
    expect(await signInAs('sam', SAM.temporaryPassword)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.call('staff.resetPassword', { id: sam.id, temporaryPassword: 'another temp 22' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await t.ok('staff.enable', { id: sam.id, temporaryPassword: 'another temp 22' });
    expect(await signInAs('sam', 'another temp 22')).toMatchObject({ ok: true });
  });

  it('resets a password: the old one stops working and a lockout is lifted', async () => {
    const sam = await t.ok('staff.create', { ...SAM });
    await t.ok('session.signOut', {});
    for (let i = 0; i < 5; i += 1) await t.call('session.signIn', { username: 'sam', password: 'guessing wrong' });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.ok('staff.list', {})).find((member) => member.id === sam.id)!.lockedUntil).not.toBeNull();
    const reset = await t.ok('staff.resetPassword', { id: sam.id, temporaryPassword: 'fresh temporary 9' });
    expect(reset).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect(await signInAs('sam', SAM.temporaryPassword)).toMatchObject({ ok: false });
    expect(await t.call('session.signIn', { username: 'sam', password: 'fresh temporary 9' })).toMatchObject({ ok: true });
  });

  it('records a role change as a permission change', async () => {
    const sam = await t.ok('staff.create', { ...SAM });
    await t.ok('staff.update', { id: sam.id, displayName: 'Sam Q. Placeholder', role: 'supervisor', workPhone: null });
    const { entries } = await t.ok('audit.list', { limit: 50 });
    expect(entries.find((entry) => entry.action === 'staff.roleChanged')).toMatchObject({
      subjectId: String(sam.id),
      detail: { from: 'case_manager', to: 'supervisor' },
    });
    expect(entries.find((entry) => entry.action === 'staff.update')).toMatchObject({
      detail: { displayName: { from: 'Sam Placeholder', to: 'Sam Q. Placeholder' } },
    });
  });

  it('keeps a work phone for the slips a person prints, refusing one that is not a phone number and changing nothing', async () => {
    const sam = await t.ok('staff.create', { ...SAM, workPhone: '410-555-0107' });
    expect(sam.workPhone).toBe('410-555-0107');
    const refused = await t.call('staff.update', {
      id: sam.id,
      displayName: sam.displayName,
      role: sam.role,
      workPhone: 'call the front desk',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { workPhone: expect.stringMatching(/^Phone can hold only/) } },
    });
    expect((await t.ok('staff.list', {})).find((member) => member.id === sam.id)!.workPhone).toBe('410-555-0107');
    await t.ok('staff.update', { id: sam.id, displayName: sam.displayName, role: sam.role, workPhone: '410-555-0199 x2' });
    await t.ok('staff.update', { id: sam.id, displayName: sam.displayName, role: sam.role, workPhone: null });
    expect((await t.ok('staff.list', {})).find((member) => member.id === sam.id)!.workPhone).toBeNull();
    const { entries } = await t.ok('audit.list', { limit: 50, action: 'staff.update' });
    expect(entries.map((entry) => entry.detail)).toEqual([
      { workPhone: { from: '410-555-0199 x2', to: null } },
      { workPhone: { from: '410-555-0107', to: '410-555-0199 x2' } },
    ]);
  });

  it('always keeps one active administrator, and an administrator cannot disable themself', async () => {
    const me = (await t.ok('staff.list', {}))[0]!;
    expect(await t.call('staff.update', { id: me.id, displayName: me.displayName, role: 'peer', workPhone: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.call('staff.disable', { id: me.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const second = await t.ok('staff.create', { ...SAM, role: 'administrator' });
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: 'sam', password: SAM.temporaryPassword });
    await t.ok('account.changePassword', { currentPassword: SAM.temporaryPassword, newPassword: 'cobalt tangerine atlas' });
    await t.ok('staff.update', { id: me.id, displayName: me.displayName, role: 'supervisor', workPhone: null });
    expect(await t.call('staff.disable', { id: second.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('never lets anyone change their own role or reset their own password, even with another administrator', async () => {
    const me = (await t.ok('staff.list', {}))[0]!;
    await t.ok('staff.create', { ...SAM, role: 'administrator' });
    const ownRole = await t.call('staff.update', { id: me.id, displayName: me.displayName, role: 'supervisor', workPhone: null });
    expect(ownRole).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { role: 'You cannot change your own role.' } } });
    const ownReset = await t.call('staff.resetPassword', { id: me.id, temporaryPassword: 'fresh temporary 9' });
    expect(ownReset).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The name can still be corrected, and nothing else changed.
    await t.ok('staff.update', { id: me.id, displayName: 'Avery T. Testwell', role: me.role, workPhone: null });
    expect((await t.ok('staff.list', {}))[0]).toMatchObject({
      role: 'administrator',
      displayName: 'Avery T. Testwell',
      mustChangePassword: false,
    });
  });

  it('refuses an unknown account id', async () => {
    expect(await t.call('staff.resetPassword', { id: 999, temporaryPassword: 'temporary pass 1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
