import { call } from '../../lead';
import { endSession, startSession, useSession } from './session-store';

export async function loadStatus(): Promise<void> {
  const reply = await call('app.status', {});
  if (!reply.ok) {
    useSession.setState({ phase: 'problem', problem: reply.error.message });
    return;
  }
  const status = reply.value;
  if (status.phase === 'problem') useSession.setState({ phase: 'problem', problem: status.message });
  else if (status.phase === 'setup') useSession.setState({ phase: 'setup' });
  else if (status.signedIn) startSession(status.signedIn);
  else useSession.setState({ phase: 'ready' });
}

/** The screen clears first, at once; the main process then closes the database. */
export async function lockNow(): Promise<void> {
  endSession('lock');
  await call('session.lock', {});
}

export async function signOut(): Promise<void> {
  endSession('signOut');
  await call('session.signOut', {});
}
