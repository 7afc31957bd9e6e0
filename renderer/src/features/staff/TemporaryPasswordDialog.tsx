import { useState } from 'react';
import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/use-action';
import { TemporaryPasswordField } from './TemporaryPasswordField';

interface TemporaryPasswordDialogProps {
  /** Reset gives an active account a new password; enable reopens a disabled one with one. */
  purpose: 'reset' | 'enable';
  member: StaffMember;
  onClose(): void;
  onDone(member: StaffMember): void;
}

export function TemporaryPasswordDialog({ purpose, member, onClose, onDone }: TemporaryPasswordDialogProps) {
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const submit = useAction(
    () => call(purpose === 'reset' ? 'staff.resetPassword' : 'staff.enable', { id: member.id, temporaryPassword }),
    onDone,
    ['temporaryPassword'],
  );

  return (
    <Dialog
      title={purpose === 'reset' ? `Reset ${member.displayName}’s password` : `Enable ${member.displayName}’s account`}
      onClose={onClose}
    >
      <p>
        {purpose === 'reset'
          ? 'Their old password stops working now, and any lockout ends.'
          : 'They will be able to sign in again with this temporary password.'}
      </p>
      <ActionForm
        action={submit}
        submitLabel={purpose === 'reset' ? 'Reset password' : 'Enable account'}
        busyLabel="Saving…"
        onSubmit={() => void submit.run()}
        secondary={<Button onClick={onClose}>Cancel</Button>}
      >
        <TemporaryPasswordField value={temporaryPassword} onChange={setTemporaryPassword} error={submit.fieldError('temporaryPassword')} />
      </ActionForm>
    </Dialog>
  );
}
