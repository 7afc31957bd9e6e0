import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';
import type { ActionState } from './use-action';

interface ActionFormProps {
  action: ActionState;
  submitLabel: string;
  busyLabel: string;
  onSubmit(): void;
  /** For a submit that removes or stops something, e.g. disabling an account. */
  danger?: boolean;
  /** Extra buttons beside the submit button, e.g. Cancel. */
  secondary?: ReactNode;
  children?: ReactNode;
}

/**
 * A form whose submit runs an action: shows the form-level refusal as an alert and, when the
 * refusal names fields, moves focus to the first one so its message is read out with it.
 */
export function ActionForm({ action, submitLabel, busyLabel, onSubmit, danger, secondary, children }: ActionFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const { error } = action;

  useEffect(() => {
    if (!error) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!action.busy) onSubmit();
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      {children}
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      <div className="form-buttons">
        <Button type="submit" variant={danger ? 'danger' : 'primary'} busyLabel={action.busy && busyLabel}>
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </form>
  );
}
