import { NEEDS, type Need } from '../../../shared/domain/assessment';
import type { NeedStatus, ServiceReferral } from '../../../shared/domain/needs';
import type {
  ChangeSource,
  EventSource,
  Handoff,
  ServiceReferralOutcome,
  ServiceReferralStatus,
} from '../../../shared/domain/service-referral-status';
import type { NeedView, ServiceReferralEventView } from '../../../shared/ipc/participant-record-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';
import { inReach, reachParam, sqlList, type Reach } from './participants';
import { CASELOAD_STAGES } from '../../../shared/domain/stages';

const REFERRAL_COLUMNS = `id, participant_id, need, provider, referred_on, status, outcome, handoff, appointment_at, ask_for, bring, directions,
  note, migrated_from, service_at_location_id, status_changed_at, updated_at`;

/** The needs of an enrollment, the service referrals made for them (service_referrals) and their history (service_referral_events). */
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
      `INSERT INTO service_referrals (participant_id, referral_id, need, provider, service_at_location_id, referred_on, status, handoff,
         appointment_at, ask_for, bring, directions, note, created_by, status_changed_at, updated_at)
       VALUES (@participantId, @referralId, @need, @provider, @serviceAtLocationId, @referredOn, @status, @handoff,
         @appointmentAt, @askFor, @bring, @directions, @note, @staffId, @now, @now)`,
    ),
  serviceReferral: (db) => db.prepare(`SELECT ${REFERRAL_COLUMNS} FROM service_referrals WHERE id = ?`),
  setServiceReferralStatus: (db) =>
    db.prepare(
      `UPDATE service_referrals SET status = @to, outcome = @outcome, appointment_at = coalesce(@appointmentAt, appointment_at),
         status_changed_at = @at, updated_at = @at WHERE id = @id`,
    ),
  insertEvent: (db) =>
    db.prepare(
      `INSERT INTO service_referral_events (service_referral_id, from_status, to_status, reason, outcome, appointment_at, source, staff_id, at)
       VALUES (@id, @from, @to, @reason, @outcome, @appointmentAt, @source, @staffId, @at)`,
    ),
  serviceReferralsOf: (db) =>
    db.prepare(`SELECT ${REFERRAL_COLUMNS} FROM service_referrals WHERE referral_id = ? ORDER BY referred_on DESC, id DESC`),
  eventsOf: (db) =>
    db.prepare(
      `SELECT e.id, e.service_referral_id AS serviceReferralId, e.from_status AS "from", e.to_status AS "to", e.reason, e.outcome,
         e.appointment_at AS appointmentAt, e.source, s.display_name AS by, e.at
       FROM service_referral_events e LEFT JOIN staff s ON s.id = e.staff_id
       WHERE e.service_referral_id IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    ),
  followUpCandidates: (db) =>
    db.prepare(
      `SELECT s.id, s.participant_id, s.provider, s.status, s.appointment_at, s.status_changed_at, x.pair_id, p.name, p.preferred_name
       FROM service_referrals s JOIN participants x ON x.id = s.participant_id JOIN people p ON p.id = x.person_id
       WHERE s.status <> 'closed' AND s.appointment_at IS NOT NULL AND s.appointment_at <= @before AND ${inReach('x.pair_id')}
       ORDER BY s.appointment_at, s.id`,
    ),
  unlinkedOpenReferrals: (db) =>
    db.prepare(`SELECT id, provider FROM service_referrals WHERE service_at_location_id IS NULL AND status <> 'closed' ORDER BY id`),
  linkToPlace: (db) =>
    db.prepare(`UPDATE service_referrals SET service_at_location_id = ? WHERE id = ? AND service_at_location_id IS NULL`),
  // Only the caseload's current enrollments: a decade keeps thousands of referrals left open by
  // people who exited, which the agenda would read and drop (test/bench/agenda.ts). CROSS JOIN
  // keeps SQLite's order: the caseload first, then each one's referrals by their index.
  caseloadOpenReferralRows: (db) =>
    db.prepare(
      `SELECT s.id, s.participant_id, s.provider, s.status, s.appointment_at, s.status_changed_at
       FROM participants x CROSS JOIN service_referrals s ON s.participant_id = x.id AND s.referral_id = x.referral_id
       WHERE x.stage IN (${sqlList(CASELOAD_STAGES)}) AND s.status <> 'closed' ORDER BY s.id`,
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

export interface ServiceReferralRow {
  id: number;
  participant_id: number;
  need: Need;
  provider: string;
  referred_on: string;
  status: ServiceReferralStatus;
  outcome: ServiceReferralOutcome | null;
  handoff: Handoff | null;
  appointment_at: string | null;
  ask_for: string | null;
  bring: string | null;
  directions: string | null;
  note: string | null;
  migrated_from: string | null;
  /** The place in the provider directory (migration 0011); null for a provider typed by name. */
  service_at_location_id: string | null;
  status_changed_at: string;
  updated_at: string;
}

/** A status change as written: the referral's row and its event. */
export interface StatusEvent {
  from: ServiceReferralStatus | null;
  to: ServiceReferralStatus;
  reason: string | null;
  outcome: ServiceReferralOutcome | null;
  appointmentAt: string | null;
  source: ChangeSource;
  staffId: number;
  at: string;
}

/**
 * A referral is work on the need: an open need moves to in progress; a need not yet listed is
 * added. Its first status is its first event, from no status.
 */
export function insertServiceReferral(
  db: Db,
  participant: EnrollmentOf,
  referral: Omit<ServiceReferral, 'draft'> & { status: ServiceReferralStatus },
  staffId: number,
  now: string,
): number {
  const { insertServiceReferral: insert, workOn, insertEvent } = statements(db);
  const id = Number(
    insert.run({ ...referral, participantId: participant.id, referralId: participant.referral_id, staffId, now }).lastInsertRowid,
  );
  insertEvent.run({
    id,
    from: null,
    to: referral.status,
    reason: null,
    outcome: null,
    appointmentAt: referral.appointmentAt,
    source: 'peer',
    staffId,
    at: now,
  });
  workOn.run(participant.referral_id, participant.id, referral.need, staffId, now);
  return id;
}

export function findServiceReferral(db: Db, id: number): ServiceReferralRow | null {
  return (statements(db).serviceReferral.get(id) as ServiceReferralRow | undefined) ?? null;
}

/** The referral's new status (an appointment given replaces the one before) and the event saying so. */
export function writeStatusChange(db: Db, id: number, event: StatusEvent): void {
  const { setServiceReferralStatus: set, insertEvent } = statements(db);
  set.run({ id, to: event.to, outcome: event.outcome, appointmentAt: event.appointmentAt, at: event.at });
  insertEvent.run({ id, ...event });
}

export function serviceReferralsOf(db: Db, referralId: number): ServiceReferralRow[] {
  return statements(db).serviceReferralsOf.all(referralId) as ServiceReferralRow[];
}

export type ServiceReferralEventRow = Omit<ServiceReferralEventView, 'source'> & { serviceReferralId: number; source: EventSource };

/** The history of these referrals, oldest first. */
export function serviceReferralEventsOf(db: Db, ids: readonly number[]): ServiceReferralEventRow[] {
  return statements(db).eventsOf.all(JSON.stringify(ids)) as ServiceReferralEventRow[];
}

export interface FollowUpCandidateRow {
  id: number;
  participant_id: number;
  provider: string;
  status: ServiceReferralStatus;
  appointment_at: string;
  status_changed_at: string;
  pair_id: number;
  name: string;
  preferred_name: string | null;
}

/**
 * Referrals not closed whose appointment is on or before `before`, within `reach`: those that
 * may be due a follow-up (followUpDue decides). Stored appointments carry the desk's offset,
 * so `before` is compared as text only as a coarse filter; the caller gives a day's margin.
 */
export function followUpCandidates(db: Db, before: string, reach: Reach): FollowUpCandidateRow[] {
  return statements(db).followUpCandidates.all({ before, reach: reachParam(reach) }) as FollowUpCandidateRow[];
}

export interface OpenReferralRow {
  id: number;
  participant_id: number;
  provider: string;
  status: ServiceReferralStatus;
  appointment_at: string | null;
  status_changed_at: string;
}

/** The referrals not closed of the participants on a caseload, for the weekly agenda's stalled referrals. */
export function caseloadOpenServiceReferralRows(db: Db): OpenReferralRow[] {
  return statements(db).caseloadOpenReferralRows.all() as OpenReferralRow[];
}

/** The needs of these participants' current enrollments, in one query. */
export function currentNeedsOfEach(
  db: Db,
  participantIds: readonly number[],
): { participant_id: number; need: Need; status: NeedStatus }[] {
  return statements(db).currentOfEach.all(JSON.stringify(participantIds)) as { participant_id: number; need: Need; status: NeedStatus }[];
}

/** Open referrals to a provider typed by name, not (yet) pointing at a place in the directory. */
export function unlinkedOpenServiceReferrals(db: Db): { id: number; provider: string }[] {
  return statements(db).unlinkedOpenReferrals.all() as { id: number; provider: string }[];
}

export function linkServiceReferralToPlace(db: Db, id: number, serviceAtLocationId: string): void {
  statements(db).linkToPlace.run(serviceAtLocationId, id);
}
