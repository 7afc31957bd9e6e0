import { join } from 'node:path';
import { prepareTrainingDesk } from '../../../electron/synthetic/training-desk';
import { FAST_SCRYPT } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

/** Building the team program takes 10 to 30 s; the test that builds it is given this much more time. */
export const TRAINING_BUILD_MS = 120_000;

/**
 * The training desk's program, built at most once per worker (by the first test that asks) and
 * copied into each training test's data folder. Cheap scrypt: the slots store their own cost, so
 * the test's core signs in with it all the same.
 */
export function trainingProgramBuilder(): { folder(): Promise<string>; built(): boolean; remove(): void } {
  let root: string | null = null;
  let building: Promise<string> | null = null;
  return {
    folder() {
      building ??= (async () => {
        root = makeDataDir('training-program');
        const folder = join(root, 'training');
        await prepareTrainingDesk(folder, new TestClock(), FAST_SCRYPT);
        return folder;
      })();
      return building;
    },
    built: () => building !== null,
    remove() {
      if (root) removeDataDir(root);
    },
  };
}
