import { z } from 'zod';
import { blankablePlainText, plainText } from '../text';
import { formDate, type IsoDate } from './calendar';
import { Need, NEEDS } from './assessment';
import { daysBetween } from './local-time';

/**
 * The provider directory (docs/architecture.md, "The provider directory"): the places the team
 * refers people to, kept by supervisors and case managers, searched by everyone on the team.
 * Shaped like Open Referral's HSDS 3.0 (electron/db/migrations/0008-provider-directory.ts), with
 * what this team needs to know before sending someone: walk-in, ID, MOUD, capacity.
 */

export const CAPACITIES = ['has_capacity', 'no_capacity', 'waitlist', 'assessment_needed'] as const;
export const Capacity = z.enum(CAPACITIES, { error: 'Choose a capacity from the list.' });
export type Capacity = z.infer<typeof Capacity>;
export const CAPACITY_LABELS: Record<Capacity, string> = {
  has_capacity: 'Has capacity',
  no_capacity: 'No capacity',
  waitlist: 'Waitlist',
  assessment_needed: 'Assessment needed first',
};

/** LEAD's own facts about a service (HSDS extensions), named as their columns are. */
export const ATTRIBUTES = ['walk_in', 'no_id_needed', 'moud', 'harm_reduction', 'screens_warrants', 'part2_program'] as const;
export const Attribute = z.enum(ATTRIBUTES, { error: 'Choose an attribute from the list.' });
export type Attribute = z.infer<typeof Attribute>;
export const ATTRIBUTE_LABELS: Record<Attribute, string> = {
  walk_in: 'Walk-in',
  no_id_needed: 'No ID needed',
  moud: 'Medication for opioid use disorder (MOUD)',
  harm_reduction: 'Harm-reduction friendly',
  screens_warrants: 'Screens for warrants at entry',
  part2_program: '42 CFR Part 2 program',
};

/** HSDS's byday codes (iCal's), Monday first. */
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const Day = z.enum(DAYS, { error: 'Choose days of the week.' });
export type Day = z.infer<typeof Day>;
export const DAY_LABELS: Record<Day, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

/** A capacity older than this is flagged: providers' capacity changes by the month. */
export const CONFIRMATION_DAYS = 90;

/** Whether an entry's capacity is due to be confirmed again on `today`: never confirmed, or more than 90 days ago. */
export function notConfirmed(confirmedOn: IsoDate | null, today: IsoDate): boolean {
  return confirmedOn === null || daysBetween(confirmedOn, today) > CONFIRMATION_DAYS;
}

/** An HSDS id: a UUID when made here; a 211's own ids otherwise, plain and short. */
export const HSDS_ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const HsdsId = z.string().regex(HSDS_ID, { error: 'Not a directory id.' });

/** 24-hour "HH:MM", as HSDS writes opens_at and closes_at (seconds, if given, are dropped). */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const time = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .regex(TIME, { error: `${label} must be a time such as 09:00 or 17:30.` })
    .transform((value) => value.slice(0, 5));

/** A US phone number as people write it: ten digits, with any of ( ) - . and spaces, optionally +1. */
export const PHONE = /^(\+?1[ .-]?)?(\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}$/;

export const DESCRIPTION_MAX = 2000;
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const PhoneInput = z
  .object({
    id: HsdsId.optional(),
    number: plainText('Phone number', 30).refine((value) => PHONE.test(value), {
      error: 'Phone number must be ten digits, such as 410-555-0142.',
    }),
    description: blankablePlainText('Phone description', 200),
  })
  .strict();

export const OpeningWindowInput = z
  .object({
    id: HsdsId.optional(),
    days: z
      .array(Day)
      .min(1, { error: 'Choose at least one day for each opening window.' })
      .max(7)
      .refine(unique, { error: 'Each day only once.' }),
    opensAt: time('Opening time'),
    closesAt: time('Closing time'),
    notes: blankablePlainText('Hours note', 300),
  })
  .strict()
  .refine((window) => window.opensAt < window.closesAt, { error: 'Closing time must be after opening time.', path: ['closesAt'] });

export const LocationInput = z
  .object({
    /** The service at this location, when it exists already: its id stays as referrals point at it. */
    serviceAtLocationId: HsdsId.optional(),
    /** Shown back by editableEntry; the main process reads a place's location from its serviceAtLocationId only. */
    id: HsdsId.optional(),
    name: blankablePlainText('Place name', 200),
    address1: plainText('Street address', 200),
    city: plainText('City', 100),
    stateProvince: plainText('State', 50),
    postalCode: plainText('ZIP code', 10).refine((value) => /^\d{5}(-\d{4})?$/.test(value), { error: 'ZIP code must be five digits.' }),
    crossStreets: blankablePlainText('Cross streets', 200),
    transportation: blankablePlainText('Bus lines', 300),
    accessibility: blankablePlainText('Accessibility', 500),
    phones: z.array(PhoneInput).max(5, { error: 'At most five phone numbers.' }),
    schedule: z.array(OpeningWindowInput).max(21, { error: 'At most 21 opening windows.' }),
  })
  .strict();
export type LocationInput = z.input<typeof LocationInput>;

/** One entry as the team edits it: an organization, one service, and the places it is offered. */
export function directoryEntryInput(today: IsoDate) {
  return z
    .object({
      serviceId: HsdsId.optional(),
      organization: z
        .object({
          id: HsdsId.optional(),
          name: plainText('Organization name', 200),
          description: blankablePlainText('Organization description', DESCRIPTION_MAX),
          website: blankablePlainText('Website', 300),
        })
        .strict(),
      service: z
        .object({
          name: plainText('Service name', 200),
          description: blankablePlainText('Description', DESCRIPTION_MAX),
          eligibilityDescription: blankablePlainText('Who is eligible', 1000),
          feesDescription: blankablePlainText('Fees', 500),
          applicationProcess: blankablePlainText('How to get in', 1000),
          attributes: z.array(Attribute).max(ATTRIBUTES.length).refine(unique, { error: 'Each attribute only once.' }),
          needs: z.array(Need).max(NEEDS.length).refine(unique, { error: 'Each need only once.' }),
          capacity: Capacity.nullable(),
          capacityConfirmedOn: formDate('Capacity confirmed on', today, 'past').nullable(),
          languages: z.array(plainText('Language', 60)).max(20).refine(unique, { error: 'Each language only once.' }),
          requiredDocuments: z.array(plainText('Document to bring', 200)).max(20),
        })
        .strict()
        .refine((service) => service.capacity !== null || service.capacityConfirmedOn === null, {
          error: 'Choose the capacity that was confirmed.',
          path: ['capacity'],
        }),
      locations: z.array(LocationInput).min(1, { error: 'Add at least one place.' }).max(20, { error: 'At most 20 places.' }),
    })
    .strict();
}
export type DirectoryEntryInput = z.input<ReturnType<typeof directoryEntryInput>>;
export type DirectoryEntry = z.output<ReturnType<typeof directoryEntryInput>>;

/** "Mon, Tue 09:00–12:00" in plain words, as HSDS's schedule description holds it. */
export function describeWindow(window: { days: readonly Day[]; opensAt: string; closesAt: string }): string {
  return `${window.days.map((day) => DAY_LABELS[day]).join(', ')} ${window.opensAt}–${window.closesAt}`;
}
