import { useState } from 'react';
import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import type { Role } from '../../../../shared/roles';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { ROLE_OPTIONS } from './role-options';
import { TemporaryPasswordField } from './TemporaryPasswordField';

interface AddStaffDialogProps {
  onClose(): void;
  onAdded(member: StaffMember): void;
}

export function AddStaffDialog({ onClose, onAdded }: AddStaffDialogProps) {
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('case_manager');
  const [workPhone, setWorkPhone] = useState('');
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const add = useAction(
    () => call('staff.create', { displayName, username, role, workPhone: workPhone.trim() || null, temporaryPassword }),
    onAdded,
    ['displayName', 'username', 'role', 'workPhone', 'temporaryPassword'],
  );

  return (
    <Dialog title="Add a staff member" onClose={onClose}>
      <ActionForm
        action={add}
        submitLabel="Add staff member"
        busyLabel="Adding…"
        onSubmit={() => void add.run()}
        secondary={<Button onClick={onClose}>Cancel</Button>}
      >
        <TextField label="Name" value={displayName} onChange={setDisplayName} error={add.fieldError('displayName')} autoComplete="off" />
        <TextField
          label="Username"
          hint="3 to 32 letters, digits, dots, dashes or underscores, starting with a letter."
          value={username}
          onChange={setUsername}
          error={add.fieldError('username')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <SelectField label="Role" value={role} options={ROLE_OPTIONS} onChange={setRole} error={add.fieldError('role')} />
        <TextField
          label="Work phone"
          hint="Printed on the referral slips and wallet cards they hand out, such as 410-555-0100. Leave empty if none."
          value={workPhone}
          onChange={setWorkPhone}
          error={add.fieldError('workPhone')}
          autoComplete="off"
          inputMode="tel"
        />
        <TemporaryPasswordField value={temporaryPassword} onChange={setTemporaryPassword} error={add.fieldError('temporaryPassword')} />
      </ActionForm>
    </Dialog>
  );
}
