import type { Reply } from '../../../shared/ipc/reply';
import { useAction, type ActionState } from './use-action';
import { messageFor, useRefusal, type Refusal } from './use-refusal';

export interface RecordWrite {
  /** For ActionForm: its error summary lists `refusal.messages`, so no separate form-level message shows. */
  action: ActionState;
  submit(): void;
  refusal: Refusal;
  /** The message for a field, by its path(s) in the refusal. */
  error(...paths: string[]): string | undefined;
}

/** A small form on the record that writes once and shows a refusal's messages by field until they are edited. */
export function useRecordWrite<T>(perform: () => Promise<Reply<T>>, onDone: (value: T) => void): RecordWrite {
  const action = useAction(perform, onDone);
  const refusal = useRefusal(action.error);
  return {
    action: { ...action, formError: null },
    submit: () => void action.run(),
    refusal,
    error: (...paths) => messageFor(refusal.fields, ...paths),
  };
}
