import { useState } from 'react';
import type { ReplyError } from '../../../shared/ipc/reply';

export interface Refusal {
  /** The refusal's field messages, less those of fields changed since. */
  fields: Record<string, string>;
  /** What the error summary lists: those field messages, or the one message of a refusal without fields. */
  messages: string[];
  /** Marks a field as changed: its message goes until the next save. `exact` keeps the fields under it. */
  changed(path: string, exact?: boolean): void;
}

/**
 * A refused form's messages, each hidden once its field is edited, so a corrected field stops
 * saying it is wrong; the next save checks everything again.
 */
export function useRefusal(error: ReplyError | null): Refusal {
  const [touched, setTouched] = useState<{ error: ReplyError | null; paths: string[]; exact: string[] }>({ error, paths: [], exact: [] });
  const current = touched.error === error ? touched : { error, paths: [], exact: [] };
  if (current !== touched) setTouched(current);

  const stale = (key: string) => current.exact.includes(key) || current.paths.some((path) => key === path || key.startsWith(`${path}.`));
  const fields = Object.fromEntries(Object.entries(error?.fields ?? {}).filter(([key]) => !stale(key)));
  const messages = error ? (error.fields ? [...new Set(Object.values(fields))] : [error.message]) : [];
  return {
    fields,
    messages,
    changed(path, exact = false) {
      if (!error?.fields) return;
      setTouched((state) => {
        const base = state.error === error ? state : { error, paths: [], exact: [] };
        return exact ? { ...base, exact: [...base.exact, path] } : { ...base, paths: [...base.paths, path] };
      });
    },
  };
}

/** Finds a form field's message in a refusal: the exact path, or the first one under it ("aliases.0"). */
export function messageFor(fields: Record<string, string> | undefined, ...paths: string[]): string | undefined {
  if (!fields) return undefined;
  for (const path of paths) {
    if (fields[path]) return fields[path];
    const nested = Object.keys(fields).find((key) => key.startsWith(`${path}.`));
    if (nested) return fields[nested];
  }
  return undefined;
}
