import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { KEYSLOTS_FILE } from '../desk';
import { writeFileAtomic } from '../fs-atomic';
import type { ScryptCost } from '../vault/kdf';
import { generateProgram } from './generate-program';

/** `electron . --training` (or the installed app with --training) opens the training desk. */
export const TRAINING_FLAG = '--training';
/** Every training desk holds the same program, so a trainer's handout matches every screen. */
export const TRAINING_SEED = 20_161_101;
/**
 * The training accounts' password is printed on the sign-in screen, so a slow key derivation
 * guards nothing on this desk; a cheap one makes the first start much quicker.
 */
export const TRAINING_SCRYPT_COST = { N: 2 ** 12, r: 8, p: 1 } as const;

/**
 * Which training program a folder holds. Raise it when the program or its published password
 * changes (edition 2: the password rule refused the first one; edition 3: the key split gave
 * it two databases and accounts a supervisor completes; edition 4: the provider directory), so a desk built by an older
 * LEAD Desk is built again rather than showing a password that no longer opens it.
 */
export const TRAINING_EDITION = 4;
const EDITION_FILE = 'training-edition';

function editionIn(dataDir: string): number | null {
  try {
    return Number(readFileSync(join(dataDir, EDITION_FILE), 'utf8').trim());
  } catch {
    return null;
  }
}

/**
 * Makes sure the training data folder holds this edition of the team-size program, ending today. It is built in
 * a folder beside it and renamed into place only when complete, so an interrupted build never
 * leaves a half-made desk. The real data folder is never named here: the caller passes the
 * training folder, and the training desk's core knows no other.
 */
export async function prepareTrainingDesk(dataDir: string, clock: Clock, scryptCost: ScryptCost): Promise<void> {
  if (existsSync(join(dataDir, KEYSLOTS_FILE)) && editionIn(dataDir) === TRAINING_EDITION) return;
  const partial = `${dataDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  await generateProgram({ dataDir: partial, size: 'team', seed: TRAINING_SEED, endAt: clock.now(), scryptCost });
  writeFileAtomic(join(partial, EDITION_FILE), `${TRAINING_EDITION}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
}
