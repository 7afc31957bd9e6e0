import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLeadCore } from '../../../electron/lead-core';
import { ADMIN, callerFor, FAST_SCRYPT, setUpDesk } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

let dataDir: string;
beforeEach(() => {
  dataDir = makeDataDir('recovery-replacement');
});
afterEach(() => removeDataDir(dataDir));

/** The desk as the app opens it after a restart. */
function openDesk() {
  const core = createLeadCore({ dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
  return { core, ...callerFor((channel, input) => core.invoke(channel, input)) };
}

const recoverWith = (t: ReturnType<typeof openDesk>, recoveryKey: string) =>
  t.call('session.recover', { recoveryKey, username: ADMIN.username, newPassword: ADMIN.password });

it('keeps the key on paper working when the app closes before its replacement is confirmed, and asks for a new one', async () => {
  const first = openDesk();
  const onPaper = await setUpDesk(first);
  const replaced = await first.ok('recoveryKey.replace', {});
  expect(replaced.session.recoveryKeyConfirmed).toBe(false);
  first.core.close();

  const reopened = openDesk();
  const session = await reopened.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(session.recoveryKeyConfirmed).toBe(false);
  await reopened.ok('session.signOut', {});
  expect(await recoverWith(reopened, replaced.recoveryKey)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
  expect(await recoverWith(reopened, onPaper)).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: false } });

  const again = await reopened.ok('recoveryKey.replace', {});
  const groups = again.check.groups.map((n) => again.recoveryKey.split('-')[n - 1]!) as [string, string];
  expect((await reopened.ok('recoveryKey.confirm', { groups })).recoveryKeyConfirmed).toBe(true);
  await reopened.ok('session.signOut', {});
  expect(await recoverWith(reopened, onPaper)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
  expect(await recoverWith(reopened, again.recoveryKey)).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: true } });
  reopened.core.close();
});
