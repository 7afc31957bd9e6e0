import { NEEDS } from '../../shared/domain/assessment';
import type { NeedView, OutcomeView, ServiceReferralView } from '../../shared/ipc/participant-record-contract';
import type { Db } from '../db/open-database';

/** Reads of the caseload work a participant record and the board show. */

export function lastContactOf(db: Db, participantId: number): string | null {
  return (db.prepare('SELECT max(occurred_at) FROM contacts WHERE participant_id = ?').pluck().get(participantId) as string | null) ?? null;
}

/** In the assessment form's order of needs. */
export function needsOf(db: Db, referralId: number): NeedView[] {
  const needs = db.prepare('SELECT need, status, note, updated_at AS updatedAt FROM needs WHERE referral_id = ?').all(referralId) as NeedView[];
  return needs.sort((a, b) => NEEDS.indexOf(a.need) - NEEDS.indexOf(b.need));
}

export function serviceReferralsOf(db: Db, referralId: number): ServiceReferralView[] {
  return db
    .prepare(
      `SELECT id, need, provider, referred_on AS referredOn, status, updated_at AS updatedAt
       FROM service_referrals WHERE referral_id = ? ORDER BY referred_on DESC, id DESC`,
    )
    .all(referralId) as ServiceReferralView[];
}

/** The newest observation of each kind (by the date observed, then by when it was recorded). */
export function latestOutcomesOf(db: Db, participantId: number): OutcomeView[] {
  return db
    .prepare(
      `SELECT id, kind, value, observed_on AS observedOn, note FROM (
         SELECT o.*, row_number() OVER (PARTITION BY kind ORDER BY observed_on DESC, id DESC) AS position
         FROM outcomes o WHERE participant_id = ?
       ) WHERE position = 1 ORDER BY kind`,
    )
    .all(participantId) as OutcomeView[];
}
