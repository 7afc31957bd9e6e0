import { z } from 'zod';
import { plainText } from '../text';
import { formDate, type IsoDate } from './calendar';

export const HOUSING_STATUSES = [
  'unsheltered',
  'emergency_shelter',
  'transitional',
  'staying_with_others',
  'rented',
  'owned',
  'jail_or_institution',
] as const;
export const HousingStatus = z.enum(HOUSING_STATUSES, { error: 'Choose a housing status from the list.' });
export type HousingStatus = z.infer<typeof HousingStatus>;
export const HOUSING_STATUS_LABELS: Record<HousingStatus, string> = {
  unsheltered: 'Unsheltered',
  emergency_shelter: 'Emergency shelter',
  transitional: 'Transitional housing',
  staying_with_others: 'Staying with others',
  rented: 'Rented',
  owned: 'Owned',
  jail_or_institution: 'Jail or institution',
};

export const NEEDS = [
  'housing',
  'substance_use_treatment',
  'mental_health',
  'physical_health',
  'id_documents',
  'benefits',
  'income',
  'employment',
  'legal',
  'food',
] as const;
export const Need = z.enum(NEEDS, { error: 'Choose a need from the list.' });
export type Need = z.infer<typeof Need>;
export const NEED_LABELS: Record<Need, string> = {
  housing: 'Housing',
  substance_use_treatment: 'Substance use treatment',
  mental_health: 'Mental health',
  physical_health: 'Physical health',
  id_documents: 'ID documents',
  benefits: 'Benefits',
  income: 'Income',
  employment: 'Employment',
  legal: 'Legal',
  food: 'Food',
};

export const SEXES = ['female', 'male', 'intersex', 'not_disclosed'] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  not_disclosed: 'Prefers not to say',
};

/** The federal (OMB) race categories, several allowed, so disparities can be watched for. */
export const RACES = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'native_hawaiian_pacific_islander',
  'white',
  'other',
  'not_disclosed',
] as const;
export const RACE_LABELS: Record<(typeof RACES)[number], string> = {
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black_african_american: 'Black or African American',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Pacific Islander',
  white: 'White',
  other: 'Another race',
  not_disclosed: 'Prefers not to say',
};

export const ETHNICITIES = ['hispanic_latino', 'not_hispanic_latino', 'not_disclosed'] as const;
export const ETHNICITY_LABELS: Record<(typeof ETHNICITIES)[number], string> = {
  hispanic_latino: 'Hispanic or Latino',
  not_hispanic_latino: 'Not Hispanic or Latino',
  not_disclosed: 'Prefers not to say',
};

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const optionalText = (label: string, max: number) => plainText(label, max).nullable().default(null);

export const PersonName = plainText('Name', 100);

/**
 * A US phone number as people write it: digits, spaces and + ( ) - ., then perhaps an extension
 * ("x12", "ext. 12"). Stored as typed, so nothing else may ride along; checked for ten digits.
 */
const PHONE_AS_WRITTEN = /^(?<number>\+?[0-9 ().-]+?)(?: *(?:x|ext\.?|extension) *(?<extension>[0-9]{1,6}))?$/i;
export const Phone = z
  .string({ error: 'Phone must be text, such as 410-555-0100.' })
  .trim()
  .max(30, { error: 'Phone must be at most 30 characters.' })
  .superRefine((value, ctx) => {
    const number = PHONE_AS_WRITTEN.exec(value)?.groups?.number;
    if (number === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Phone can hold only digits, spaces and + ( ) - ., and an extension such as x12.' });
    } else if (number.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '').length !== 10) {
      ctx.addIssue({ code: 'custom', message: 'Phone must have ten digits, such as 410-555-0100.' });
    }
  });

/** The intake assessment as completed, against the desk's `today`. Optional answers are null, never missing. */
export function assessmentSchema(today: IsoDate) {
  return z
    .object({
      legalName: PersonName,
      preferredName: optionalText('Preferred name', 100),
      aliases: z
        .array(plainText('Alias', 100))
        .max(20, { error: 'At most 20 aliases.' })
        .refine(unique, { error: 'Each alias only once.' })
        .default([]),
      dateOfBirth: formDate('Date of birth', today, 'past'),
      sex: z.enum(SEXES, { error: 'Select the person’s sex.' }),
      genderIdentity: optionalText('Gender identity', 60),
      races: z.array(z.enum(RACES)).min(1, { error: 'Choose at least one race (or "Prefers not to say").' }).refine(unique),
      ethnicity: z.enum(ETHNICITIES, { error: 'Select the person’s ethnicity.' }),
      preferredLanguage: plainText('Preferred language', 60),
      phone: Phone.nullable().default(null),
      whereabouts: optionalText('Where the team can usually find them', 300),
      housingStatus: HousingStatus,
      needs: z.array(Need).max(NEEDS.length).refine(unique, { error: 'Each need only once.' }).default([]),
      goals: plainText('Goals the participant sets', 2000),
    })
    .strict();
}
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
export type AssessmentInput = z.input<ReturnType<typeof assessmentSchema>>;
