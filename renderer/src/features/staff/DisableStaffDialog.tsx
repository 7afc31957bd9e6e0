import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { call } from '../../lead';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAction } from '../../ui/use-action';

interface DisableStaffDialogProps {
  member: StaffMember;
  onClose(): void;
  onDisabled(member: StaffMember): void;
}

export function DisableStaffDialog({ member, onClose, onDisabled }: DisableStaffDialogProps) {
  const disable = useAction(() => call('staff.disable', { id: member.id }), onDisabled);
  return (
    <ConfirmDialog
      title={`Disable ${member.displayName}’s account?`}
      action={disable}
      confirmLabel="Disable account"
      busyLabel="Disabling…"
      onClose={onClose}
    >
      <p>
        {member.displayName} will no longer be able to sign in. Their name stays on the records they worked on, and you can enable the
        account again later with a new temporary password.
      </p>
    </ConfirmDialog>
  );
}
