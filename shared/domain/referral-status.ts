import { z } from 'zod';
import type { EligibilityResult } from './eligibility';

export const REFERRAL_STATUSES = [
  'screening',
  'ineligible',
  'awaiting_sao',
  'not_approved',
  'awaiting_decision',
  'declined',
  'ready_to_enroll',
  'enrolled',
] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  screening: 'Eligibility screen to finish',
  ineligible: 'Not eligible',
  awaiting_sao: "Waiting for the State's Attorney",
  not_approved: "Not approved by the State's Attorney",
  awaiting_decision: "Waiting for the person's decision",
  declined: 'Declined LEAD',
  ready_to_enroll: 'Ready to enroll',
  enrolled: 'Enrolled',
};

/** Statuses after which the referral is settled: it stays on record for evaluation, and nothing more happens to it. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ['ineligible', 'not_approved', 'declined', 'enrolled'];

export interface ReferralFactsForStatus {
  eligibility: EligibilityResult['status'] | null;
  sao: 'pending' | 'verified' | 'not_approved' | null;
  decision: 'accepted' | 'declined' | null;
  enrolled: boolean;
}

/**
 * Where a referral stands. A decline ends it whenever it comes (the person is then processed the
 * ordinary way); the prosecutor has the final word on eligibility; only a verified, eligible,
 * accepted referral can be enrolled.
 */
export function referralStatus(facts: ReferralFactsForStatus): ReferralStatus {
  if (facts.enrolled) return 'enrolled';
  if (facts.decision === 'declined') return 'declined';
  if (facts.eligibility === 'ineligible') return 'ineligible';
  if (facts.sao === 'not_approved') return 'not_approved';
  if (facts.eligibility !== 'eligible') return 'screening';
  if (facts.sao !== 'verified') return 'awaiting_sao';
  if (facts.decision !== 'accepted') return 'awaiting_decision';
  return 'ready_to_enroll';
}
