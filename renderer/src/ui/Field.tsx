import { useErrorTarget } from './error-targets';
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/**
 * The one form field: a visible label, the control, then its error and hint, both tied to the
 * control. Label and control come first so fields side by side line up.
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  useErrorTarget(error, id);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
};

export function TextField({ label, hint, error, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input type="text" {...input} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

/** A whole number (minutes, days, a cap): a short numeric field with the keypad on touch screens. */
export function WholeNumberField(props: Omit<TextFieldProps, 'type' | 'inputMode' | 'step'>) {
  return <TextField type="number" inputMode="numeric" step={1} className="input-short" {...props} />;
}

/** One choice of a SelectField or ChoiceGroup: the value it stands for (a role, a stage, '' for none) and its label. */
export interface Option<V extends string> {
  value: V;
  label: string;
}

/** The option a native control's value names, typed as the options are (none for a value no option has). */
export function optionValue<V extends string>(options: readonly Option<V>[], value: string): V | undefined {
  return options.find((option) => option.value === value)?.value;
}

type SelectFieldProps<V extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: NoInfer<V>;
  options: readonly Option<V>[];
  onChange(value: NoInfer<V>): void;
};

/** A drop-down list; `onChange` gets the chosen option's value, typed as the options are. */
export function SelectField<V extends string>({ label, hint, error, value, options, onChange, ...select }: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...select}
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = optionValue(options, event.target.value);
            if (chosen !== undefined) onChange(chosen);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  error?: string | undefined;
  onChange(checked: boolean): void;
}

export function CheckboxField({ label, checked, error, onChange }: CheckboxFieldProps) {
  const id = useId();
  useErrorTarget(error, id);
  return (
    <div className={error ? 'field field-check field-invalid' : 'field field-check'}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
