import { useState } from 'react';
import type { Reply, ReplyError } from '../../../shared/ipc/reply';

export interface ActionState {
  busy: boolean;
  /** The whole error, or null after a success or before the first try. */
  error: ReplyError | null;
  /** The message for one of the form's fields, by its path in the reply ("password", "groups.0"). */
  fieldError(name: string): string | undefined;
  /** The message to show above the buttons: set when no field of this form carries it. */
  formError: string | null;
}

export interface Action<A extends unknown[]> extends ActionState {
  run(...args: A): Promise<void>;
}

/**
 * The one way a screen runs a call: it tracks busy, keeps the refusal for the form to show and
 * calls `onDone` with the value. NOT_SIGNED_IN is not shown: the sign-in screen replaces the form.
 */
export function useAction<A extends unknown[], T>(
  perform: (...args: A) => Promise<Reply<T>>,
  onDone: (value: T) => void,
  formFields: readonly string[] = [],
): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReplyError | null>(null);

  async function run(...args: A) {
    setBusy(true);
    setError(null);
    const reply = await perform(...args);
    setBusy(false);
    if (reply.ok) onDone(reply.value);
    else if (reply.error.code !== 'NOT_SIGNED_IN') setError(reply.error);
  }

  const shownOnField = Object.keys(error?.fields ?? {}).some((name) => formFields.includes(name));
  return {
    run,
    busy,
    error,
    fieldError: (name) => error?.fields?.[name],
    formError: error && !shownOnField ? error.message : null,
  };
}
