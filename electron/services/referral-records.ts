import type { EligibilityResult, EligibilityScreen } from '../../shared/domain/eligibility';
import type { Referral } from '../../shared/domain/referral';
import { REFERRAL_STATUSES, referralStatus, type ReferralStatus } from '../../shared/domain/referral-status';
import type { ReferralPage, ReferralSummary, ReferralView } from '../../shared/ipc/referrals-contract';
import type { ReferralCounts } from '../../shared/ipc/list-contract';
import type { Db } from '../db/open-database';
import {
  findReferralRow,
  referralPageRows,
  referralRowsOfPerson,
  referralStatusCounts,
  setReferralStatus,
  type ReferralListing,
  type ReferralRow,
  type ReferralSummaryRow,
} from '../db/tables/referrals';
import { UserError } from '../ipc/user-error';
import { daysBetween } from '../../shared/domain/local-time';
import { localDate } from '../local-date';

export function requireReferral(db: Db, id: number): ReferralRow {
  const row = findReferralRow(db, id);
  if (!row) throw new UserError('NOT_FOUND', 'That referral does not exist.');
  return row;
}

export function referralDetails(row: ReferralRow): Referral {
  return JSON.parse(row.details) as Referral;
}

export function toReferralView(row: ReferralRow): ReferralView {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    dateOfBirth: row.date_of_birth,
    pathway: row.pathway,
    occurredAt: row.occurred_at,
    details: referralDetails(row),
    eligibility: row.eligibility
      ? { screen: JSON.parse(row.eligibility) as EligibilityScreen, result: JSON.parse(row.eligibility_result!) as EligibilityResult }
      : null,
    sao: row.sao_status
      ? { status: row.sao_status, decidedOn: row.sao_decided_on, saoPerson: row.sao_person, recordedBy: row.sao_recorder ?? '' }
      : null,
    decision: row.decision ? { decision: row.decision, reason: row.decision_reason, decidedAt: row.decided_at! } : null,
    status: row.status,
    participantId: row.participant_id,
    createdAt: row.created_at,
    createdBy: row.creator,
  };
}

export function toReferralSummary(row: ReferralSummaryRow, today: string): ReferralSummary {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    pathway: row.pathway,
    occurredAt: row.occurred_at,
    status: row.status,
    // The stop's calendar day at the desk, not in UTC: an evening stop is that day's, not tomorrow's.
    daysWaitingForSao: row.status === 'awaiting_sao' ? daysBetween(localDate(new Date(row.occurred_at)), today) : null,
  };
}

/** One person's referrals, newest first: a person has a handful. */
export function referralsOfPerson(db: Db, today: string, personId: number): ReferralSummary[] {
  return referralRowsOfPerson(db, personId).map((row) => toReferralSummary(row, today));
}

/**
 * One page of referrals in these statuses (all when none), newest or oldest first, with the true
 * count of the filtered list and of each status. The counts read the status index alone.
 */
export function listReferrals(db: Db, today: string, listing: ReferralListing): ReferralPage {
  const { rows, total } = referralPageRows(db, listing);
  const byStatus = new Map(referralStatusCounts(db).map((row) => [row.status, row.n]));
  const counts = Object.fromEntries(REFERRAL_STATUSES.map((status) => [status, byStatus.get(status) ?? 0])) as ReferralCounts;
  counts.all = REFERRAL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return { referrals: rows.map((row) => toReferralSummary(row, today)), total, counts };
}

/** Recomputes and stores a referral's status from its facts; call after any change to them. */
export function refreshReferralStatus(db: Db, id: number, now: string): ReferralStatus {
  const row = requireReferral(db, id);
  const status = referralStatus({
    eligibility: row.eligibility_result ? (JSON.parse(row.eligibility_result) as EligibilityResult).status : null,
    sao: row.sao_status,
    decision: row.decision,
    enrolled: row.participant_id !== null,
  });
  setReferralStatus(db, id, status, now);
  return status;
}
