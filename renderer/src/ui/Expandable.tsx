import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

interface ExpandableProps {
  /** The button that opens the form, e.g. "Log a contact". */
  label: string;
  variant?: 'primary' | 'secondary';
  /** The form; `close` puts the button back, with a confirmation to read out when given. */
  children(close: (notice?: string) => void): ReactNode;
}

/**
 * A form that opens in place from a button, so a long record stays readable. Opening moves focus
 * to the form's first control (or the one marked data-autofocus); closing returns it to the button.
 */
export function Expandable({ label, variant = 'secondary', children }: ExpandableProps) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const outer = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (open) {
      const first =
        body.current?.querySelector<HTMLElement>('[data-autofocus]') ?? body.current?.querySelector<HTMLElement>('input, select, textarea');
      first?.focus();
    } else if (opened.current) {
      outer.current?.querySelector<HTMLElement>(':scope > button')?.focus();
    }
    opened.current = open;
  }, [open]);

  return (
    <div ref={outer} className="expandable">
      {open ? (
        <div ref={body} className="expandable-body">
          {children((message) => {
            setNotice(message ?? null);
            setOpen(false);
          })}
        </div>
      ) : (
        <Button
          variant={variant}
          onClick={() => {
            setNotice(null);
            setOpen(true);
          }}
        >
          {label}
        </Button>
      )}
      <p role="status" className="expandable-notice">
        {notice}
      </p>
    </div>
  );
}
