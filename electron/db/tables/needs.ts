import { NEEDS, type Need } from '../../../shared/domain/assessment';
import type { NeedStatus } from '../../../shared/domain/needs';
import type { NeedView, ServiceReferralView } from '../../../shared/ipc/participant-record-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/** The needs of an enrollment and the service referrals made for them (service_referrals). */
const statements = preparedFor({
  upsert: (db) =>
    db.prepare(
      `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (referral_id, need) DO UPDATE SET status = excluded.status, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ),
  open: (db) =>
    db.prepare(
      `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, 'open', NULL, ?, ?)
       ON CONFLICT (referral_id, need) DO NOTHING`,
    ),
  workOn: (db) =>
    db.prepare(
      `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, 'in_progress', NULL, ?, ?)
       ON CONFLICT (referral_id, need) DO UPDATE SET status = 'in_progress', updated_by = excluded.updated_by, updated_at = excluded.updated_at
       WHERE needs.status = 'open'`,
    ),
  currentOfEach: (db) =>
    db.prepare(
      `SELECT n.participant_id, n.need, n.status FROM needs n JOIN participants x ON x.id = n.participant_id AND x.referral_id = n.referral_id
       WHERE n.participant_id IN (SELECT value FROM json_each(?)) ORDER BY n.participant_id, n.need`,
    ),
  ofEnrollment: (db) => db.prepare('SELECT need, status, note, updated_at AS updatedAt FROM needs WHERE referral_id = ?'),
  insertServiceReferral: (db) =>
    db.prepare(
      `INSERT INTO service_referrals (participant_id, referral_id, need, provider, referred_on, status, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
    ),
  serviceReferral: (db) => db.prepare('SELECT id, participant_id, provider, status FROM service_referrals WHERE id = ?'),
  setServiceReferralStatus: (db) => db.prepare('UPDATE service_referrals SET status = ?, updated_at = ? WHERE id = ?'),
  serviceReferralsOf: (db) =>
    db.prepare(
      `SELECT id, need, provider, referred_on AS referredOn, status, updated_at AS updatedAt
       FROM service_referrals WHERE referral_id = ? ORDER BY referred_on DESC, id DESC`,
    ),
});

/** An enrollment: the participant and the referral they were enrolled from. */
export interface EnrollmentOf {
  id: number;
  referral_id: number;
}

export function upsertNeed(
  db: Db,
  participant: EnrollmentOf,
  change: { need: Need; status: NeedStatus; note: string | null; staffId: number; at: string },
): void {
  statements(db).upsert.run(participant.referral_id, participant.id, change.need, change.status, change.note, change.staffId, change.at);
}

/** The assessment's needs become open needs of this enrollment; needs already worked keep their status. */
export function openNeeds(db: Db, participant: EnrollmentOf, needs: readonly Need[], staffId: number, at: string): void {
  const { open } = statements(db);
  for (const need of needs) open.run(participant.referral_id, participant.id, need, staffId, at);
}

/** In the assessment form's order of needs. */
export function needsOf(db: Db, referralId: number): NeedView[] {
  const needs = statements(db).ofEnrollment.all(referralId) as NeedView[];
  return needs.sort((a, b) => NEEDS.indexOf(a.need) - NEEDS.indexOf(b.need));
}

/** A referral is work on the need: an open need moves to in progress; a need not yet listed is added. */
export function insertServiceReferral(
  db: Db,
  participant: EnrollmentOf,
  referral: { need: Need; provider: string; referredOn: string },
  staffId: number,
  now: string,
): number {
  const { insertServiceReferral: insert, workOn } = statements(db);
  const id = Number(
    insert.run(participant.id, participant.referral_id, referral.need, referral.provider, referral.referredOn, staffId, now)
      .lastInsertRowid,
  );
  workOn.run(participant.referral_id, participant.id, referral.need, staffId, now);
  return id;
}

export function findServiceReferral(db: Db, id: number): { id: number; participant_id: number; provider: string; status: string } | null {
  return (
    (statements(db).serviceReferral.get(id) as { id: number; participant_id: number; provider: string; status: string } | undefined) ?? null
  );
}

export function setServiceReferralStatus(db: Db, id: number, status: string, now: string): void {
  statements(db).setServiceReferralStatus.run(status, now, id);
}

export function serviceReferralsOf(db: Db, referralId: number): ServiceReferralView[] {
  return statements(db).serviceReferralsOf.all(referralId) as ServiceReferralView[];
}

/** The needs of these participants' current enrollments, in one query. */
export function currentNeedsOfEach(
  db: Db,
  participantIds: readonly number[],
): { participant_id: number; need: Need; status: NeedStatus }[] {
  return statements(db).currentOfEach.all(JSON.stringify(participantIds)) as { participant_id: number; need: Need; status: NeedStatus }[];
}
