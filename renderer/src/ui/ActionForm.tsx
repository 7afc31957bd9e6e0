import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button';
import { ErrorTargets, ErrorTargetsContext } from './error-targets';
import { ErrorSummary } from './form-parts';
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
  /** The error summary's heading, e.g. "The consent was not saved". */
  errorTitle?: string;
  /**
   * What the error summary lists, when the form tracks its own refusal (useRefusal hides the
   * message of a field once it is edited). By default: the refusal's field messages, or its
   * one message when no field of this form carries it.
   */
  errors?: readonly string[];
  children?: ReactNode;
}

/** The messages of a refusal for the summary: each field's message once, or the form-level one. */
function summaryMessages(action: ActionState): string[] {
  if (!action.error) return [];
  if (action.formError) return [action.formError];
  return [...new Set(Object.values(action.error.fields ?? {}))];
}

/**
 * A form whose submit runs an action. A refusal shows as an error summary at the top of the form
 * (the GOV.UK pattern: focused on submit, each message a link to its field), and each field
 * shows its own message.
 */
export function ActionForm({ action, submitLabel, busyLabel, onSubmit, danger, secondary, errorTitle, errors, children }: ActionFormProps) {
  const summary = useRef<HTMLDivElement>(null);
  const [targets] = useState(() => new ErrorTargets());
  const { error } = action;
  const messages = errors ?? summaryMessages(action);

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!action.busy) onSubmit();
  }

  return (
    <ErrorTargetsContext.Provider value={targets}>
      <form className="form" noValidate onSubmit={submit}>
        {error && <ErrorSummary ref={summary} title={errorTitle ?? 'There is a problem'} messages={messages} />}
        {children}
        <div className="form-buttons">
          <Button type="submit" variant={danger ? 'danger' : 'primary'} busyLabel={action.busy && busyLabel}>
            {submitLabel}
          </Button>
          {secondary}
        </div>
      </form>
    </ErrorTargetsContext.Provider>
  );
}
