import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

/** Mounting a tmpfs needs root (this machine and CI run as root); elsewhere these tests are skipped. */
export const CAN_MOUNT = process.getuid?.() === 0;

export interface SmallDisk {
  dir: string;
  /** Fills the disk, then frees `bytesLeft` (rounded to whole 4 KiB pages by tmpfs). */
  fill(bytesLeft: number): void;
  /** Frees what fill() took, as the person would who empties the disk. */
  free(): void;
  unmount(): void;
}

/** A real, tiny filesystem of `kb` KiB: writes past its size fail with ENOSPC, as on a full disk. */
export function mountSmallDisk(kb: number): SmallDisk {
  const dir = makeDataDir('tmpfs');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  const filler = join(dir, 'filler');
  return {
    dir,
    fill(bytesLeft) {
      const fd = openSync(filler, 'a');
      try {
        const chunk = Buffer.alloc(4096, 1);
        for (;;) {
          try {
            writeSync(fd, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
            throw error;
          }
        }
        ftruncateSync(fd, Math.max(0, fstatSync(fd).size - bytesLeft));
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      // Lazily: a failed test may not have closed the database on it.
      execFileSync('umount', ['--lazy', dir]);
      removeDataDir(dir);
    },
  };
}
