import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** SQLCipher v4's page size: the unit a damaged sector spoils. */
export const PAGE_SIZE = 4096;

export function pageCount(file: string): number {
  return statSync(file).size / PAGE_SIZE;
}

/**
 * Flips bytes in the middle of one page (numbered from 1, as SQLite does) of a real file: what a
 * failing sector or a bad copy leaves behind. Page 1 holds the header; later pages hold records.
 */
export function damagePage(file: string, page: number): void {
  const fd = openSync(file, 'r+');
  try {
    const at = (page - 1) * PAGE_SIZE + PAGE_SIZE / 2;
    const bytes = Buffer.alloc(16);
    readSync(fd, bytes, 0, bytes.length, at);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = bytes[i]! ^ 0xff;
    writeSync(fd, bytes, 0, bytes.length, at);
  } finally {
    closeSync(fd);
  }
}

export interface SmallDrive {
  /** The mount point: put the data folder inside it. */
  dir: string;
  /** Fills what is left of the drive with one file, so the next write that needs space fails. */
  fill(): void;
  /** Deletes the filler: the drive has room again. */
  free(): void;
  readOnly(): void;
  writable(): void;
  unmount(): void;
}

/**
 * A real, small drive: a tmpfs mounted for one test (this needs root, as on CI). A machine that
 * cannot mount makes the test fail here, loudly, rather than skip the fault it is about.
 */
export function mountSmallDrive(sizeMb: number): SmallDrive {
  const dir = mkdtempSync(join(tmpdir(), 'lead-desk-drive-'));
  mount(['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', dir]);
  return smallDrive(dir, () => rmdirSync(dir));
}

/**
 * Moves an existing folder (a test app's data folder) onto a small drive mounted in its place.
 * After unmounting, the folder holds what it held before the drive went on.
 */
export function moveOntoSmallDrive(dir: string, sizeMb: number): SmallDrive {
  const aside = mkdtempSync(join(tmpdir(), 'lead-desk-aside-'));
  cpSync(dir, aside, { recursive: true });
  mount(['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', dir]);
  cpSync(aside, dir, { recursive: true });
  rmSync(aside, { recursive: true });
  return smallDrive(dir, () => {});
}

function smallDrive(dir: string, afterUnmount: () => void): SmallDrive {
  const filler = join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
        // Byte-sized remainders too, so not even a partial page still fits.
        try {
          for (;;) writeSync(fd, block, 0, 512);
        } catch (small) {
          if ((small as { code?: string }).code !== 'ENOSPC') throw small;
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    readOnly() {
      mount(['-o', 'remount,ro', dir]);
    },
    writable() {
      mount(['-o', 'remount,rw', dir]);
    },
    unmount() {
      execFileSync('umount', ['-l', dir]);
      afterUnmount();
    },
  };
}

function mount(args: string[]): void {
  try {
    execFileSync('mount', args, { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`mount ${args.join(' ')} failed (${stderr ?? 'no output'}): these fault tests need root and must not be skipped`);
  }
}
