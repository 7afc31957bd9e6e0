import { useEffect } from 'react';
import { PRINT_PROBLEM_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../../../shared/print-jobs';

/**
 * Tells the printer the view's data is on the page (and takes it back if the view goes away).
 * `problemOnPaper`, when given, is asked once the data is laid out: a reason the page cannot be
 * printed as it stands (words cut off at the edge of a copy), which the printer is told instead.
 */
export function usePrintReady(ready: boolean, problemOnPaper?: () => string | null): void {
  useEffect(() => {
    if (!ready) return;
    const problem = problemOnPaper?.() ?? null;
    const attribute = problem === null ? PRINT_READY_ATTRIBUTE : PRINT_PROBLEM_ATTRIBUTE;
    document.body.setAttribute(attribute, problem ?? 'true');
    return () => document.body.removeAttribute(attribute);
  }, [ready, problemOnPaper]);
}

/** Tells the printer the view cannot be printed, and why: it prints nothing rather than a half-filled page. */
export function usePrintProblem(message: string): void {
  useEffect(() => {
    document.body.setAttribute(PRINT_PROBLEM_ATTRIBUTE, message);
    return () => document.body.removeAttribute(PRINT_PROBLEM_ATTRIBUTE);
  }, [message]);
}
