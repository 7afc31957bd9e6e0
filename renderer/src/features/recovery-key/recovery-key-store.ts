import type { IssuedRecoveryKey } from '../../../../shared/ipc/session-contract';
import { createStore } from '../../state/store';
import { startSession } from '../session';

interface RecoveryKeyState {
  /** A key just issued and not yet confirmed. It is a secret: the store is cleared with every other at lock. */
  issued: { recoveryKey: string; groups: readonly [number, number] } | null;
}

export const useRecoveryKey = createStore<RecoveryKeyState>(() => ({ issued: null }));

export function showIssuedKey(issued: IssuedRecoveryKey): void {
  useRecoveryKey.setState({ issued: { recoveryKey: issued.recoveryKey, groups: issued.check.groups } });
  startSession(issued.session);
}

export function forgetIssuedKey(): void {
  useRecoveryKey.setState({ issued: null });
}
