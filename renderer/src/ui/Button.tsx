import type { ButtonHTMLAttributes, Ref } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  /** While set the button is disabled and says what is happening, e.g. "Signing in…". */
  busyLabel?: string | false;
  /** React 19 passes a ref as a prop: for a button that takes focus after what had it is gone. */
  ref?: Ref<HTMLButtonElement>;
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
