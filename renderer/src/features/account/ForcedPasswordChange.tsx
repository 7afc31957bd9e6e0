import type { SessionView } from '../../../../shared/ipc/session-contract';
import { Frame } from '../../app/Frame';
import { Heading } from '../../ui/Heading';
import { SessionControls, startSession } from '../session';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After an administrator set a temporary password: nothing else opens until it is replaced. */
export function ForcedPasswordChange({ view }: { view: SessionView }) {
  return (
    <Frame programName={view.programName} controls={<SessionControls view={view} />}>
      <main id="main-content" tabIndex={-1} className="page page-narrow">
        <Heading>Choose your own password</Heading>
        <p>An administrator gave you a temporary password. Choose a new one that only you know before you go on.</p>
        <ChangePasswordForm currentLabel="Temporary password" onChanged={startSession} />
      </main>
    </Frame>
  );
}
