/**
 * Run as a child process (`node --expose-gc --import tsx`) by test/unit/vault/key-traces.test.ts:
 * sets up a desk, signs in, locks, collects garbage twice and writes a heap snapshot. The
 * two database keys (desk, then records) are written once, as bytes, to a file for the parent to search for: the child
 * never makes a string of it, so any copy the snapshot holds is one the app made.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { systemClock } from '../../electron/clock';
import { KEYSLOTS_FILE } from '../../electron/desk';
import { createLeadCore, type LeadCore } from '../../electron/lead-core';
import { KeyVault, zeroUnlocked } from '../../electron/vault/vault';
import { ADMIN, FAST_SCRYPT, callerFor } from './core';
import { TEAM } from './intake';

const SUPERVISOR = TEAM.supervisor;

const [dataDir, keyFile, snapshotFile] = process.argv.slice(2) as [string, string, string];
const collect =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error('run with --expose-gc');
  });

/** The core stays reachable, as it does in the app after a lock: only garbage may be collected. */
async function probe(): Promise<LeadCore> {
  const core = createLeadCore({ dataDir, scryptCost: FAST_SCRYPT });
  const desk = callerFor((channel, input) => core.invoke(channel, input));
  const issued = await desk.ok('setup.create', { ...ADMIN });
  const groups = issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]!) as [string, string];
  await desk.ok('recoveryKey.confirm', { groups });
  await desk.ok('session.signOut', {});
  await desk.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
  await desk.ok('settings.get', {});
  // A supervisor's sign-in holds the records key too.
  await desk.ok('staff.create', {
    displayName: SUPERVISOR.displayName,
    username: SUPERVISOR.username,
    role: 'supervisor',
    temporaryPassword: 'temporary pass 1',
  });
  await desk.ok('session.signIn', { username: SUPERVISOR.username, password: 'temporary pass 1' });
  await desk.ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: SUPERVISOR.password });
  await desk.ok('account.completeWithRecoveryKey', { recoveryKey: issued.recoveryKey });
  await desk.ok('pairs.list', {});

  const unlocked = new KeyVault(join(dataDir, KEYSLOTS_FILE), systemClock, FAST_SCRYPT).unlockWithRecoveryKey(issued.recoveryKey);
  if (!unlocked || unlocked.layout !== 'split' || !unlocked.keys.records) throw new Error('the recovery key did not open the vault');
  const fd = openSync(keyFile, 'w', 0o600);
  writeSync(fd, unlocked.keys.desk);
  writeSync(fd, unlocked.keys.records);
  closeSync(fd);
  zeroUnlocked(unlocked);

  core.lock();
  return core;
}

void probe().then((core) => {
  collect();
  collect();
  writeHeapSnapshot(snapshotFile);
  core.close();
});
