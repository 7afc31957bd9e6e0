import type { SessionView } from '../../../shared/ipc/session-contract';
import { parsePrintPath } from '../../../shared/print-jobs';
import { ForcedPasswordChange } from '../features/account/ForcedPasswordChange';
import { RecoveryKeyGate } from '../features/recovery-key/RecoveryKeyGate';
import { RecoveryKeyScreen } from '../features/recovery-key/RecoveryKeyScreen';
import { useRecoveryKey } from '../features/recovery-key/recovery-key-store';
import { SignedOut } from '../features/session/SignedOut';
import { useSession } from '../features/session/session-store';
import { useActivity } from '../features/session/use-activity';
import { PrintRoute } from '../features/print/PrintRoute';
import { SetupScreen } from '../features/setup/SetupScreen';
import { Frame } from './Frame';
import { ProblemScreen } from './ProblemScreen';
import { Shell } from './Shell';

/** Picks the one screen that applies: nothing past sign-in shows until someone has signed in. */
export function App() {
  const { phase, problem, view } = useSession();
  // A print route (/print/...) is a document on its own, without the app's frame: see PrintRoute.
  const printJob = parsePrintPath(window.location.pathname);
  if (printJob) return <PrintRoute job={printJob} />;
  if (phase === 'loading') {
    return (
      <Frame>
        <main id="main-content" tabIndex={-1} className="page page-narrow">
          <p role="status">Opening LEAD Desk…</p>
        </main>
      </Frame>
    );
  }
  if (phase === 'problem') return <ProblemScreen message={problem ?? 'LEAD Desk cannot open its data.'} />;
  if (phase === 'setup') return <SetupScreen />;
  if (!view) return <SignedOut />;
  return <SignedIn view={view} />;
}

/** Stays mounted for the whole session, so activity is reported on every signed-in screen. */
function SignedIn({ view }: { view: SessionView }) {
  useActivity();
  const issued = useRecoveryKey((state) => state.issued);
  if (view.mustChangePassword) return <ForcedPasswordChange view={view} />;
  if (issued) return <RecoveryKeyScreen view={view} recoveryKey={issued.recoveryKey} groups={issued.groups} />;
  if (view.user.role === 'administrator' && !view.recoveryKeyConfirmed) return <RecoveryKeyGate view={view} />;
  return <Shell view={view} />;
}
