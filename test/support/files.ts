import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from './data-dir';

/** Each file under `dir` with a hash of its bytes: compare two snapshots to prove nothing changed. */
export function snapshotFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}
