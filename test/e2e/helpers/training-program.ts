import { join } from 'node:path';
import { prepareTrainingDesk, TRAINING_SCRYPT_COST } from '../../../electron/synthetic/training-desk';
import { makeDataDir, removeDataDir } from '../../support/data-dir';
import { TestClock } from '../../support/test-clock';

/** Building the team program takes 10 to 30 s; the test that builds it is given this much more time. */
export const TRAINING_BUILD_MS = 120_000;

/**
 * The training desk's program, built at most once per worker (by the first test that asks) and
 * copied into each training test's data folder, at the training desk's own (cheap) scrypt cost:
 * a desk refuses slots cheaper than the cost it is configured with.
 */
export function trainingProgramBuilder(): { folder(): Promise<string>; built(): boolean; remove(): void } {
  let root: string | null = null;
  let building: Promise<string> | null = null;
  return {
    folder() {
      building ??= (async () => {
        root = makeDataDir('training-program');
        const folder = join(root, 'training');
        await prepareTrainingDesk(folder, new TestClock(), TRAINING_SCRYPT_COST);
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
