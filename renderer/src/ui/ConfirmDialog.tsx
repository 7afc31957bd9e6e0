import type { ReactNode } from 'react';
import { ActionForm } from './ActionForm';
import { Button } from './Button';
import { Dialog } from './Dialog';
import type { Action } from './use-action';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  action: Action<[]>;
  confirmLabel: string;
  busyLabel: string;
  onClose(): void;
}

/** Asks before a step that takes something away; Cancel has the focus, so Enter does no harm. */
export function ConfirmDialog({ title, children, action, confirmLabel, busyLabel, onClose }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <ActionForm
        action={action}
        submitLabel={confirmLabel}
        busyLabel={busyLabel}
        onSubmit={() => void action.run()}
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
