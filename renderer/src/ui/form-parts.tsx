import { useContext, useId, useSyncExternalStore, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { ErrorTargetsContext, focusField, useErrorTarget } from './error-targets';
import { Field, type Option } from './Field';

/*
 * Form pieces beside Field: a multi-line text field (built on Field, so label, error and hint
 * work as everywhere else), a group of checkboxes or radio buttons in a fieldset with its
 * legend, and the summary of a refused form's errors (shown by ActionForm).
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

interface ChoiceGroupProps<V extends string> {
  legend: string;
  type: 'checkbox' | 'radio';
  options: readonly Option<V>[];
  /** The chosen values; a radio group has at most one. */
  selected: readonly NoInfer<V>[];
  onChange(selected: NoInfer<V>[]): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Lays the options out in columns (long lists such as needs). */
  columns?: boolean;
}

/** Checkboxes or radio buttons under a legend; the error and hint are tied to every option. */
export function ChoiceGroup<V extends string>({ legend, type, options, selected, onChange, hint, error, columns }: ChoiceGroupProps<V>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  // The summary's link goes to the chosen option, or the first one, as a browser's Tab would.
  const chosen = Math.max(
    0,
    options.findIndex((option) => selected.includes(option.value)),
  );
  useErrorTarget(error, `${id}-${type === 'radio' ? chosen : 0}`);

  function toggle(value: V, checked: boolean) {
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
        {options.map((option, index) => (
          <label key={option.value} className="participant-choice">
            <input
              id={`${id}-${index}`}
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

const noSubscribe = () => () => {};
const noVersion = () => 0;

interface ErrorSummaryProps {
  /** What went wrong as a whole, e.g. "The consent was not saved". */
  title: string;
  messages: readonly string[];
  ref?: Ref<HTMLDivElement>;
}

/**
 * Every problem of a refused form at once, at the top of the form (the GOV.UK error summary):
 * ActionForm shows it and moves focus to it on submit; each message that a field carries is a
 * link that moves focus to that field. The fields carry the same messages.
 */
export function ErrorSummary({ title, messages, ref }: ErrorSummaryProps) {
  const id = useId();
  const targets = useContext(ErrorTargetsContext);
  useSyncExternalStore(targets?.subscribe ?? noSubscribe, targets?.snapshot ?? noVersion);
  if (messages.length === 0) return null;
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary-list">
        {messages.map((message) => {
          const target = targets?.targetFor(message);
          return (
            <li key={message}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    if (focusField(target)) event.preventDefault();
                  }}
                >
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
