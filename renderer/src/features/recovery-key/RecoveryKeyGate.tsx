import type { SessionView } from '../../../../shared/ipc/session-contract';
import { Frame } from '../../app/Frame';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { SessionControls } from '../session';
import { showIssuedKey } from './recovery-key-store';

/** An administrator whose recovery key, or its replacement, was never confirmed (e.g. the app closed on that screen). */
export function RecoveryKeyGate({ view }: { view: SessionView }) {
  const replace = useAction(() => call('recoveryKey.replace', {}), showIssuedKey);
  return (
    <Frame programName={view.programName} controls={<SessionControls view={view} />}>
      <main id="main-content" tabIndex={-1} className="page page-narrow">
        <Heading>The recovery key was not confirmed</Heading>
        <p>
          Nobody has confirmed writing down the latest recovery key issued, so it may be lost. Without it, if every administrator forgot
          their password, no one could open the program’s records.
        </p>
        <p>
          Issue a new recovery key now and write it down. Any key on paper keeps working until you have typed the new one back; then only
          the new one works.
        </p>
        <ActionForm action={replace} submitLabel="Issue a new recovery key" busyLabel="Issuing…" onSubmit={() => void replace.run()} />
      </main>
    </Frame>
  );
}
