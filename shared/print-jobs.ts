import { z } from 'zod';
import { SLIP_LANGUAGES } from './domain/referral-slip';

/**
 * Documents LEAD Desk prints. Each is a renderer route under /print/, rendered with print CSS:
 * Electron turns it into a PDF in a hidden window, the end-to-end tests with Chromium's page.pdf().
 */
const Id = z.number().int().positive();

/** A slip on its own half-letter sheet, or four copies to a letter sheet with cut marks between them. */
export const SLIP_LAYOUTS = ['half-letter', 'four-up'] as const;
export const SlipLayout = z.enum(SLIP_LAYOUTS, { error: 'Choose half a sheet or four to a sheet.' });
export type SlipLayout = z.infer<typeof SlipLayout>;
export const SLIP_LAYOUT_LABELS: Record<SlipLayout, string> = {
  'half-letter': 'One slip, half a letter sheet',
  'four-up': 'Four slips to a letter sheet, with cut marks',
};
export const PrintLanguage = z.enum(SLIP_LANGUAGES, { error: 'Choose English or Spanish.' });

export const PrintJob = z.discriminatedUnion('document', [
  z.object({ document: z.literal('consent-form'), consentId: Id }).strict(),
  z.object({ document: z.literal('part2-notice'), participantId: Id }).strict(),
  /** One agency's minutes of a weekly meeting, for the attendee from that agency (electron/services/meeting-minutes.ts). */
  z.object({ document: z.literal('meeting-minutes'), attendeeId: Id }).strict(),
  /** What a peer hands the participant: where to go next (shared/domain/referral-slip.ts). */
  z.object({ document: z.literal('referral-slip'), serviceReferralId: Id, language: PrintLanguage, layout: SlipLayout }).strict(),
  z.object({ document: z.literal('wallet-card'), serviceReferralId: Id, language: PrintLanguage }).strict(),
  /** To the provider, only under a consent that names it (electron/services/referral-printouts.ts). */
  z.object({ document: z.literal('provider-letter'), serviceReferralId: Id }).strict(),
]);
export type PrintJob = z.infer<typeof PrintJob>;
export type PrintDocument = PrintJob['document'];

/** The system print dialog first (paper is what a peer hands over), a saved PDF second. */
export const PrintDestination = z.enum(['printer', 'pdf'], { error: 'Choose the printer or a PDF.' });
export type PrintDestination = z.infer<typeof PrintDestination>;

/**
 * File names carry no participant data: the saved PDF may sit in a downloads folder. What the
 * participant keeps is named as discreetly as it reads: no "LEAD" on a slip or a card.
 */
export const PRINT_TITLES: Record<PrintDocument, string> = {
  'consent-form': 'LEAD consent to release information',
  'part2-notice': 'Notice of federal confidentiality protections',
  'meeting-minutes': 'LEAD meeting minutes',
  'referral-slip': 'Your next step',
  'wallet-card': 'Wallet card',
  'provider-letter': 'Referral letter',
};

/** What each document's route carries after its name: its id, then its options, in this order. */
const ROUTE_KEYS: { [D in PrintDocument]: readonly (keyof Extract<PrintJob, { document: D }>)[] } = {
  'consent-form': ['consentId'],
  'part2-notice': ['participantId'],
  'meeting-minutes': ['attendeeId'],
  'referral-slip': ['serviceReferralId', 'language', 'layout'],
  'wallet-card': ['serviceReferralId', 'language'],
  'provider-letter': ['serviceReferralId'],
};

function routeKeys(document: PrintDocument): readonly string[] {
  return ROUTE_KEYS[document] as readonly string[];
}

export function printPath(job: PrintJob): string {
  const values = job as unknown as Record<string, string | number>;
  return ['print', job.document, ...routeKeys(job.document).map((key) => values[key])].join('/');
}

/** The print job a renderer path stands for, or null when the path is not a print route. */
export function parsePrintPath(pathname: string): PrintJob | null {
  const match = /^\/?print\/([a-z0-9-]+)\/(\d+)((?:\/[a-z-]+)*)\/?$/.exec(pathname);
  if (!match || !Object.hasOwn(ROUTE_KEYS, match[1]!)) return null;
  const document = match[1] as PrintDocument;
  const segments = [Number(match[2]), ...match[3]!.split('/').filter(Boolean)];
  const keys = routeKeys(document);
  if (segments.length !== keys.length) return null;
  const parsed = PrintJob.safeParse(Object.fromEntries([['document', document], ...keys.map((key, i) => [key, segments[i]])]));
  return parsed.success ? parsed.data : null;
}

/** Set on <body> by a print view once its data is on the page, so the printer knows when to print. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/**
 * Set on <body> instead, to the reason, by a print view that cannot be printed as asked (its data
 * could not be read, or its words do not fit the paper): the printer prints nothing and says why.
 */
export const PRINT_PROBLEM_ATTRIBUTE = 'data-print-problem';
