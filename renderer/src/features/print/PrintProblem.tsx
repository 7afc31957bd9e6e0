/** What a print view shows when its data cannot be read: never a half-filled form. */
export function PrintProblem({ message }: { message: string }) {
  return (
    <main className="print-message">
      <p role="alert">This document cannot be printed: {message}</p>
    </main>
  );
}
