import { useState } from 'react';
import { Frame } from '../../app/Frame';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { NewPasswordFields, passwordsDiffer } from '../../ui/NewPasswordFields';
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
      const mismatch = passwordsDiffer(newPassword, confirm);
      if (mismatch) return mismatch;
      return call('session.recover', { recoveryKey, username, newPassword });
    },
    startSession,
    ['recoveryKey', 'username', 'newPassword', 'confirm'],
  );

  return (
    <Frame>
      <main id="main-content" tabIndex={-1} className="page page-medium">
        <Heading>Reset a password with the recovery key</Heading>
        <p>
          Use this when you have forgotten your password and no administrator can sign in to reset it. You need the recovery key that was
          written down when LEAD Desk was set up.
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
          <NewPasswordFields
            label="New password"

            password={newPassword}

            confirm={confirm}

            onPasswordChange={setNewPassword}

            onConfirmChange={setConfirm}

            passwordError={recover.fieldError('newPassword')}

            confirmError={recover.fieldError('confirm')}
          />
        </ActionForm>
      </main>
    </Frame>
  );
}
