import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success';
  children: ReactNode;
  /** What the message asks for, e.g. a print button: inside the banner, outside its live region. */
  action?: ReactNode;
}

/** Errors interrupt (role="alert"); news waits its turn (role="status"). */
export function Alert({ tone, children, action }: AlertProps) {
  const role = tone === 'error' ? 'alert' : 'status';
  if (!action) {
    return (
      <div className={`alert alert-${tone}`} role={role}>
        {children}
      </div>
    );
  }
  return (
    <div className={`alert alert-${tone} alert-with-action`}>
      <div role={role}>{children}</div>
      <div className="alert-action">{action}</div>
    </div>
  );
}
