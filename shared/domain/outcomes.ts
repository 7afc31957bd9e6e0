import { z } from 'zod';
import { plainText } from '../text';
import { HOUSING_STATUS_LABELS, HOUSING_STATUSES } from './assessment';
import { formDate, type IsoDate } from './calendar';

/**
 * Outcomes the program is judged on, observed over time. Each observation is dated, so that
 * "housed in month M after referral" or "any income in month M" can be computed later from the
 * history rather than from one field that is overwritten.
 */
export const EMPLOYMENT_STATUSES = ['unemployed', 'day_labor', 'part_time', 'full_time', 'unable_to_work'] as const;
export const INCOME_SOURCES = ['none', 'earned', 'ssi_ssdi', 'snap', 'tanf', 'other_benefit'] as const;
export const TREATMENT_STATUSES = ['moud', 'outpatient', 'residential', 'detox', 'mental_health', 'left_treatment'] as const;

export const OUTCOME_VALUES = {
  housing: HOUSING_STATUSES,
  employment: EMPLOYMENT_STATUSES,
  income: INCOME_SOURCES,
  treatment: TREATMENT_STATUSES,
} as const;
export type OutcomeKind = keyof typeof OUTCOME_VALUES;
export const OUTCOME_KINDS = Object.keys(OUTCOME_VALUES) as OutcomeKind[];

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  housing: 'Housing',
  employment: 'Employment',
  income: 'Income and benefits',
  treatment: 'Treatment',
};

export const OUTCOME_VALUE_LABELS: { [K in OutcomeKind]: Record<(typeof OUTCOME_VALUES)[K][number], string> } = {
  housing: HOUSING_STATUS_LABELS,
  employment: {
    unemployed: 'Unemployed',
    day_labor: 'Day labor or informal work',
    part_time: 'Employed part time',
    full_time: 'Employed full time',
    unable_to_work: 'Unable to work',
  },
  income: {
    none: 'No income',
    earned: 'Earned income',
    ssi_ssdi: 'SSI or SSDI',
    snap: 'SNAP (food benefits)',
    tanf: 'TANF (cash assistance)',
    other_benefit: 'Another benefit',
  },
  treatment: {
    moud: 'Started medication for opioid use disorder',
    outpatient: 'Entered outpatient treatment',
    residential: 'Entered residential treatment',
    detox: 'Entered withdrawal management (detox)',
    mental_health: 'Entered mental health treatment',
    left_treatment: 'Left treatment',
  },
};

/** Housing that counts as "housed" for the program's measures: a place of one's own or transitional. */
export const HOUSED_STATUSES: readonly string[] = ['transitional', 'rented', 'owned'];

/** Outcomes a participant may agree to share as a win at the weekly meeting: treatment is clinical, never a shared win. */
export const SHAREABLE_OUTCOME_KINDS: readonly OutcomeKind[] = ['housing', 'employment', 'income'];

export const TREATMENT_NOT_SHARED = 'Treatment is clinical: it is never shared as a win at the weekly meeting.';

const sharedAsWin = (kind: OutcomeKind) => {
  const flag = z.boolean({ error: 'Say whether the participant agreed to share this as a win.' }).default(false);
  return SHAREABLE_OUTCOME_KINDS.includes(kind) ? flag : flag.refine((shared) => !shared, { error: TREATMENT_NOT_SHARED });
};

const observation = <K extends OutcomeKind>(kind: K, today: IsoDate) =>
  z
    .object({
      kind: z.literal(kind),
      value: z.enum(OUTCOME_VALUES[kind], { error: `Choose a ${OUTCOME_KIND_LABELS[kind].toLowerCase()} status from the list.` }),
      observedOn: formDate('Date observed', today, 'past'),
      note: plainText('Note', 1000).nullable().default(null),
      /** The participant agreed to share this as a win at the weekly meeting (issue 12). */
      sharedAsWin: sharedAsWin(kind),
    })
    .strict();

export function outcomeSchema(today: IsoDate) {
  return z.discriminatedUnion(
    'kind',
    [observation('housing', today), observation('employment', today), observation('income', today), observation('treatment', today)],
    { error: 'Choose what was observed: housing, employment, income and benefits, or treatment.' },
  );
}
/** An observation as sent to `outcomes.record`: the note and the shared-win mark may be left out. */
export type OutcomeObservation = z.input<ReturnType<typeof outcomeSchema>>;

export function outcomeValueLabel(kind: OutcomeKind, value: string): string {
  return (OUTCOME_VALUE_LABELS[kind] as Record<string, string>)[value] ?? value;
}
