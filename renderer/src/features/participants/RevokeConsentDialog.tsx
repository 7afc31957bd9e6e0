import { dateLabel, todayIso } from '../../ui/dates';
import { useState } from 'react';
import type { ConsentView } from '../../../../shared/ipc/consents-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';

interface RevokeConsentDialogProps {
  consent: ConsentView;
  signedOn: string;
  onClose(): void;
  onRevoked(consent: ConsentView): void;
}

/** Records that the participant revoked a consent, on the day they did; the main process explains refusals. */
export function RevokeConsentDialog({ consent, signedOn, onClose, onRevoked }: RevokeConsentDialogProps) {
  const [revokedOn, setRevokedOn] = useState(todayIso());
  const revoke = useAction(() => call('consents.revoke', { consentId: consent.id, revokedOn }), onRevoked, ['revokedOn']);
  return (
    <Dialog title={`Revoke the consent signed ${dateLabel(signedOn)}?`} onClose={onClose}>
      <p>From the revocation date on, nothing more is shared under this consent. What was already shared in reliance on it stays shared.</p>
      <ActionForm
        action={revoke}
        submitLabel="Record the revocation"
        busyLabel="Recording…"
        danger
        onSubmit={() => void revoke.run()}
        secondary={<Button onClick={onClose}>Cancel</Button>}
      >
        <TextField
          label="Date the participant revoked it"
          type="date"
          value={revokedOn}
          onChange={setRevokedOn}
          error={revoke.fieldError('revokedOn')}
          data-autofocus
        />
      </ActionForm>
    </Dialog>
  );
}
