import { useState } from 'react';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/use-action';
import { showIssuedKey } from './recovery-key-store';

/** For the settings page: a new key when the old one is lost or may have been seen. */
export function ReplaceRecoveryKey() {
  const [confirming, setConfirming] = useState(false);
  const replace = useAction(() => call('recoveryKey.replace', {}), showIssuedKey);
  return (
    <section className="panel" aria-labelledby="recovery-key-heading">
      <h2 id="recovery-key-heading">Recovery key</h2>
      <p>
        Replace the recovery key if the paper is lost, or if someone who should not have it may have seen it. You write down the new key and
        type part of it back; from then on the old key no longer works.
      </p>
      {confirming ? (
        <ActionForm
          action={replace}
          submitLabel="Yes, replace the recovery key"
          busyLabel="Replacing…"
          onSubmit={() => void replace.run()}
          secondary={<Button onClick={() => setConfirming(false)}>Cancel</Button>}
        >
          <p className="confirm-question">Replace the recovery key now? The key on paper stops working once you confirm the new one.</p>
        </ActionForm>
      ) : (
        <Button onClick={() => setConfirming(true)}>Replace recovery key</Button>
      )}
    </section>
  );
}
