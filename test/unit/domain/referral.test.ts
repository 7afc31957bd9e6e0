import { describe, expect, it } from 'vitest';
import { OFFENSES, OFFENSES_NEEDING_APPROVAL, type Offense } from '../../../shared/domain/offenses';
import { FUTURE_TOLERANCE_MINUTES } from '../../../shared/domain/calendar';
import { referralSchema } from '../../../shared/domain/referral';
import { ABSURD, APPROVAL, arrestReferral, issues, NOW, SCRIPT, socialReferral, withPath } from './fixtures';

const schema = referralSchema(NOW);
const parse = (input: unknown) => schema.safeParse(input);

describe('a valid referral', () => {
  it('parses an arrest diversion, trimming text and defaulting the approval to none', () => {
    const result = parse(arrestReferral({ officer: { name: '  Officer Sample ', badge: 'T-0000', unit: 'Test Patrol Unit' } }));
    expect(issues(result)).toEqual([]);
    expect(result.data?.officer.name).toBe('Officer Sample');
    expect(result.data?.approval).toBeNull();
  });

  it('parses a social contact with its justification, across several lines', () => {
    const result = parse(socialReferral({ justification: 'Contact one (synthetic).\nContact two (synthetic).' }));
    expect(issues(result)).toEqual([]);
    expect(result.data?.pathway).toBe('social_contact');
  });

  it('accepts a referral outside the referral area (eligibility decides what that means)', () => {
    expect(parse(arrestReferral({ location: { description: 'Example Rd.', insideReferralArea: false } })).success).toBe(true);
  });

  it('accepts every eligible offense together, with the approval', () => {
    expect(issues(parse(arrestReferral({ offenses: [...OFFENSES], approval: APPROVAL })))).toEqual([]);
  });
});

describe('pathway', () => {
  it.each([undefined, 'arrest', 'self_referral', 7])('refuses pathway %s with a clear message', (pathway) => {
    expect(issues(parse(withPath(arrestReferral(), ['pathway'], pathway)))).toEqual([
      'pathway: Choose the pathway: arrest diversion or social contact.',
    ]);
  });

  it('refuses a social contact without the recent violations or contacts that justify it', () => {
    expect(issues(parse(withPath(socialReferral(), ['justification'], undefined)))).toEqual([
      'justification: Justification (recent law violations or police contacts) is required.',
    ]);
    expect(issues(parse(socialReferral({ justification: '   ' })))).toEqual([
      'justification: Justification (recent law violations or police contacts) is required.',
    ]);
  });

  it('refuses a justification on an arrest diversion (it belongs to social contacts)', () => {
    expect(parse({ ...arrestReferral(), justification: 'Not for this pathway.' }).success).toBe(false);
  });

  it('refuses input that is not an object at all', () => {
    for (const input of [null, 'referral', 42, []]) expect(parse(input).success).toBe(false);
  });
});

describe('referral date and time', () => {
  const at = (occurredAt: string) => parse(arrestReferral({ occurredAt }));

  it('refuses a referral in the future', () => {
    expect(issues(at('2025-06-15T13:00:00-04:00'))).toEqual(['occurredAt: Referral date and time cannot be in the future.']);
    expect(issues(at('2026-01-01T09:00:00-05:00'))).toEqual(['occurredAt: Referral date and time cannot be in the future.']);
  });

  it(`tolerates ${FUTURE_TOLERANCE_MINUTES} minutes of clock difference, not more`, () => {
    expect(at('2025-06-15T12:05:00-04:00').success).toBe(true);
    expect(at('2025-06-15T12:05:01-04:00').success).toBe(false);
  });

  it('compares instants, whatever the offset', () => {
    expect(at('2025-06-15T16:00:00Z').success).toBe(true); // = 12:00 in Baltimore
    expect(at('2025-06-15T17:00:00Z').success).toBe(false);
  });

  it('refuses a missing, malformed or offset-less date and time', () => {
    expect(issues(parse(withPath(arrestReferral(), ['occurredAt'], undefined)))).toEqual([
      'occurredAt: Referral date and time is required.',
    ]);
    for (const bad of ['2025-06-15T10:30:00', '15/06/2025 10:30', '2025-02-30T10:00:00-05:00', 'now']) {
      expect(issues(at(bad))).toEqual(['occurredAt: Referral date and time must be a valid date and time.']);
    }
  });

  it('needs a valid now to be built', () => {
    expect(() => referralSchema('not a time')).toThrow(/now/);
  });
});

describe('officer and location', () => {
  it('refuses a missing officer', () => {
    expect(issues(parse(withPath(arrestReferral(), ['officer'], undefined)))).toEqual([
      'officer: The referring officer (name, sequence/badge number, unit) is required.',
    ]);
  });

  it.each([
    ['name', 'Officer name is required.'],
    ['badge', 'Officer sequence/badge number is required.'],
    ['unit', 'Officer unit is required.'],
  ])('refuses a missing officer %s', (field, message) => {
    expect(issues(parse(withPath(arrestReferral(), ['officer', field], undefined)))).toEqual([`officer.${field}: ${message}`]);
  });

  it('refuses a location without the referral-area answer', () => {
    expect(issues(parse(withPath(arrestReferral(), ['location', 'insideReferralArea'], undefined)))).toEqual([
      'location.insideReferralArea: Say whether the location is inside the referral area.',
    ]);
    expect(issues(parse(withPath(arrestReferral(), ['location', 'insideReferralArea'], 'yes')))).toEqual([
      'location.insideReferralArea: Say whether the location is inside the referral area.',
    ]);
  });

  it('refuses a missing location', () => {
    expect(issues(parse(withPath(arrestReferral(), ['location'], undefined)))).toEqual(['location: The location is required.']);
  });
});

describe('offenses', () => {
  const CHOOSE = 'offenses: Choose at least one offense from the LEAD-eligible list.';

  it('refuses none', () => {
    expect(issues(parse(arrestReferral({ offenses: [] })))).toEqual([CHOOSE]);
    expect(issues(parse(withPath(arrestReferral(), ['offenses'], undefined)))).toEqual([CHOOSE]);
  });

  it('refuses an offense that is not LEAD-eligible', () => {
    expect(issues(parse(arrestReferral({ offenses: ['burglary' as Offense] })))).toEqual([
      'offenses.0: Choose offenses from the LEAD-eligible list.',
    ]);
  });

  it('refuses the same offense twice', () => {
    expect(issues(parse(arrestReferral({ offenses: ['prostitution', 'prostitution'] })))).toEqual([
      'offenses: Each offense can be chosen only once.',
    ]);
  });
});

describe("the victim's or store owner's approval", () => {
  const NEEDED =
    "approval: Trespass and public urination need the victim's or store owner's approval (who and when) before the referral can be submitted.";
  const NOT_NEEDED = 'approval: An approval is only recorded for trespass or public urination; remove it or choose the offense.';

  it.each(OFFENSES_NEEDING_APPROVAL)('refuses %s without the approval, on either pathway', (offense) => {
    expect(issues(parse(arrestReferral({ offenses: [offense] })))).toEqual([NEEDED]);
    expect(issues(parse(arrestReferral({ offenses: [offense], approval: null })))).toEqual([NEEDED]);
    expect(issues(parse(socialReferral({ offenses: [offense] })))).toEqual([NEEDED]);
  });

  it.each(OFFENSES_NEEDING_APPROVAL)('accepts %s with the approval', (offense) => {
    const result = parse(arrestReferral({ offenses: [offense], approval: APPROVAL }));
    expect(issues(result)).toEqual([]);
    expect(result.data?.approval).toEqual(APPROVAL);
  });

  it('needs the approval when one of several offenses needs it', () => {
    expect(issues(parse(arrestReferral({ offenses: ['cds_possession', 'misdemeanor_trespass'] })))).toEqual([NEEDED]);
  });

  it.each(OFFENSES.filter((o) => !OFFENSES_NEEDING_APPROVAL.includes(o)))('refuses an approval recorded for %s alone', (offense) => {
    expect(issues(parse(arrestReferral({ offenses: [offense], approval: APPROVAL })))).toEqual([NOT_NEEDED]);
  });

  it('refuses an approval without who or when', () => {
    expect(
      issues(parse(arrestReferral({ offenses: ['public_urination'], approval: { approvedAt: APPROVAL.approvedAt } as never }))),
    ).toEqual(["approval.approvedBy: Approving victim's or store owner's name is required."]);
    expect(issues(parse(arrestReferral({ offenses: ['public_urination'], approval: { approvedBy: 'Owner Sample' } as never })))).toEqual([
      'approval.approvedAt: Approval date and time is required.',
    ]);
  });

  it('accepts an approval given at the very time of the referral, refuses one given after it', () => {
    const referral = (approvedAt: string) => arrestReferral({ offenses: ['misdemeanor_trespass'], approval: { ...APPROVAL, approvedAt } });
    expect(parse(referral('2025-06-15T10:30:00-04:00')).success).toBe(true);
    expect(issues(parse(referral('2025-06-15T10:31:00-04:00')))).toEqual([
      'approval.approvedAt: The approval must be given before the referral, not after it.',
    ]);
  });

  it('refuses an approval dated in the future with one message', () => {
    expect(
      issues(
        parse(
          arrestReferral({
            offenses: ['misdemeanor_trespass'],
            approval: { ...APPROVAL, approvedAt: '2025-07-01T10:00:00-04:00' },
          }),
        ),
      ),
    ).toEqual(['approval.approvedAt: Approval date and time cannot be in the future.']);
  });
});

describe('every error at once', () => {
  it('reports a missing field and a missing approval together', () => {
    const input = withPath(arrestReferral({ offenses: ['public_urination'] }), ['officer', 'name'], undefined);
    expect(issues(parse(input))).toEqual([
      'officer.name: Officer name is required.',
      "approval: Trespass and public urination need the victim's or store owner's approval (who and when) before the referral can be submitted.",
    ]);
  });

  it('lists each missing field of an empty social contact', () => {
    expect(issues(parse({ pathway: 'social_contact' })).map((line) => line.split(':')[0])).toEqual([
      'occurredAt',
      'officer',
      'location',
      'offenses',
      'justification',
    ]);
  });
});

describe('free text: script tags, absurd lengths, blanks', () => {
  const FIELDS: { path: (string | number)[]; label: string; max: number; social?: boolean; approval?: boolean }[] = [
    { path: ['officer', 'name'], label: 'Officer name', max: 100 },
    { path: ['officer', 'badge'], label: 'Officer sequence/badge number', max: 20 },
    { path: ['officer', 'unit'], label: 'Officer unit', max: 100 },
    { path: ['location', 'description'], label: 'Location (address or cross streets)', max: 200 },
    {
      path: ['justification'],
      label: 'Justification (recent law violations or police contacts)',
      max: 2000,
      social: true,
    },
    { path: ['approval', 'approvedBy'], label: "Approving victim's or store owner's name", max: 100, approval: true },
  ];
  const base = (field: (typeof FIELDS)[number]) =>
    field.social
      ? socialReferral()
      : field.approval
        ? arrestReferral({ offenses: ['misdemeanor_trespass'], approval: APPROVAL })
        : arrestReferral();

  it.each(FIELDS)('$label refuses a script tag', (field) => {
    // The tag may also be too long for a short field; the markup message must be among them.
    expect(issues(parse(withPath(base(field), field.path, SCRIPT)))).toContain(
      `${field.path.join('.')}: ${field.label} cannot contain < or > or control characters.`,
    );
    expect(issues(parse(withPath(base(field), field.path, 'a<b')))).toEqual([
      `${field.path.join('.')}: ${field.label} cannot contain < or > or control characters.`,
    ]);
  });

  it.each(FIELDS)('$label refuses an absurd length', (field) => {
    expect(issues(parse(withPath(base(field), field.path, ABSURD)))).toEqual([
      `${field.path.join('.')}: ${field.label} must be at most ${field.max} characters.`,
    ]);
  });

  it.each(FIELDS)('$label accepts exactly its maximum length', (field) => {
    expect(issues(parse(withPath(base(field), field.path, 'y'.repeat(field.max))))).toEqual([]);
  });

  it.each(FIELDS)('$label refuses a control character', (field) => {
    expect(issues(parse(withPath(base(field), field.path, 'Sample\u0007Text')))).toEqual([
      `${field.path.join('.')}: ${field.label} cannot contain < or > or control characters.`,
    ]);
  });

  it.each(FIELDS)('$label refuses blanks', (field) => {
    expect(issues(parse(withPath(base(field), field.path, '   ')))).toEqual([`${field.path.join('.')}: ${field.label} is required.`]);
  });
});
