import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

describe('the database key after lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeDataDir('heap');
  });
  afterEach(() => removeDataDir(dir));

  it('leaves no copy in the JavaScript heap, as hex, base64 or bytes', () => {
    const [keyFile, snapshotFile] = [join(dir, 'key.bin'), join(dir, 'after-lock.heapsnapshot')];
    const probe = new URL('../../support/key-heap-probe.ts', import.meta.url).pathname;
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, join(dir, 'data'), keyFile, snapshotFile], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 170_000,
    });
    const keys = readFileSync(keyFile);
    const snapshot = readFileSync(snapshotFile);
    expect(keys.length).toBe(64);
    for (const key of [keys.subarray(0, 32), keys.subarray(32)]) {
      expect(key).toHaveLength(32);
      expect(snapshot.length).toBeGreaterThan(1_000_000);
      expect(snapshot.includes(key.toString('hex'))).toBe(false);
      expect(snapshot.includes(key.toString('hex').toUpperCase())).toBe(false);
      expect(snapshot.includes(key.toString('base64'))).toBe(false);
      // A heap snapshot holds no ArrayBuffer contents; the bytes are checked for all that, in case
      // a copy of them ever lands in a string.
      expect(snapshot.includes(key)).toBe(false);
    }
  }, 180_000);
});
