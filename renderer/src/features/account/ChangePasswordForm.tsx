import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { TextField } from '../../ui/Field';
import { NewPasswordFields, passwordsDiffer } from '../../ui/NewPasswordFields';
import { useAction } from '../../ui/use-action';

interface ChangePasswordFormProps {
  currentLabel: string;
  onChanged(view: SessionView): void;
}

export function ChangePasswordForm({ currentLabel, onChanged }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useAction(
    async () => {
      const mismatch = passwordsDiffer(newPassword, confirm);
      if (mismatch) return mismatch;
      return call('account.changePassword', { currentPassword, newPassword });
    },
    (view) => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
      onChanged(view);
    },
    ['currentPassword', 'newPassword', 'confirm'],
  );

  return (
    <ActionForm action={change} submitLabel="Change password" busyLabel="Changing…" onSubmit={() => void change.run()}>
      <TextField
        label={currentLabel}
        type="password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={change.fieldError('currentPassword')}
        autoComplete="current-password"
      />
      <NewPasswordFields
        label="New password"

        password={newPassword}

        confirm={confirm}

        onPasswordChange={setNewPassword}

        onConfirmChange={setConfirm}

        passwordError={change.fieldError('newPassword')}

        confirmError={change.fieldError('confirm')}
      />
    </ActionForm>
  );
}
