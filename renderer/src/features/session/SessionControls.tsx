import type { ReactNode } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { ROLE_LABELS } from '../../../../shared/roles';
import { Button } from '../../ui/Button';
import { lockNow, signOut } from './session-actions';

interface SessionControlsProps {
  view: SessionView;
  /** More buttons before Sign out, e.g. Change password in the full app. */
  children?: ReactNode;
}

/** Who is signed in, and the ways to leave the desk: on every signed-in screen. */
export function SessionControls({ view, children }: SessionControlsProps) {
  return (
    <div className="session-controls">
      <p className="who">
        <span className="who-name">{view.user.displayName}</span>
        <span className="who-role">{ROLE_LABELS[view.user.role]}</span>
      </p>
      {children}
      <Button onClick={() => void signOut()}>Sign out</Button>
      <Button variant="primary" className="lock-button" aria-keyshortcuts="Control+L" onClick={() => void lockNow()}>
        Lock <kbd>Ctrl+L</kbd>
      </Button>
    </div>
  );
}
