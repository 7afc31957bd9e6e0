import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/contract';
import { PASSWORD_MIN_LENGTH } from '../../../../shared/security-policy';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { TextField } from '../../ui/Field';
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
      if (newPassword !== confirm) return invalid({ confirm: 'The two new passwords are not the same.' });
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
      <TextField
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easier to remember than a jumble.`}
        type="password"
        value={newPassword}
        onChange={setNewPassword}
        error={change.fieldError('newPassword')}
        autoComplete="new-password"
      />
      <TextField
        label="New password again"
        type="password"
        value={confirm}
        onChange={setConfirm}
        error={change.fieldError('confirm')}
        autoComplete="new-password"
      />
    </ActionForm>
  );
}
