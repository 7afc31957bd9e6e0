import type { ErrorCode, ReplyError } from '../../shared/ipc/reply';

/**
 * What went wrong with the drive or the database file, read from the error's code: SQLite's
 * (better-sqlite3 sets `code`, extended codes included, e.g. SQLITE_IOERR_WRITE) or Node's, from
 * a file write such as the key-slot file's.
 */
export type StorageFault = 'damaged' | 'disk-full' | 'read-only' | 'drive-error';

const FAULTS: Record<string, StorageFault> = {
  SQLITE_CORRUPT: 'damaged',
  // SQLCipher reports a page whose HMAC does not match as corrupt, or as "not a database" on page 1.
  SQLITE_NOTADB: 'damaged',
  SQLITE_FULL: 'disk-full',
  ENOSPC: 'disk-full',
  EFBIG: 'disk-full',
  EDQUOT: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_PERM: 'read-only',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  SQLITE_IOERR: 'drive-error',
  EIO: 'drive-error',
};

export function storageFault(error: unknown): StorageFault | null {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  return FAULTS[primary] ?? null;
}

const CODES: Record<Exclude<StorageFault, 'damaged'>, ErrorCode> = {
  'disk-full': 'DISK_FULL',
  'read-only': 'READ_ONLY',
  'drive-error': 'STORAGE_FAILED',
};

/**
 * What happened and what to do about a fault of the drive; `outcome` says what became of the
 * change, and `typedIsKept` whether a form still holds what was typed.
 */
export function describeStorageFault(fault: Exclude<StorageFault, 'damaged'>, outcome: string, typedIsKept: boolean): ReplyError {
  const kept = typedIsKept ? '; what you typed is still here' : '';
  return { code: CODES[fault], message: faultMessage(fault, outcome, kept) };
}

function faultMessage(fault: Exclude<StorageFault, 'damaged'>, outcome: string, kept: string): string {
  switch (fault) {
    case 'disk-full':
      return `The disk is full: ${outcome}. Free some space on the drive, then try again${kept}.`;
    case 'read-only':
      return `LEAD Desk cannot write to its data folder (the drive is read-only, or this computer account may not write there): ${outcome}. Ask IT support to make the data folder writable again, then try again${kept}.`;
    case 'drive-error':
      return `The drive reported an error while LEAD Desk was using its data: ${outcome}. Try again${kept}; if it happens again, ask IT support to check the drive before going on.`;
  }
}
