import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  /** While set the button is disabled and says what is happening, e.g. "Signing in…". */
  busyLabel?: string | false;
};

/** The one button. Buttons are type="button" unless said otherwise, so none submits a form by accident. */
export function Button({ variant = 'secondary', busyLabel, type = 'button', className, children, disabled, ...rest }: ButtonProps) {
  const classes = ['button', `button-${variant}`, className].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || Boolean(busyLabel)}>
      {busyLabel || children}
    </button>
  );
}
