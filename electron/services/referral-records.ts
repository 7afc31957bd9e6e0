import type { EligibilityResult, EligibilityScreen } from '../../shared/domain/eligibility';
import type { Referral } from '../../shared/domain/referral';
import { REFERRAL_STATUSES, referralStatus, type ReferralStatus } from '../../shared/domain/referral-status';
import type { ReferralPage, ReferralSummary, ReferralView } from '../../shared/ipc/referrals-contract';
import type { ReferralCounts } from '../../shared/ipc/list-contract';
import type { Db } from '../db/open-database';
import { UserError } from '../ipc/user-error';
import { daysBetween } from '../../shared/domain/local-time';
import { localDate } from '../local-date';

export interface ReferralRow {
  id: number;
  person_id: number;
  person_name: string;
  date_of_birth: string | null;
  pathway: Referral['pathway'];
  status: ReferralStatus;
  occurred_at: string;
  details: string;
  eligibility: string | null;
  eligibility_result: string | null;
  sao_status: 'pending' | 'verified' | 'not_approved' | null;
  sao_decided_on: string | null;
  sao_person: string | null;
  sao_recorder: string | null;
  decision: 'accepted' | 'declined' | null;
  decision_reason: string | null;
  decided_at: string | null;
  participant_id: number | null;
  created_at: string;
  creator: string;
}

const REFERRAL_QUERY = `
  SELECT r.*, p.name AS person_name, p.date_of_birth, sr.display_name AS sao_recorder, c.display_name AS creator,
         (SELECT x.id FROM participants x WHERE x.referral_id = r.id) AS participant_id
  FROM referrals r
  JOIN people p ON p.id = r.person_id
  JOIN staff c ON c.id = r.created_by
  LEFT JOIN staff sr ON sr.id = r.sao_recorded_by`;

export function requireReferral(db: Db, id: number): ReferralRow {
  const row = db.prepare(`${REFERRAL_QUERY} WHERE r.id = ?`).get(id) as ReferralRow | undefined;
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

export function toReferralSummary(row: Pick<ReferralRow, 'id' | 'person_id' | 'person_name' | 'pathway' | 'occurred_at' | 'status'>, today: string): ReferralSummary {
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

const SUMMARY_QUERY = `SELECT r.id, r.person_id, p.name AS person_name, r.pathway, r.occurred_at, r.status FROM referrals r JOIN people p ON p.id = r.person_id`;

/** One person's referrals, newest first: a person has a handful. */
export function referralsOfPerson(db: Db, today: string, personId: number): ReferralSummary[] {
  const rows = db.prepare(`${SUMMARY_QUERY} WHERE r.person_id = ? ORDER BY r.occurred_at DESC, r.id DESC`).all(personId) as ReferralRow[];
  return rows.map((row) => toReferralSummary(row, today));
}

export interface ReferralListing {
  statuses?: readonly ReferralStatus[];
  personId?: number;
  order: 'newest' | 'oldest';
  offset: number;
  limit: number;
}

/**
 * One page of referrals in these statuses (all when none), newest or oldest first, with the true
 * count of the filtered list and of each status. The counts read the status index alone.
 */
export function listReferrals(db: Db, today: string, listing: ReferralListing): ReferralPage {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: listing.limit, offset: listing.offset };
  if (listing.statuses?.length) {
    where.push('r.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(listing.statuses);
  }
  if (listing.personId !== undefined) {
    where.push('r.person_id = @personId');
    params.personId = listing.personId;
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = listing.order === 'newest' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`${SUMMARY_QUERY} ${filter} ORDER BY r.occurred_at ${direction}, r.id ${direction} LIMIT @limit OFFSET @offset`)
    .all(params) as ReferralRow[];
  const total = db.prepare(`SELECT count(*) FROM referrals r ${filter}`).pluck().get(params) as number;
  const byStatus = new Map(
    (db.prepare('SELECT status, count(*) AS n FROM referrals GROUP BY status').all() as { status: ReferralStatus; n: number }[]).map((row) => [row.status, row.n]),
  );
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
  db.prepare('UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
  return status;
}
