import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

/*
 * Form pieces beside Field: a multi-line text field (built on Field, so label, error and hint
 * work as everywhere else), a group of checkboxes or radio buttons in a fieldset with its
 * legend, and the summary of a refused form's errors.
 */

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
};

export function TextAreaField({ label, hint, error, value, onChange, rows = 3, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea rows={rows} {...textarea} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

interface ChoiceGroupProps {
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly { value: string; label: string }[];
  /** The chosen values; a radio group has at most one. */
  selected: readonly string[];
  onChange(selected: string[]): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Lays the options out in columns (long lists such as needs). */
  columns?: boolean;
}

/** Checkboxes or radio buttons under a legend; the error and hint are tied to every option. */
export function ChoiceGroup({ legend, type, options, selected, onChange, hint, error, columns }: ChoiceGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    if (type === 'radio') onChange(checked ? [value] : []);
    else onChange(checked ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  }

  return (
    <fieldset className={error ? 'participant-choices field-invalid' : 'participant-choices'}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className={columns ? 'participant-choice-list participant-choice-columns' : 'participant-choice-list'}>
        {options.map((option) => (
          <label key={option.value} className="participant-choice">
            <input
              type={type}
              name={id}
              value={option.value}
              checked={selected.includes(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Every problem of a refused form at once, above its buttons: the fields carry the same messages. */
export function ErrorSummary({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="alert alert-error participant-error-summary" role="alert">
      <p>{title}</p>
      {messages.length > 1 && (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {messages.length === 1 && <p>{messages[0]}</p>}
    </div>
  );
}
