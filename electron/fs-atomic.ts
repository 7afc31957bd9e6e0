import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** How a sibling written by writeFileAtomic is named: `<file>.<12 hex digits>.tmp`. */
const TEMP_SUFFIX = /\.[0-9a-f]{12}\.tmp$/;

/**
 * Replaces a file so that a crash or a fault leaves either the old or the new content, never a
 * torn file: write a sibling in full, flush it, read it back, rename it over, flush the
 * directory. A full disk or a file-size limit makes the kernel accept only part of a write
 * (writeSync returns fewer bytes than asked), so the count is looped on and the result checked
 * before the good file is replaced; on any failure the sibling is removed and the old file stays.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const bytes = Buffer.from(content, 'utf8');
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFully(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!readFileSync(temp).equals(bytes)) throw new Error(`The new ${path} did not read back as written.`);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}

/** Removes a file so that the removal itself survives a power cut (the directory is flushed). */
export function removeFileDurably(path: string): void {
  rmSync(path, { force: true });
  syncDirectory(dirname(path));
}

/**
 * Removes the siblings that writeFileAtomic leaves when the process is killed mid-write. They
 * hold superseded content (a key file that still opens with an old password), so none may stay.
 */
export function removeAtomicWriteLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (TEMP_SUFFIX.test(name)) rmSync(join(dir, name), { force: true });
  }
}

function writeFully(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) {
    const count = writeSync(fd, bytes, written, bytes.length - written);
    // A write that makes no progress would loop forever.
    if (count === 0) throw new Error('The disk accepted no more bytes.');
    written += count;
  }
}

/** Flushes a directory's entries (a rename or a new file in it) to the disk. */
export function syncDirectory(dir: string): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file written by something else (SQLite's VACUUM INTO) to the disk. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
