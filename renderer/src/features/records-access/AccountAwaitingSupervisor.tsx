import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { TextField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { updateSession } from '../session';

/**
 * What a team account shows until a supervisor completes it: why it sees no participant data,
 * and, for a supervisor (the first one on a new desk has no one to complete theirs), the way to
 * complete their own with the desk's recovery key.
 */
export function AccountAwaitingSupervisor({ view }: { view: SessionView }) {
  return (
    <section className="panel" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading">Your account is waiting for a supervisor</h2>
      <p>
        An administrator made or reset your account. Before it can open participant records, a supervisor must complete it: they give your
        account the key to the records, which no administrator holds. Ask a supervisor to open their home page and complete your account,
        then sign in again.
      </p>
      {view.user.role === 'supervisor' && <CompleteWithRecoveryKey />}
    </section>
  );
}

function CompleteWithRecoveryKey() {
  const [recoveryKey, setRecoveryKey] = useState('');
  const complete = useAction(() => call('account.completeWithRecoveryKey', { recoveryKey }), updateSession, ['recoveryKey']);
  return (
    <>
      <h3>The first supervisor on a new desk</h3>
      <p>If there is no other supervisor to complete your account, complete it with the desk&rsquo;s recovery key.</p>
      <ActionForm action={complete} submitLabel="Complete my account" busyLabel="Completing…" onSubmit={() => void complete.run()}>
        <TextField
          label="Recovery key"
          hint="The 10 groups of characters written down when the desk was set up."
          value={recoveryKey}
          onChange={setRecoveryKey}
          error={complete.fieldError('recoveryKey')}
          autoComplete="off"
          spellCheck={false}
        />
      </ActionForm>
    </>
  );
}
