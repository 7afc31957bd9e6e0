import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeDataDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `lead-desk-${prefix}-`));
}

/**
 * Retried: a closed desk's page check (electron/db/page-check.ts) is told to stop, not waited
 * for, and its worker's read-only connection may still add or drop the database's -shm file as
 * it closes, so one pass can meet a folder that is not empty yet (ENOTEMPTY, seen under load).
 */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Every file under `dir`, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The files under `dir` whose bytes contain `marker` in UTF-8 or UTF-16LE (how SQLite and
 * Chromium may store text): the plaintext scan that proves nothing leaks from encryption.
 */
export function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return listFiles(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}
