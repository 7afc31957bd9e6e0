import type { LeadEvent } from '../../../../shared/ipc/contract';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { createStore, resetAllStores } from '../../state/store';

type EndReason = Extract<LeadEvent, { type: 'session.ended' }>['reason'];

interface SessionState {
  /** What app.status said at start-up; 'loading' until it answers. */
  phase: 'loading' | 'setup' | 'problem' | 'ready';
  problem: string | null;
  /** The signed-in person, or null: the sign-in screen shows. */
  view: SessionView | null;
  /** Why the sign-in screen is showing, e.g. "Locked after 15 minutes without activity." */
  notice: string | null;
}

export const useSession = createStore<SessionState>(() => ({ phase: 'loading', problem: null, view: null, notice: null }));

export function startSession(view: SessionView): void {
  useSession.setState({ phase: 'ready', view, notice: null });
}

export function updateSession(changes: Partial<SessionView>): void {
  const { view } = useSession.getState();
  if (view) useSession.setState({ view: { ...view, ...changes } });
}

/** Clears every store at once, then shows the sign-in screen with the reason. */
export function endSession(reason: EndReason): void {
  const { view } = useSession.getState();
  if (!view) return;
  resetAllStores();
  useSession.setState({ phase: 'ready', notice: endNotice(reason, view.idleLockMinutes) });
}

/**
 * The database has been found damaged: the main process has closed it, so the session is over.
 * Every store is cleared and the problem screen replaces whatever was showing.
 */
export function showDatabaseProblem(message: string): void {
  resetAllStores();
  useSession.setState({ phase: 'problem', problem: message });
}

function endNotice(reason: EndReason, idleLockMinutes: number): string {
  switch (reason) {
    case 'idle':
      return `Locked after ${idleLockMinutes} ${idleLockMinutes === 1 ? 'minute' : 'minutes'} without activity. Sign in to continue.`;
    case 'lock':
      return 'Locked. Sign in to continue.';
    case 'signOut':
      return 'Signed out.';
  }
}
