import type { StaffMember } from '../../../../shared/ipc/contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/use-action';

interface DisableStaffDialogProps {
  member: StaffMember;
  onClose(): void;
  onDisabled(member: StaffMember): void;
}

export function DisableStaffDialog({ member, onClose, onDisabled }: DisableStaffDialogProps) {
  const disable = useAction(() => call('staff.disable', { id: member.id }), onDisabled);
  return (
    <Dialog title={`Disable ${member.displayName}’s account?`} onClose={onClose}>
      <p>
        {member.displayName} will no longer be able to sign in. Their name stays on the records they worked on, and
        you can enable the account again later with a new temporary password.
      </p>
      <ActionForm
        action={disable}
        submitLabel="Disable account"
        busyLabel="Disabling…"
        onSubmit={() => void disable.run()}
        danger
        secondary={
          <Button data-autofocus onClick={onClose}>
            Cancel
          </Button>
        }
      />
    </Dialog>
  );
}
