import { usePrintProblem } from './use-print-ready';

/** What a print view shows when its data cannot be read: never a half-filled form. The printer is told why. */
export function PrintProblem({ message }: { message: string }) {
  usePrintProblem(message);
  return (
    <main className="print-message">
      <p role="alert">This document cannot be printed: {message}</p>
    </main>
  );
}
