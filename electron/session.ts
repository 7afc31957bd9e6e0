import type { SessionUser } from '../shared/ipc/session-contract';

/** Who is signed in at this window. Lives only in the main process's memory. */
export interface Session {
  user: (SessionUser & { mustChangePassword: boolean }) | null;
  lastActivityMs: number;
  /** A recovery key just issued, kept until the administrator types part of it back. */
  pendingRecoveryKey: { key: string; groups: [number, number] } | null;
  /** Participants whose record this sign-in has opened, with the audited read written. */
  openedRecords: Set<number>;
}

export function newSession(): Session {
  return { user: null, lastActivityMs: 0, pendingRecoveryKey: null, openedRecords: new Set() };
}
