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

interface EditStaffDialogProps {
  member: StaffMember;
  onClose(): void;
  onSaved(member: StaffMember): void;
}

export function EditStaffDialog({ member, onClose, onSaved }: EditStaffDialogProps) {
  const [displayName, setDisplayName] = useState(member.displayName);
  const [role, setRole] = useState<Role>(member.role);
  const [workPhone, setWorkPhone] = useState(member.workPhone ?? '');
  const save = useAction(() => call('staff.update', { id: member.id, displayName, role, workPhone: workPhone.trim() || null }), onSaved, [
    'displayName',
    'role',
    'workPhone',
  ]);

  return (
    <Dialog title={`Edit ${member.displayName}`} onClose={onClose}>
      <p>
        Username: <strong>{member.username}</strong> (a username cannot be changed)
      </p>
      <ActionForm
        action={save}
        submitLabel="Save changes"
        busyLabel="Saving…"
        onSubmit={() => void save.run()}
        secondary={<Button onClick={onClose}>Cancel</Button>}
      >
        <TextField label="Name" value={displayName} onChange={setDisplayName} error={save.fieldError('displayName')} autoComplete="off" />
        <SelectField label="Role" value={role} options={ROLE_OPTIONS} onChange={setRole} error={save.fieldError('role')} />
        <TextField
          label="Work phone"
          hint="Printed on the referral slips and wallet cards they hand out, such as 410-555-0100. Leave empty if none."
          value={workPhone}
          onChange={setWorkPhone}
          error={save.fieldError('workPhone')}
          autoComplete="off"
          inputMode="tel"
        />
      </ActionForm>
    </Dialog>
  );
}
