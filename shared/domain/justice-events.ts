import { z } from 'zod';
import { plainText } from '../text';
import { formDate, type IsoDate } from './calendar';
import { whenFieldsValid } from './cross-field';

/**
 * Criminal-justice events the team learns of. A date and a short description only: CJIS asks
 * for minimal criminal-history detail, and LEAD's rule is that nothing learned in care may prompt
 * enforcement, so no charges in full, no rap sheets.
 */
export const JUSTICE_EVENT_KINDS = ['police_contact', 'arrest', 'jail_booking', 'charge_filed', 'court_date', 'warrant'] as const;
export const JusticeEventKind = z.enum(JUSTICE_EVENT_KINDS, { error: 'Choose the kind of event from the list.' });
export type JusticeEventKind = z.infer<typeof JusticeEventKind>;
export const JUSTICE_EVENT_LABELS: Record<JusticeEventKind, string> = {
  police_contact: 'Police contact',
  arrest: 'Arrest',
  jail_booking: 'Jail booking',
  charge_filed: 'Charge filed',
  court_date: 'Court date',
  warrant: 'Warrant',
};

/** Events a card flags as "new police contact or arrest since the last meeting". */
export const POLICE_CONTACT_KINDS: readonly JusticeEventKind[] = ['police_contact', 'arrest', 'jail_booking'];

export const JUSTICE_DESCRIPTION_MAX = 300;

/** Only a court date can lie ahead; everything else has already happened when the team hears of it. */
export function justiceEventSchema(today: IsoDate) {
  return z
    .object({
      kind: JusticeEventKind,
      occurredOn: formDate('Date', today, 'planned'),
      description: plainText('Short description', JUSTICE_DESCRIPTION_MAX),
    })
    .strict()
    .refine((event) => event.kind === 'court_date' || event.occurredOn <= today, {
      error: 'Only a court date can be in the future.',
      path: ['occurredOn'],
      when: whenFieldsValid('kind', 'occurredOn'),
    });
}
export type JusticeEvent = z.output<ReturnType<typeof justiceEventSchema>>;
