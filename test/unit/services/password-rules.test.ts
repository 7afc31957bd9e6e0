import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';

const SAM = { displayName: 'Sam Placeholder', username: 'sam', role: 'case_manager', temporaryPassword: 'temporary pass 1' } as const;
const TOO_COMMON = 'password12345';
const refused = (field: string, reason: RegExp) => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message: expect.stringMatching(reason), fields: { [field]: expect.stringMatching(reason) } },
});
const GUESSABLE = /too easy to guess.*commonly used password.*uncommon words/;
const PERSONAL = /contains the username or the person's name/;

describe('new passwords', () => {
  let t: CoreUnderTest;
  beforeEach(() => {
    t = makeCore();
  });
  afterEach(() => t.dispose());

  it("refuses a common password or the person's own name at setup, and sets nothing up", async () => {
    expect(await t.call('setup.create', { ...ADMIN, password: TOO_COMMON })).toMatchObject(refused('password', GUESSABLE));
    expect(await t.call('setup.create', { ...ADMIN, password: 'testwell forever 99' })).toMatchObject(refused('password', /“testwell”/));
    expect(await t.call('setup.create', { ...ADMIN, password: 'my name is avery!' })).toMatchObject(refused('password', /“avery”/));
    expect(await t.ok('app.status', {})).toEqual({ phase: 'setup' });
  });

  it('refuses a weak temporary password when adding, enabling or resetting an account', async () => {
    await setUpDesk(t);
    expect(await t.call('staff.create', { ...SAM, temporaryPassword: 'placeholder 2024' })).toMatchObject(
      refused('temporaryPassword', PERSONAL),
    );
    expect(await t.ok('staff.list', {})).toHaveLength(1);
    const sam = await t.ok('staff.create', { ...SAM });
    expect(await t.call('staff.resetPassword', { id: sam.id, temporaryPassword: TOO_COMMON })).toMatchObject(
      refused('temporaryPassword', GUESSABLE),
    );
    await t.ok('staff.disable', { id: sam.id });
    expect(await t.call('staff.enable', { id: sam.id, temporaryPassword: 'qwertyuiop123' })).toMatchObject(
      refused('temporaryPassword', GUESSABLE),
    );
    expect(await t.ok('staff.list', {})).toContainEqual(expect.objectContaining({ username: 'sam', enabled: false }));
  });

  it("refuses a weak password of one's own, and keeps the old one", async () => {
    await setUpDesk(t);
    expect(await t.call('account.changePassword', { currentPassword: ADMIN.password, newPassword: 'iloveyou2024' })).toMatchObject(
      refused('newPassword', GUESSABLE),
    );
    expect(await t.call('account.changePassword', { currentPassword: ADMIN.password, newPassword: 'avery testwell 1' })).toMatchObject(
      refused('newPassword', PERSONAL),
    );
    await t.ok('session.signOut', {});
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('refuses a weak password set with the recovery key, and leaves the desk locked', async () => {
    const recoveryKey = await setUpDesk(t);
    await t.ok('session.signOut', {});
    expect(await t.call('session.recover', { recoveryKey, username: ADMIN.username, newPassword: TOO_COMMON })).toMatchObject(
      refused('newPassword', GUESSABLE),
    );
    expect(await t.ok('app.status', {})).toEqual({ phase: 'ready', signedIn: null });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('refuses a NUL character in any password', async () => {
    expect(await t.call('setup.create', { ...ADMIN, password: 'correct horse\u0000battery' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { password: expect.stringContaining('NUL') } },
    });
    await setUpDesk(t);
    await t.ok('session.signOut', {});
    expect(await t.call('session.signIn', { username: ADMIN.username, password: `${ADMIN.password}\u0000` })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { password: expect.stringContaining('NUL') } },
    });
  });
});
