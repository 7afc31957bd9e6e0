import { useState } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../../shared/security-policy';
import { Frame } from '../../app/Frame';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { startSession } from './session-store';

/** Resetting a forgotten password with the recovery key, for when no administrator can sign in. */
export function RecoverScreen({ onBack }: { onBack(): void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [username, setUsername] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const recover = useAction(
    async () => {
      if (newPassword !== confirm) return invalid({ confirm: 'The two new passwords are not the same.' });
      return call('session.recover', { recoveryKey, username, newPassword });
    },
    startSession,
    ['recoveryKey', 'username', 'newPassword', 'confirm'],
  );

  return (
    <Frame>
      <main className="page page-medium">
        <Heading>Reset a password with the recovery key</Heading>
        <p>
          Use this when you have forgotten your password and no administrator can sign in to reset it. You need the
          recovery key that was written down when LEAD Desk was set up.
        </p>
        <ActionForm
          action={recover}
          submitLabel="Reset password and sign in"
          busyLabel="Resetting…"
          onSubmit={() => void recover.run()}
          secondary={<Button onClick={onBack}>Back to sign in</Button>}
        >
          <TextField
            label="Recovery key"
            hint="Type it as written, with or without the dashes."
            className="input-key input-wide"
            value={recoveryKey}
            onChange={setRecoveryKey}
            error={recover.fieldError('recoveryKey')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <TextField
            label="Username"
            value={username}
            onChange={setUsername}
            error={recover.fieldError('username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <div className="field-row">
            <TextField
              label="New password"
              hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
              type="password"
              value={newPassword}
              onChange={setNewPassword}
              error={recover.fieldError('newPassword')}
              autoComplete="new-password"
            />
            <TextField
              label="New password again"
              type="password"
              value={confirm}
              onChange={setConfirm}
              error={recover.fieldError('confirm')}
              autoComplete="new-password"
            />
          </div>
        </ActionForm>
      </main>
    </Frame>
  );
}
