import type { PrintDestination } from '../../shared/print-jobs';

export type PrintOutcome = 'printed' | 'saved' | 'cancelled';

/**
 * Turns a print route into paper or a PDF: in Electron a hidden window, then the system print
 * dialog or printToPDF and a save dialog; in the end-to-end tests Chromium's page.pdf() for both.
 * The core never sees the PDF.
 */
export interface Printer {
  print(job: { path: string; title: string; destination: PrintDestination }): Promise<PrintOutcome>;
}

/**
 * The print view said it cannot be printed as asked (shared/print-jobs.ts, PRINT_PROBLEM_ATTRIBUTE):
 * nothing was printed, and the message, written for the person at the desk, says why.
 */
export class PrintViewProblem extends Error {}
