import { PASSWORD_MIN_LENGTH } from '../../../../shared/security-policy';
import { TextField } from '../../ui/Field';

interface TemporaryPasswordFieldProps {
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

/**
 * Shown as plain text: the administrator has to read it out or hand it over, and the person
 * must replace it when they first sign in.
 */
export function TemporaryPasswordField({ value, error, onChange }: TemporaryPasswordFieldProps) {
  return (
    <TextField
      label="Temporary password"
      hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to them in person; they choose their own when they sign in.`}
      className="input-key"
      value={value}
      onChange={onChange}
      error={error}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
