import { z } from 'zod';

/**
 * Documents LEAD Desk prints. Each is a renderer route under /print/, rendered with print CSS:
 * Electron turns it into a PDF in a hidden window, the end-to-end tests with Chromium's page.pdf().
 */
const Id = z.number().int().positive();
export const PrintJob = z.discriminatedUnion('document', [
  z.object({ document: z.literal('consent-form'), consentId: Id }).strict(),
  z.object({ document: z.literal('part2-notice'), participantId: Id }).strict(),
]);
export type PrintJob = z.infer<typeof PrintJob>;

/** File names carry no participant data: the saved PDF may sit in a downloads folder. */
export const PRINT_TITLES: Record<PrintJob['document'], string> = {
  'consent-form': 'LEAD consent to release information',
  'part2-notice': 'Notice of federal confidentiality protections',
};

export function printPath(job: PrintJob): string {
  return job.document === 'consent-form' ? `print/consent-form/${job.consentId}` : `print/part2-notice/${job.participantId}`;
}

/** The print job a renderer path stands for, or null when the path is not a print route. */
export function parsePrintPath(pathname: string): PrintJob | null {
  const match = /^\/?print\/([a-z0-9-]+)\/(\d+)\/?$/.exec(pathname);
  if (!match) return null;
  const id = Number(match[2]);
  const candidate = match[1] === 'consent-form' ? { document: match[1], consentId: id } : { document: match[1], participantId: id };
  const parsed = PrintJob.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Set on <body> by a print view once its data is on the page, so the printer knows when to print. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
