import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { DATABASE_FILE } from '../desk';
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
 * Makes sure the training data folder holds the team-size program, ending today. It is built in
 * a folder beside it and renamed into place only when complete, so an interrupted build never
 * leaves a half-made desk. The real data folder is never named here: the caller passes the
 * training folder, and the training desk's core knows no other.
 */
export async function prepareTrainingDesk(dataDir: string, clock: Clock, scryptCost: ScryptCost): Promise<void> {
  if (existsSync(join(dataDir, DATABASE_FILE))) return;
  const partial = `${dataDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  await generateProgram({ dataDir: partial, size: 'team', seed: TRAINING_SEED, endAt: clock.now(), scryptCost });
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
}
