import { PASSWORD_MIN_LENGTH } from '../../../shared/security-policy';
import { invalid } from '../lead';
import { TextField } from './Field';

interface NewPasswordFieldsProps {
  /** "Password" on first setup, "New password" elsewhere; the second field repeats it with "again". */
  label: string;
  password: string;
  confirm: string;
  onPasswordChange(value: string): void;
  onConfirmChange(value: string): void;
  passwordError: string | undefined;
  confirmError: string | undefined;
}

/** A new password typed twice, side by side, with the length rule as the hint. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return (
    <div className="field-row">
      <TextField
        label={props.label}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easier to remember than a jumble.`}
        type="password"
        value={props.password}
        onChange={props.onPasswordChange}
        error={props.passwordError}
        autoComplete="new-password"
      />
      <TextField
        label={`${props.label} again`}
        type="password"
        value={props.confirm}
        onChange={props.onConfirmChange}
        error={props.confirmError}
        autoComplete="new-password"
      />
    </div>
  );
}

/** The renderer's own check before sending: the two copies must match. */
export function passwordsDiffer(password: string, confirm: string) {
  return password === confirm ? null : invalid({ confirm: 'The two passwords are not the same.' });
}
