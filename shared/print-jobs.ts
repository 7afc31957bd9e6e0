import { z } from 'zod';

/**
 * Documents LEAD Desk prints. Each is a renderer route under /print/, rendered with print CSS:
 * Electron turns it into a PDF in a hidden window, the end-to-end tests with Chromium's page.pdf().
 */
const Id = z.number().int().positive();
export const PrintJob = z.discriminatedUnion('document', [
  z.object({ document: z.literal('consent-form'), consentId: Id }).strict(),
  z.object({ document: z.literal('part2-notice'), participantId: Id }).strict(),
  /** One agency's minutes of a weekly meeting, for the attendee from that agency (electron/services/meeting-minutes.ts). */
  z.object({ document: z.literal('meeting-minutes'), attendeeId: Id }).strict(),
]);
export type PrintJob = z.infer<typeof PrintJob>;
export type PrintDocument = PrintJob['document'];

/** The system print dialog first (paper is what a peer hands over), a saved PDF second. */
export const PrintDestination = z.enum(['printer', 'pdf'], { error: 'Choose the printer or a PDF.' });
export type PrintDestination = z.infer<typeof PrintDestination>;

/** File names carry no participant data: the saved PDF may sit in a downloads folder. */
export const PRINT_TITLES: Record<PrintDocument, string> = {
  'consent-form': 'LEAD consent to release information',
  'part2-notice': 'Notice of federal confidentiality protections',
  'meeting-minutes': 'LEAD meeting minutes',
};

/** The id each document's route carries. */
function jobId(job: PrintJob): number {
  switch (job.document) {
    case 'consent-form':
      return job.consentId;
    case 'part2-notice':
      return job.participantId;
    case 'meeting-minutes':
      return job.attendeeId;
  }
}

export function printPath(job: PrintJob): string {
  return `print/${job.document}/${jobId(job)}`;
}

/** The job a route names, before the schema checks it (an unknown document fails there). */
function candidateJob(document: string, id: number): unknown {
  switch (document) {
    case 'consent-form':
      return { document, consentId: id };
    case 'meeting-minutes':
      return { document, attendeeId: id };
    default:
      return { document, participantId: id };
  }
}

/** The print job a renderer path stands for, or null when the path is not a print route. */
export function parsePrintPath(pathname: string): PrintJob | null {
  const match = /^\/?print\/([a-z0-9-]+)\/(\d+)\/?$/.exec(pathname);
  if (!match) return null;
  const parsed = PrintJob.safeParse(candidateJob(match[1]!, Number(match[2])));
  return parsed.success ? parsed.data : null;
}

/** Set on <body> by a print view once its data is on the page, so the printer knows when to print. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
