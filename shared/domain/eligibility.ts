import { z } from 'zod';
import { plainText } from '../text';
import { anniversary, dateOf, EARLIEST_DATE, isIsoDate, isoDate, isoDateTime, type IsoDate } from './calendar';
import { needsApproval, type Offense } from './offenses';

export const ADULT_AGE = 18;

/** The exclusions a records check answers. Only the answers are kept, never the record itself. */
export const EXCLUSIONS = ['under_supervision', 'disqualifying_record', 'public_safety_threat', 'open_case', 'open_warrant'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** Tri-state on purpose: "not checked yet" must never read as "no". */
export const ExclusionAnswer = z.enum(['yes', 'no', 'unanswered'], {
  error: 'Answer yes, no, or leave it unanswered.',
});
export type ExclusionAnswer = z.infer<typeof ExclusionAnswer>;

export const EXCLUSION_TEXT: Record<Exclusion, { question: string; reason: string }> = {
  under_supervision: {
    question: 'Is the person under supervision (probation or parole)?',
    reason: 'The person is under supervision (probation or parole).',
  },
  disqualifying_record: {
    question: 'Does the person have a disqualifying record (violent crime or sex offense)?',
    reason: 'The person has a disqualifying record (violent crime or sex offense).',
  },
  public_safety_threat: {
    question: 'Is the person a threat to public safety?',
    reason: 'The person is a threat to public safety.',
  },
  open_case: {
    question: 'Does the person have an open case?',
    reason: 'The person has an open case.',
  },
  open_warrant: {
    question: 'Does the person have an open warrant?',
    reason: 'The person has an open warrant.',
  },
};

/**
 * The screen as stored: the answers, who checked and when. Strict, so that no field for
 * criminal-history detail can ride along (CJIS: keep it to "verified, by whom, on what date").
 * Saving a partly answered screen is fine; screenEligibility says what is still missing. A
 * screen with no question answered at all is refused (see unansweredScreen).
 */
export const EligibilityScreen = z
  .object({
    dateOfBirth: isoDate('Date of birth')
      .refine((dob) => dob >= EARLIEST_DATE, { error: 'Date of birth cannot be before 1900.' })
      .nullable(),
    exclusions: z
      .object(
        Object.fromEntries(EXCLUSIONS.map((key) => [key, ExclusionAnswer.default('unanswered')])) as Record<
          Exclusion,
          z.ZodDefault<typeof ExclusionAnswer>
        >,
      )
      .strict(),
    checkedBy: plainText('Checked by', 100),
    checkedAt: isoDateTime('Date and time of the check'),
  })
  .strict()
  .refine((screen) => screen.dateOfBirth === null || screen.dateOfBirth <= dateOf(screen.checkedAt), {
    path: ['dateOfBirth'],
    error: 'Date of birth cannot be in the future.',
    when: (payload) => payload.issues.length === 0,
  });
export type EligibilityScreen = z.output<typeof EligibilityScreen>;

export interface EligibilityAnswers {
  dateOfBirth?: IsoDate | null;
  exclusions: Partial<Record<Exclusion, ExclusionAnswer>>;
}

/** What eligibility needs from the referral; a parsed Referral fits as it is. */
export interface ReferralFacts {
  /** ISO date-time (or date); its calendar date as written is the referral date. */
  occurredAt: string;
  offenses: readonly Offense[];
  approval?: { approvedBy: string; approvedAt: string } | null;
  location: { insideReferralArea: boolean };
}

export type IneligibleCode = 'under_18' | 'outside_referral_area' | Exclusion;
export type MissingCode = 'date_of_birth' | 'offenses' | 'approval' | Exclusion;
export interface Finding<C extends string> {
  code: C;
  message: string;
}

export type EligibilityResult =
  | { status: 'eligible' }
  | { status: 'ineligible'; reasons: Finding<IneligibleCode>[] }
  | { status: 'incomplete'; missing: Finding<MissingCode>[] };

/**
 * The whole eligibility of a referral, in one place. A known reason to refuse wins over missing
 * answers and every known reason is listed: nobody should answer three more questions about a
 * person already out, and the record should show all the grounds, not just the first.
 * The victim's approval is checked here as well as in the referral form, so the gate that
 * enrollment calls cannot say "eligible" without it.
 */
export function screenEligibility(answers: EligibilityAnswers, referral: ReferralFacts): EligibilityResult {
  const referralDate = dateOf(referral.occurredAt);
  if (!isIsoDate(referralDate)) throw new Error('screenEligibility: the referral date must be an ISO date.');

  const reasons: Finding<IneligibleCode>[] = [];
  const missing: Finding<MissingCode>[] = [];

  const dob = answers.dateOfBirth;
  if (dob === undefined || dob === null || dob === '') {
    missing.push({ code: 'date_of_birth', message: 'Enter the date of birth.' });
  } else if (!isIsoDate(dob)) {
    missing.push({ code: 'date_of_birth', message: 'The date of birth is not a valid date (YYYY-MM-DD).' });
  } else if (dob > referralDate) {
    missing.push({ code: 'date_of_birth', message: 'The date of birth is after the referral date; check it.' });
  } else {
    const adultOn = anniversary(dob, ADULT_AGE);
    if (referralDate < adultOn) {
      reasons.push({
        code: 'under_18',
        message: `The person was under 18 on the referral date (turns 18 on ${adultOn}). LEAD is for adults only.`,
      });
    }
  }

  for (const exclusion of EXCLUSIONS) {
    const answer = answers.exclusions[exclusion] ?? 'unanswered';
    if (answer === 'yes') reasons.push({ code: exclusion, message: EXCLUSION_TEXT[exclusion].reason });
    if (answer === 'unanswered') {
      missing.push({ code: exclusion, message: `Answer: ${EXCLUSION_TEXT[exclusion].question}` });
    }
  }

  if (!referral.location.insideReferralArea) {
    reasons.push({
      code: 'outside_referral_area',
      message: 'The referral did not originate inside the referral area.',
    });
  }

  if (referral.offenses.length === 0) {
    missing.push({ code: 'offenses', message: 'Choose at least one offense from the LEAD-eligible list.' });
  } else if (needsApproval(referral.offenses) && !referral.approval) {
    missing.push({
      code: 'approval',
      message: "Record the victim's or store owner's approval (who and when) for trespass or public urination.",
    });
  }

  if (reasons.length > 0) return { status: 'ineligible', reasons };
  if (missing.length > 0) return { status: 'incomplete', missing };
  return { status: 'eligible' };
}

/**
 * The refusal of a screen that records no check at all: not one exclusion answered and no reason
 * known yet to refuse the person. Saving it would mark the referral "screened" and leave a
 * permanent timeline entry for a check nobody made. Returns the message for each field still to
 * answer (the form's field paths), or null when the screen may be recorded. Main process and form
 * share this rule, so the form refuses before sending and the main process refuses whatever sends it.
 */
export function unansweredScreen(answers: EligibilityAnswers, result: EligibilityResult): Record<string, string> | null {
  if (result.status !== 'incomplete') return null;
  if (EXCLUSIONS.some((key) => (answers.exclusions[key] ?? 'unanswered') !== 'unanswered')) return null;
  const fields: Record<string, string> = {};
  const dob = answers.dateOfBirth;
  if (dob === undefined || dob === null || dob === '') fields.dateOfBirth = 'Enter the date of birth.';
  for (const key of EXCLUSIONS) fields[`exclusions.${key}`] = `Select yes or no: ${EXCLUSION_TEXT[key].question}`;
  return fields;
}

/** The one-line message above the fields of a refused empty screen. */
export const UNANSWERED_SCREEN_MESSAGE = 'Answer the eligibility questions before recording the screen: nothing was saved.';
