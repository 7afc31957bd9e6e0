import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadCore } from '../../../electron/lead-core';
import { ADMIN, callerFor, FAST_SCRYPT, setUpDesk } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';
import { bundleChildCore, startChildCore, type ChildCoreScript } from '../fault-injection/child-core';
import { CAN_MOUNT, mountSmallDisk } from '../fault-injection/full-disk';

/** A desk whose key file is bigger than 4 KiB (a dozen staff), so a short write would cut it. */
async function deskWithLargeKeyFile(dataDir: string): Promise<string> {
  const core = createLeadCore({ dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
  const t = callerFor((channel, input) => core.invoke(channel, input));
  const recoveryKey = await setUpDesk(t);
  for (let i = 1; i <= 12; i += 1) {
    await t.ok('staff.create', {
      displayName: `Staff Member ${i}`,
      username: `staff${i}`,
      role: 'peer',
      temporaryPassword: 'temporary pass 1',
    });
  }
  core.close();
  expect(readFileSync(join(dataDir, 'keyslots.json')).length).toBeGreaterThan(5000);
  return recoveryKey;
}

/** The desk still opens with the administrator's password and with the recovery key. */
async function expectDeskOpens(dataDir: string, recoveryKey: string): Promise<void> {
  const core = createLeadCore({ dataDir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
  const t = callerFor((channel, input) => core.invoke(channel, input));
  try {
    expect(await t.ok('app.status', {})).toMatchObject({ phase: 'ready' });
    await t.ok('session.signIn', { username: ADMIN.username, password: ADMIN.password });
    await t.ok('session.signOut', {});
    await t.ok('session.recover', { recoveryKey, username: ADMIN.username, newPassword: ADMIN.password });
  } finally {
    core.close();
  }
}

const tempFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('the key file under a write the disk cuts short', () => {
  let script: ChildCoreScript;
  let buildDir: string;
  beforeAll(async () => {
    buildDir = makeDataDir('child-build');
    script = await bundleChildCore(buildDir);
  });
  afterAll(() => removeDataDir(buildDir));

  it('keeps the old file byte for byte when a file-size limit stops the write at 4 KiB', async () => {
    const dataDir = makeDataDir('ulimit');
    try {
      const recoveryKey = await deskWithLargeKeyFile(dataDir);
      const before = readFileSync(join(dataDir, 'keyslots.json'));
      // The kernel accepts the first 4,096 bytes of the rewrite, then refuses with EFBIG.
      const child = await startChildCore(script, dataDir, { fileSizeLimitKb: 4 });
      const reply = await child.call('session.signIn', { username: ADMIN.username, password: 'not the password' });
      await child.kill();
      expect(reply.ok).toBe(false);
      expect(readFileSync(join(dataDir, 'keyslots.json'))).toEqual(before);
      expect(tempFiles(dataDir)).toEqual([]);
      await expectDeskOpens(dataDir, recoveryKey);
    } finally {
      removeDataDir(dataDir);
    }
  });

  it.runIf(CAN_MOUNT)('keeps the old file byte for byte when the disk fills during the write', async () => {
    const disk = mountSmallDisk(2048);
    try {
      const recoveryKey = await deskWithLargeKeyFile(disk.dir);
      const before = readFileSync(join(disk.dir, 'keyslots.json'));
      // One page left: the rewrite gets its first 4,096 bytes onto the disk, then ENOSPC.
      disk.fill(4096);
      const core = createLeadCore({ dataDir: disk.dir, clock: new TestClock(), scryptCost: FAST_SCRYPT });
      const reply = await core.invoke('session.signIn', { username: ADMIN.username, password: 'not the password' });
      core.close();
      expect(reply.ok).toBe(false);
      expect(readFileSync(join(disk.dir, 'keyslots.json'))).toEqual(before);
      expect(tempFiles(disk.dir)).toEqual([]);
      disk.free();
      await expectDeskOpens(disk.dir, recoveryKey);
    } finally {
      disk.unmount();
    }
  });
});
