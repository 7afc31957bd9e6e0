import { useEffect } from 'react';
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/print-jobs';

/** Tells the printer the view's data is on the page (and takes it back if the view goes away). */
export function usePrintReady(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    document.body.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
    return () => document.body.removeAttribute(PRINT_READY_ATTRIBUTE);
  }, [ready]);
}
