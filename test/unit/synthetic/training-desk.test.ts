import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYSLOTS_FILE } from '../../../electron/desk';
import { createLeadCore } from '../../../electron/lead-core';
import { generateProgram } from '../../../electron/synthetic/generate-program';
import { SYNTHETIC_PASSWORD } from '../../../electron/synthetic/synthetic-accounts';
import { prepareTrainingDesk, TRAINING_EDITION, TRAINING_SCRYPT_COST } from '../../../electron/synthetic/training-desk';
import { FAST_SCRYPT, callerFor } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

// The real generator, watched: a test can count the builds, or make one fail partway through.
vi.mock('../../../electron/synthetic/generate-program', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/synthetic/generate-program')>();
  return { ...real, generateProgram: vi.fn(real.generateProgram) };
});
const generate = vi.mocked(generateProgram);
const realGenerate = generate.getMockImplementation()!;

/** A team program takes 10 to 30 s to build on these machines. */
const BUILD_MS = 120_000;

let root: string;
beforeEach(() => {
  root = makeDataDir('training');
  generate.mockClear();
});
afterEach(() => removeDataDir(root));

describe('prepareTrainingDesk', () => {
  it(
    'after a build that failed partway, no desk; the next start builds the whole program in place, then leaves it alone',
    async () => {
      const dataDir = join(root, 'training');
      const clock = new TestClock();
      // The disk fills a month into the program's year, with the database half written.
      let halfWritten = false;
      generate.mockImplementationOnce((options) =>
        realGenerate({
          ...options,
          onProgress: (done) => {
            if (done === 0) return;
            halfWritten = existsSync(join(options.dataDir, KEYSLOTS_FILE));
            throw new Error('ENOSPC: no space left on device');
          },
        }),
      );
      await expect(prepareTrainingDesk(dataDir, clock, TRAINING_SCRYPT_COST)).rejects.toThrow('ENOSPC');
      expect(halfWritten).toBe(true);
      expect(existsSync(dataDir)).toBe(false);

      await prepareTrainingDesk(dataDir, clock, TRAINING_SCRYPT_COST);
      expect(generate).toHaveBeenCalledTimes(2);
      expect(generate.mock.calls[1]![0]).toMatchObject({ dataDir: `${dataDir}.partial`, size: 'team' });
      expect(existsSync(`${dataDir}.partial`)).toBe(false);
      expect(readdirSync(root)).toEqual(['training']);
      expect(readdirSync(dataDir)).toEqual(expect.arrayContaining([KEYSLOTS_FILE, 'training-edition']));

      // The folder holds the whole program, which the practice accounts open.
      const core = createLeadCore({ dataDir, clock, training: true });
      try {
        const desk = callerFor((channel, input) => core.invoke(channel, input));
        await desk.ok('session.signIn', { username: 'cm1', password: SYNTHETIC_PASSWORD });
        expect((await desk.ok('participants.list', {})).participants.length).toBeGreaterThan(20);
      } finally {
        core.close();
      }

      // A desk that exists is never rebuilt: the practice done on it stays until it is removed.
      const built = statSync(join(dataDir, KEYSLOTS_FILE));
      await prepareTrainingDesk(dataDir, clock, TRAINING_SCRYPT_COST);
      expect(generate).toHaveBeenCalledTimes(2);
      const after = statSync(join(dataDir, KEYSLOTS_FILE));
      expect([after.ino, after.mtimeMs, after.size]).toEqual([built.ino, built.mtimeMs, built.size]);

      // A desk an older LEAD Desk built (another program, another published password) is built
      // again; the old one stays until the new one is whole (here the build fails at once).
      writeFileSync(join(dataDir, 'training-edition'), `${TRAINING_EDITION - 1}\n`);
      generate.mockImplementationOnce(() => Promise.reject(new Error('stopped for the test')));
      await expect(prepareTrainingDesk(dataDir, clock, TRAINING_SCRYPT_COST)).rejects.toThrow('stopped for the test');
      expect(generate).toHaveBeenCalledTimes(3);
      expect(statSync(join(dataDir, KEYSLOTS_FILE)).ino).toBe(built.ino);
    },
    BUILD_MS,
  );

  it('a data folder that cannot be made leaves no training database anywhere', async () => {
    const parent = join(root, 'not-a-folder');
    writeFileSync(parent, 'a file where a folder should be');
    const dataDir = join(parent, 'training');
    await expect(prepareTrainingDesk(dataDir, new TestClock(), FAST_SCRYPT)).rejects.toThrow();
    expect(existsSync(join(dataDir, KEYSLOTS_FILE))).toBe(false);
    expect(readdirSync(root)).toEqual(['not-a-folder']);
  });
});
