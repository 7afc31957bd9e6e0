import { z } from 'zod';
import { plainText } from '../text';
import { formInstant } from './calendar';

/** The ways the team meets a participant (outreach, office, phone, accompanying, court), plus time with a provider. */
export const CONTACT_KINDS = ['street_outreach', 'office', 'phone', 'accompaniment', 'court', 'provider'] as const;
export const ContactKind = z.enum(CONTACT_KINDS, { error: 'Choose the kind of contact from the list.' });
export type ContactKind = z.infer<typeof ContactKind>;
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  street_outreach: 'Street outreach',
  office: 'Office visit',
  phone: 'Phone call',
  accompaniment: 'Accompaniment',
  court: 'Court',
  provider: 'At a provider',
};

/** Who from the pair was there. */
export const CONTACT_STAFF = ['case_manager', 'peer', 'both'] as const;
export const ContactStaff = z.enum(CONTACT_STAFF, { error: 'Say who made the contact.' });
export type ContactStaff = z.infer<typeof ContactStaff>;
export const CONTACT_STAFF_LABELS: Record<ContactStaff, string> = {
  case_manager: 'Case manager',
  peer: 'Peer',
  both: 'Case manager and peer',
};

export const CONTACT_NOTE_MAX = 4000;
export const CONTACT_MAX_MINUTES = 720;

/**
 * A contact as logged from a card or the participant page. Built with `now` so a contact cannot
 * be logged in the future (a few minutes of clock drift aside).
 */
export function contactSchema(now: string) {
  return z
    .object({
      kind: ContactKind,
      occurredAt: formInstant('Date and time of the contact', now, 'The contact cannot be in the future.'),
      durationMinutes: z
        .number({ error: 'Duration must be a number of minutes.' })
        .int({ error: 'Duration must be a whole number of minutes.' })
        .min(1, { error: 'Duration must be at least 1 minute.' })
        .max(CONTACT_MAX_MINUTES, { error: `Duration can be at most ${CONTACT_MAX_MINUTES} minutes.` }),
      staff: ContactStaff,
      place: plainText('Where', 200).nullable().default(null),
      note: plainText('Note', CONTACT_NOTE_MAX).nullable().default(null),
    })
    .strict();
}
export type Contact = z.output<ReturnType<typeof contactSchema>>;
export type ContactInput = z.input<ReturnType<typeof contactSchema>>;
