/**
 * Turns a print route into a PDF the person can keep or print: in Electron a hidden window and
 * a save dialog, in the end-to-end tests Chromium's page.pdf(). The core never sees the PDF.
 */
export interface Printer {
  print(job: { path: string; title: string }): Promise<'saved' | 'cancelled'>;
}
