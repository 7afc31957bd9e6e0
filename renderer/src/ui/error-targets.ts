import { createContext, useContext, useLayoutEffect } from 'react';

/**
 * Which control shows which error message, so the form's error summary can link each message to
 * its field (the GOV.UK error summary pattern). ActionForm makes one per form; Field, ChoiceGroup
 * and CheckboxField register the control that carries a message while they show it.
 */
export class ErrorTargets {
  private readonly targets = new Map<string, string[]>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly snapshot = () => this.version;

  /** The id of the first control (in page order) that shows this message. */
  targetFor(message: string): string | undefined {
    return this.targets.get(message)?.[0];
  }

  register(message: string, controlId: string): () => void {
    this.targets.set(message, [...(this.targets.get(message) ?? []), controlId]);
    this.changed();
    return () => {
      const left = (this.targets.get(message) ?? []).filter((id) => id !== controlId);
      if (left.length) this.targets.set(message, left);
      else this.targets.delete(message);
      this.changed();
    };
  }

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export const ErrorTargetsContext = createContext<ErrorTargets | null>(null);

/** Called by a field: while it shows `error`, the form's summary links that message to `controlId`. */
export function useErrorTarget(error: string | undefined, controlId: string): void {
  const targets = useContext(ErrorTargetsContext);
  useLayoutEffect(() => {
    if (!targets || !error) return;
    return targets.register(error, controlId);
  }, [targets, error, controlId]);
}

/**
 * Moves focus to a field from the summary, scrolling so its label or legend shows above it (as
 * GOV.UK's summary does): a radio button or checkbox alone on screen says nothing of its question.
 */
export function focusField(controlId: string): boolean {
  const control = document.getElementById(controlId);
  if (!control) return false;
  const caption = control.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(controlId)}"]`);
  (caption ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}

/** For a control a form draws itself, inside its ActionForm: links `error` to `controlId`. */
export function ErrorTarget({ error, controlId }: { error: string | undefined; controlId: string }): null {
  useErrorTarget(error, controlId);
  return null;
}
