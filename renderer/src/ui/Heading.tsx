import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen appears, so keyboard and screen-reader users
 * start at the top of the new screen instead of on a control that no longer exists.
 */
export function Heading({ children, takeFocus = true }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
