import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLeadCore } from '../../../electron/lead-core';
import { ADMIN, FAST_SCRYPT, makeCore, setUpDesk, type CoreUnderTest } from '../../support/core';
import { TestClock } from '../../support/test-clock';

let t: CoreUnderTest;
beforeEach(() => {
  t = makeCore();
});
afterEach(() => t.dispose());

it('removes the temp files a killed atomic write left, of any file, when the desk opens', async () => {
  await setUpDesk(t);
  // What a kill between writing and renaming leaves: the key file as it was, still opening with
  // the password that is about to be superseded.
  copyFileSync(join(t.dataDir, 'keyslots.json'), join(t.dataDir, 'keyslots.json.0123456789ab.tmp'));
  await t.ok('account.changePassword', { currentPassword: ADMIN.password, newPassword: 'a newer good password' });
  writeFileSync(join(t.dataDir, 'other-state.json.abcdef012345.tmp'), '{"half": ');
  writeFileSync(join(t.dataDir, 'someone-elses.tmp'), 'not written by the desk');
  t.core.close();

  const reopened = createLeadCore({ dataDir: t.dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
  reopened.close();
  expect(readdirSync(t.dataDir).filter((name) => name.endsWith('.tmp'))).toEqual(['someone-elses.tmp']);
});
