import { describe, expect, it } from 'vitest';
import {
  unansweredScreen,
  EligibilityScreen,
  EXCLUSIONS,
  screenEligibility,
  type EligibilityAnswers,
  type Exclusion,
  type ExclusionAnswer,
  type ReferralFacts,
} from '../../../shared/domain/eligibility';
import { OFFENSES_NEEDING_APPROVAL } from '../../../shared/domain/offenses';
import { referralSchema } from '../../../shared/domain/referral';
import { ABSURD, APPROVAL, arrestReferral, NOW, SCRIPT } from './fixtures';

const allNo = (): Record<Exclusion, ExclusionAnswer> =>
  Object.fromEntries(EXCLUSIONS.map((e) => [e, 'no'])) as Record<Exclusion, ExclusionAnswer>;

const answers = (overrides: Partial<EligibilityAnswers> = {}): EligibilityAnswers => ({
  dateOfBirth: '1990-04-12',
  exclusions: allNo(),
  ...overrides,
});

const referral = (overrides: Partial<ReferralFacts> = {}): ReferralFacts => ({
  occurredAt: '2025-06-15T10:30:00-04:00',
  offenses: ['cds_possession'],
  approval: null,
  location: { insideReferralArea: true },
  ...overrides,
});

const codes = (result: ReturnType<typeof screenEligibility>) =>
  result.status === 'ineligible'
    ? result.reasons.map((r) => r.code)
    : result.status === 'incomplete'
      ? result.missing.map((m) => m.code)
      : [];

describe('eligible', () => {
  it('is eligible when an adult answers no to every exclusion', () => {
    expect(screenEligibility(answers(), referral())).toEqual({ status: 'eligible' });
  });

  it('takes a parsed referral as it is', () => {
    const parsed = referralSchema(NOW).parse(arrestReferral({ offenses: ['public_urination'], approval: APPROVAL }));
    expect(screenEligibility(answers(), parsed)).toEqual({ status: 'eligible' });
  });
});

describe('each exclusion', () => {
  it.each(EXCLUSIONS)('%s answered yes alone makes the person ineligible, with a sentence', (exclusion) => {
    const result = screenEligibility(answers({ exclusions: { ...allNo(), [exclusion]: 'yes' } }), referral());
    expect(result.status).toBe('ineligible');
    expect(codes(result)).toEqual([exclusion]);
    if (result.status === 'ineligible') expect(result.reasons[0]?.message).toMatch(/^The person .+\.$/);
  });

  it.each(EXCLUSIONS)('%s left unanswered alone makes the screen incomplete', (exclusion) => {
    const result = screenEligibility(answers({ exclusions: { ...allNo(), [exclusion]: 'unanswered' } }), referral());
    expect(result.status).toBe('incomplete');
    expect(codes(result)).toEqual([exclusion]);
    if (result.status === 'incomplete') expect(result.missing[0]?.message).toMatch(/^Answer: .+\?$/);
  });

  it.each(EXCLUSIONS)('%s never asked at all counts as unanswered, never as no', (exclusion) => {
    const { [exclusion]: _dropped, ...rest } = allNo();
    expect(codes(screenEligibility(answers({ exclusions: rest }), referral()))).toEqual([exclusion]);
  });

  it('asks each exclusion as its own question', () => {
    const result = screenEligibility(answers({ exclusions: {} }), referral());
    expect(result.status).toBe('incomplete');
    if (result.status === 'incomplete') expect(new Set(result.missing.map((m) => m.message)).size).toBe(EXCLUSIONS.length);
  });
});

describe('combinations', () => {
  it('lists every exclusion answered yes', () => {
    const all = Object.fromEntries(EXCLUSIONS.map((e) => [e, 'yes'])) as Record<Exclusion, ExclusionAnswer>;
    const result = screenEligibility(answers({ exclusions: all }), referral());
    expect(codes(result)).toEqual([...EXCLUSIONS]);
    if (result.status === 'ineligible') expect(new Set(result.reasons.map((r) => r.message)).size).toBe(5);
  });

  it.each([
    ['under_supervision', 'open_warrant'],
    ['disqualifying_record', 'public_safety_threat'],
    ['open_case', 'open_warrant'],
  ] as [Exclusion, Exclusion][])('lists both %s and %s', (a, b) => {
    expect(codes(screenEligibility(answers({ exclusions: { ...allNo(), [a]: 'yes', [b]: 'yes' } }), referral()))).toEqual([a, b]);
  });

  it('lists every missing answer when nothing is answered', () => {
    expect(codes(screenEligibility({ exclusions: {} }, referral()))).toEqual(['date_of_birth', ...EXCLUSIONS]);
  });

  it('ineligible wins over unanswered questions, and lists only the known reasons', () => {
    const result = screenEligibility(
      { dateOfBirth: null, exclusions: { open_warrant: 'yes', open_case: 'yes' } },
      referral({ offenses: ['misdemeanor_trespass'] }),
    );
    expect(result.status).toBe('ineligible');
    expect(codes(result)).toEqual(['open_case', 'open_warrant']);
  });

  it('lists age, exclusions and area together', () => {
    const result = screenEligibility(
      answers({ dateOfBirth: '2010-01-01', exclusions: { ...allNo(), under_supervision: 'yes' } }),
      referral({ location: { insideReferralArea: false } }),
    );
    expect(codes(result)).toEqual(['under_18', 'under_supervision', 'outside_referral_area']);
  });
});

describe('age on the referral date', () => {
  const on = (dateOfBirth: string, occurredAt: string) => screenEligibility(answers({ dateOfBirth }), referral({ occurredAt }));

  it('is eligible on the exact 18th birthday', () => {
    expect(on('2007-06-15', '2025-06-15T00:00:00-04:00').status).toBe('eligible');
  });

  it('is not eligible the day before, and says when they turn 18', () => {
    const result = on('2007-06-15', '2025-06-14T23:59:00-04:00');
    expect(codes(result)).toEqual(['under_18']);
    if (result.status === 'ineligible') {
      expect(result.reasons[0]?.message).toBe(
        'The person was under 18 on the referral date (turns 18 on 2025-06-15). LEAD is for adults only.',
      );
    }
  });

  it('uses the date as written in Baltimore, not the UTC date', () => {
    // 23:30 on 14 June in Baltimore is already 15 June in UTC: still the day before the birthday.
    expect(on('2007-06-15', '2025-06-14T23:30:00-04:00').status).toBe('ineligible');
    expect(on('2007-06-15', '2025-06-15T03:30:00Z').status).toBe('eligible');
  });

  it('accepts a bare date as the referral date', () => {
    expect(on('2007-06-15', '2025-06-15').status).toBe('eligible');
  });

  it('a 29 February birthday turns 18 on 1 March', () => {
    expect(codes(on('2004-02-29', '2022-02-28T12:00:00-05:00'))).toEqual(['under_18']);
    expect(on('2004-02-29', '2022-03-01T12:00:00-05:00').status).toBe('eligible');
  });

  it('a 28 February or 1 March birthday is unaffected', () => {
    expect(on('2004-02-28', '2022-02-28T12:00:00-05:00').status).toBe('eligible');
    expect(codes(on('2004-03-01', '2022-02-28T12:00:00-05:00'))).toEqual(['under_18']);
  });

  it('a child is ineligible', () => {
    expect(codes(on('2015-01-01', '2025-06-15'))).toEqual(['under_18']);
  });

  it.each([
    [undefined, 'Enter the date of birth.'],
    [null, 'Enter the date of birth.'],
    ['', 'Enter the date of birth.'],
    ['2007-02-30', 'The date of birth is not a valid date (YYYY-MM-DD).'],
    ['15/06/2007', 'The date of birth is not a valid date (YYYY-MM-DD).'],
    ['2025-06-16', 'The date of birth is after the referral date; check it.'],
  ])('date of birth %s is missing: %s', (dateOfBirth, message) => {
    const result = screenEligibility(answers({ dateOfBirth }), referral());
    expect(result).toEqual({ status: 'incomplete', missing: [{ code: 'date_of_birth', message }] });
  });

  it('refuses to guess a referral date', () => {
    expect(() => screenEligibility(answers(), referral({ occurredAt: 'last week' }))).toThrow(/referral date/);
  });
});

describe("the victim's approval is part of eligibility", () => {
  it.each(OFFENSES_NEEDING_APPROVAL)('%s without the approval cannot be eligible', (offense) => {
    const result = screenEligibility(answers(), referral({ offenses: [offense], approval: null }));
    expect(result).toEqual({
      status: 'incomplete',
      missing: [
        {
          code: 'approval',
          message: "Record the victim's or store owner's approval (who and when) for trespass or public urination.",
        },
      ],
    });
    expect(codes(screenEligibility(answers(), referral({ offenses: ['cds_possession', offense] })))).toEqual(['approval']);
  });

  it.each(OFFENSES_NEEDING_APPROVAL)('%s with the approval is eligible', (offense) => {
    expect(screenEligibility(answers(), referral({ offenses: [offense], approval: APPROVAL })).status).toBe('eligible');
  });

  it('a referral with no offense is incomplete', () => {
    expect(codes(screenEligibility(answers(), referral({ offenses: [] })))).toEqual(['offenses']);
  });
});

describe('referral area', () => {
  it('a referral from outside the referral area is ineligible', () => {
    const result = screenEligibility(answers(), referral({ location: { insideReferralArea: false } }));
    expect(result).toEqual({
      status: 'ineligible',
      reasons: [{ code: 'outside_referral_area', message: 'The referral did not originate inside the referral area.' }],
    });
  });
});

describe('the stored screen', () => {
  const screen = (overrides: Record<string, unknown> = {}) => ({
    dateOfBirth: '1990-04-12',
    exclusions: { under_supervision: 'no', open_warrant: 'yes' },
    checkedBy: 'Case Manager Sample',
    checkedAt: '2025-06-15T11:00:00-04:00',
    ...overrides,
  });

  it('keeps the answers, who checked and when; unanswered by default', () => {
    const parsed = EligibilityScreen.parse(screen());
    expect(parsed.exclusions).toEqual({
      under_supervision: 'no',
      disqualifying_record: 'unanswered',
      public_safety_threat: 'unanswered',
      open_case: 'unanswered',
      open_warrant: 'yes',
    });
  });

  it('allows the date of birth to be not yet known', () => {
    expect(EligibilityScreen.safeParse(screen({ dateOfBirth: null })).success).toBe(true);
  });

  it('has no room for criminal-history detail', () => {
    expect(EligibilityScreen.safeParse(screen({ rapSheet: 'Synthetic history text' })).success).toBe(false);
    expect(EligibilityScreen.safeParse(screen({ exclusions: { open_warrant: 'yes', warrantDetail: 'Synthetic' } })).success).toBe(false);
  });

  it('refuses answers other than yes, no, unanswered', () => {
    expect(EligibilityScreen.safeParse(screen({ exclusions: { open_case: 'maybe' } })).error?.issues[0]?.message).toBe(
      'Answer yes, no, or leave it unanswered.',
    );
  });

  it.each([
    ['2025-06-16', 'Date of birth cannot be in the future.'],
    ['1899-12-31', 'Date of birth cannot be before 1900.'],
    ['2007-02-30', 'Date of birth must be a valid date (YYYY-MM-DD).'],
  ])('refuses date of birth %s', (dateOfBirth, message) => {
    expect(EligibilityScreen.safeParse(screen({ dateOfBirth })).error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it.each([
    [SCRIPT, 'Checked by cannot contain < or > or control characters.'],
    [ABSURD, 'Checked by must be at most 100 characters.'],
    ['', 'Checked by is required.'],
  ])('refuses checked-by %#', (checkedBy, message) => {
    expect(EligibilityScreen.safeParse(screen({ checkedBy })).error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('a screen with nothing answered', () => {
  it('is refused, naming the date of birth and every question', () => {
    const empty = { dateOfBirth: null, exclusions: {} };
    const fields = unansweredScreen(empty, screenEligibility(empty, referral()));
    expect(Object.keys(fields ?? {})).toEqual(['dateOfBirth', ...EXCLUSIONS.map((key) => `exclusions.${key}`)]);
  });

  it('is not refused once one question is answered, nor when a reason to refuse is already known', () => {
    const one = answers({ exclusions: { open_case: 'no' } });
    expect(unansweredScreen(one, screenEligibility(one, referral()))).toBeNull();
    const outside = answers({ exclusions: {} });
    expect(unansweredScreen(outside, screenEligibility(outside, referral({ location: { insideReferralArea: false } })))).toBeNull();
  });
});
