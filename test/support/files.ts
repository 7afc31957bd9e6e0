import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { databaseFiles } from '../../electron/db/desk-databases';
import { KEYSLOTS_FILE } from '../../electron/desk';
import { readKeySlots } from '../../electron/vault/keyslots-file';
import { listFiles } from './data-dir';

/** Each file under `dir` with a hash of its bytes: compare two snapshots to prove nothing changed. */
export function snapshotFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

/** The paths of the desk's two database files, as its key file names them now (they change at each key rotation). */
export function deskDatabaseFiles(dataDir: string): { desk: string; records: string } {
  const slots = readKeySlots(join(dataDir, KEYSLOTS_FILE));
  if (slots.status !== 'ok' || !slots.slots.databases) throw new Error('deskDatabaseFiles: no split desk in this folder');
  return databaseFiles(dataDir, slots.slots.databases);
}
