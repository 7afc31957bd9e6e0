import { describe, expect, it } from 'vitest';
import { referralStatus, type ReferralFactsForStatus } from '../../../shared/domain/referral-status';

const facts = (overrides: Partial<ReferralFactsForStatus>): ReferralFactsForStatus => ({
  eligibility: null,
  sao: null,
  decision: null,
  enrolled: false,
  ...overrides,
});

describe('referral status', () => {
  it.each([
    [facts({}), 'screening'],
    [facts({ eligibility: 'incomplete' }), 'screening'],
    [facts({ eligibility: 'ineligible' }), 'ineligible'],
    [facts({ eligibility: 'eligible' }), 'awaiting_sao'],
    [facts({ eligibility: 'eligible', sao: 'pending' }), 'awaiting_sao'],
    [facts({ eligibility: 'eligible', sao: 'not_approved' }), 'not_approved'],
    [facts({ eligibility: 'eligible', sao: 'verified' }), 'awaiting_decision'],
    [facts({ eligibility: 'eligible', sao: 'verified', decision: 'accepted' }), 'ready_to_enroll'],
    [facts({ eligibility: 'eligible', decision: 'accepted' }), 'awaiting_sao'],
    [facts({ decision: 'declined' }), 'declined'],
    [facts({ eligibility: 'ineligible', decision: 'declined' }), 'declined'],
    [facts({ eligibility: 'eligible', sao: 'verified', decision: 'accepted', enrolled: true }), 'enrolled'],
  ] as const)('%o is %s', (input, expected) => {
    expect(referralStatus(input)).toBe(expected);
  });
});
