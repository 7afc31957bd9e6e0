import { POLICE_CONTACT_KINDS } from '../../../shared/domain/justice-events';
import type { HousingStatus } from '../../../shared/domain/assessment';
import type { Referral } from '../../../shared/domain/referral';
import { CLOSED_REFERRAL_STATUSES } from '../../../shared/domain/referral-status';
import { CASELOAD_STAGES, type Stage } from '../../../shared/domain/stages';
import type { Subject, SubjectKey } from '../../../shared/ipc/channel';
import { STAGE_ORDER } from '../../../shared/ipc/list-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/**
 * The participants, their stage history (stage_moves) and pair history (pair_assignments), and
 * the board's cards, which are read from the participant outwards: the SQL of these is here only.
 */

/** Every pair, or only these pairs' participants. */
export type Reach = { everyPair: true } | { everyPair: false; pairIds: number[] };

/**
 * The reach as the one parameter `@reach` of `inReach(column)`: null for every pair, else the
 * pair ids as a JSON list, so a query filters in SQL (a search's limit counts only what may be shown).
 */
export function reachParam(reach: Reach): string | null {
  return reach.everyPair ? null : JSON.stringify(reach.pairIds);
}

export function inReach(pairColumn: string): string {
  return `(@reach IS NULL OR ${pairColumn} IN (SELECT value FROM json_each(@reach)))`;
}

/** An `ORDER BY` term for participants: active first, then through the stages to exited (STAGE_ORDER). */
export function stageRank(stageColumn: string): string {
  return `CASE ${stageColumn} ${STAGE_ORDER.map((stage, rank) => `WHEN '${stage}' THEN ${rank}`).join(' ')} ELSE ${STAGE_ORDER.length} END`;
}

export interface ParticipantRow {
  id: number;
  person_id: number;
  referral_id: number;
  name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  pathway: Referral['pathway'];
  pair_id: number;
  pair_label: string;
  stage: Stage;
  enrolled_at: string;
  intake_due_on: string | null;
  cap_override_reason: string | null;
  assessment_completed_at: string | null;
}

const PARTICIPANT_QUERY = `
  SELECT x.id, x.person_id, x.referral_id, p.name, p.preferred_name, p.date_of_birth, r.pathway, x.pair_id,
         cm.display_name || ' & ' || pe.display_name AS pair_label, x.stage, x.enrolled_at, x.intake_due_on,
         x.cap_override_reason, a.completed_at AS assessment_completed_at
  FROM participants x
  JOIN people p ON p.id = x.person_id
  JOIN referrals r ON r.id = x.referral_id
  JOIN pairs pr ON pr.id = x.pair_id
  JOIN staff cm ON cm.id = pr.case_manager_id
  JOIN staff pe ON pe.id = pr.peer_id
  LEFT JOIN assessments a ON a.referral_id = x.referral_id`;

/**
 * How each kind of id finds its participant. A referral belongs to the pair of the participant
 * it is about once it has closed; while open it is intake, the whole intake team's work,
 * whoever will take the person on.
 */
const SUBJECT_PARTICIPANT: Record<SubjectKey, string> = {
  participantId: 'SELECT id, pair_id FROM participants WHERE id = ?',
  consentId: 'SELECT x.id, x.pair_id FROM consents c JOIN participants x ON x.id = c.participant_id WHERE c.id = ?',
  serviceReferralId: 'SELECT x.id, x.pair_id FROM service_referrals s JOIN participants x ON x.id = s.participant_id WHERE s.id = ?',
  referralId: `SELECT x.id, x.pair_id FROM referrals r JOIN participants x ON x.person_id = r.person_id
               WHERE r.id = ? AND r.status IN (${CLOSED_REFERRAL_STATUSES.map((status) => `'${status}'`).join(', ')})`,
};

export interface CardRow {
  id: number;
  name: string;
  preferred_name: string | null;
  pair_id: number;
  stage: Stage;
  stage_since: string;
  intake_due_on: string | null;
  assessment_complete: number;
  assessed_housing: HousingStatus | null;
  last_contact_at: string | null;
  new_police_contacts: number;
  observed_housing: HousingStatus | null;
  open_service_referrals: number;
  /** The open referrals with an appointment, as JSON: the follow-up rule (shared/domain/service-referral-status.ts) picks from them. */
  appointments: string;
  court_date_on: string | null;
}

/** A list of values as SQL literals, for `IN (...)`: the values are the domain's own constants, never input. */
export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

export const POLICE_KINDS = sqlList(POLICE_CONTACT_KINDS);

/** The newest contact of participant `x`, read from contacts_participant_time: the board's and the agenda's. */
const LAST_CONTACT_AT = '(SELECT max(c.occurred_at) FROM contacts c WHERE c.participant_id = x.id) AS last_contact_at';

/**
 * Every card's facts in one statement. Each correlated subquery reads one participant's rows
 * through an index that starts with participant_id, so a board costs one index probe per card
 * and fact, however long the program's history grows.
 */
const CARD_QUERY = `
  SELECT x.id, p.name, p.preferred_name, x.pair_id, x.stage, x.stage_since, x.intake_due_on,
         a.completed_at IS NOT NULL AS assessment_complete,
         json_extract(a.data, '$.housingStatus') AS assessed_housing,
         ${LAST_CONTACT_AT},
         (SELECT count(*) FROM justice_events j
           WHERE j.participant_id = x.id AND j.kind IN (${POLICE_KINDS}) AND j.occurred_on BETWEEN @lastMeetingOn AND @today) AS new_police_contacts,
         (SELECT o.value FROM outcomes o WHERE o.participant_id = x.id AND o.kind = 'housing'
           ORDER BY o.observed_on DESC, o.id DESC LIMIT 1) AS observed_housing,
         (SELECT count(*) FROM service_referrals s WHERE s.participant_id = x.id AND s.status <> 'closed') AS open_service_referrals,
         (SELECT json_group_array(json_object('provider', s.provider, 'status', s.status, 'appointmentAt', s.appointment_at,
                   'statusChangedAt', s.status_changed_at))
           FROM service_referrals s WHERE s.participant_id = x.id AND s.status <> 'closed' AND s.appointment_at IS NOT NULL) AS appointments,
         (SELECT min(j.occurred_on) FROM justice_events j
           WHERE j.participant_id = x.id AND j.kind = 'court_date' AND j.occurred_on BETWEEN @today AND @courtHorizon) AS court_date_on
  FROM participants x
  JOIN people p ON p.id = x.person_id
  LEFT JOIN assessments a ON a.referral_id = x.referral_id`;

/** Everyone still on the caseload, and those who exited in the last few weeks. */
const ON_BOARD = `(x.stage <> 'exited' OR x.stage_since >= @exitedSince)`;
const CARD_ORDER = `ORDER BY coalesce(p.preferred_name, p.name) COLLATE NOCASE, x.id`;

export interface AgendaParticipantRow {
  id: number;
  pair_id: number;
  stage: Stage;
  enrolled_at: string;
  intake_due_on: string | null;
  assessment_complete: number;
  last_contact_at: string | null;
}

export interface StageMoveRow {
  participant_id: number;
  from_stage: Stage;
  to_stage: Stage;
  moved_at: string;
}

const statements = preparedFor({
  byId: (db) => db.prepare(`${PARTICIPANT_QUERY} WHERE x.id = ?`),
  byIds: (db) => db.prepare(`${PARTICIPANT_QUERY} WHERE x.id IN (SELECT value FROM json_each(?))`),
  stageCounts: (db) => db.prepare(`SELECT x.stage, count(*) AS n FROM participants x WHERE ${inReach('x.pair_id')} GROUP BY x.stage`),
  pageIds: (db) =>
    db
      .prepare(
        `SELECT x.id FROM participants x JOIN people p ON p.id = x.person_id
         WHERE ${inReach('x.pair_id')} AND x.stage IN (SELECT value FROM json_each(@stages))
         ORDER BY ${stageRank('x.stage')}, p.name COLLATE NOCASE, x.id LIMIT @limit OFFSET @offset`,
      )
      .pluck(),
  ofPerson: (db) => db.prepare('SELECT id, stage FROM participants WHERE person_id = ?'),
  stageOfPerson: (db) => db.prepare('SELECT stage FROM participants WHERE person_id = ?').pluck(),
  insert: (db) =>
    db.prepare(
      `INSERT INTO participants (person_id, referral_id, pair_id, stage, stage_since, enrolled_at, intake_due_on, cap_override_reason, updated_at)
       VALUES (?, ?, ?, 'awaiting_intake', ?, ?, ?, ?, ?)`,
    ),
  reenroll: (db) =>
    db.prepare(
      `UPDATE participants SET referral_id = ?, pair_id = ?, enrolled_at = ?, intake_due_on = ?, cap_override_reason = ?, updated_at = ? WHERE id = ?`,
    ),
  setStage: (db) => db.prepare('UPDATE participants SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?'),
  addStageMove: (db) =>
    db.prepare('INSERT INTO stage_moves (participant_id, from_stage, to_stage, reason, moved_by, moved_at) VALUES (?, ?, ?, ?, ?, ?)'),
  setPair: (db) =>
    db.prepare('UPDATE participants SET pair_id = ?, cap_override_reason = coalesce(?, cap_override_reason), updated_at = ? WHERE id = ?'),
  addAssignment: (db) =>
    db.prepare(
      'INSERT INTO pair_assignments (participant_id, from_pair_id, to_pair_id, cap_override_reason, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  subjectByParticipant: (db) => db.prepare(SUBJECT_PARTICIPANT.participantId),
  subjectByConsent: (db) => db.prepare(SUBJECT_PARTICIPANT.consentId),
  subjectByServiceReferral: (db) => db.prepare(SUBJECT_PARTICIPANT.serviceReferralId),
  subjectByReferral: (db) => db.prepare(SUBJECT_PARTICIPANT.referralId),
  pairCards: (db) => db.prepare(`${CARD_QUERY} WHERE x.pair_id = @pairId AND ${ON_BOARD} ${CARD_ORDER}`),
  allCards: (db) => db.prepare(`${CARD_QUERY} WHERE ${ON_BOARD} ${CARD_ORDER}`),
  card: (db) => db.prepare(`${CARD_QUERY} WHERE x.id = @id`),
  agendaCaseload: (db) =>
    db.prepare(
      `SELECT x.id, x.pair_id, x.stage, x.enrolled_at, x.intake_due_on, a.completed_at IS NOT NULL AS assessment_complete, ${LAST_CONTACT_AT}
       FROM participants x LEFT JOIN assessments a ON a.referral_id = x.referral_id
       WHERE x.stage IN (${sqlList(CASELOAD_STAGES)})`,
    ),
  stageMovesSince: (db) =>
    db.prepare('SELECT participant_id, from_stage, to_stage, moved_at FROM stage_moves WHERE moved_at >= ? ORDER BY moved_at, id'),
});

const SUBJECT_STATEMENT = {
  participantId: 'subjectByParticipant',
  consentId: 'subjectByConsent',
  serviceReferralId: 'subjectByServiceReferral',
  referralId: 'subjectByReferral',
} as const satisfies Record<SubjectKey, string>;

export function findParticipantRow(db: Db, id: number): ParticipantRow | null {
  return (statements(db).byId.get(id) as ParticipantRow | undefined) ?? null;
}

export function participantRowsById(db: Db, ids: number[]): ParticipantRow[] {
  return statements(db).byIds.all(JSON.stringify(ids)) as ParticipantRow[];
}

/** How many participants within `reach` are in each stage. */
export function stageCounts(db: Db, reach: Reach): { stage: Stage; n: number }[] {
  return statements(db).stageCounts.all({ reach: reachParam(reach) }) as { stage: Stage; n: number }[];
}

/** One page of the ids of the participants within `reach` in these stages, active first then by name. */
export function participantPageIds(db: Db, reach: Reach, page: { stages: readonly Stage[]; offset: number; limit: number }): number[] {
  return statements(db).pageIds.all({
    reach: reachParam(reach),
    stages: JSON.stringify(page.stages),
    limit: page.limit,
    offset: page.offset,
  }) as number[];
}

/** A person's participant record (one at most), or null when never enrolled. */
export function participantOfPerson(db: Db, personId: number): { id: number; stage: Stage } | null {
  return (statements(db).ofPerson.get(personId) as { id: number; stage: Stage } | undefined) ?? null;
}

export function stageOfPerson(db: Db, personId: number): Stage | null {
  return (statements(db).stageOfPerson.get(personId) as Stage | undefined) ?? null;
}

export interface Enrollment {
  referralId: number;
  pairId: number;
  at: string;
  intakeDueOn: string | null;
  capOverrideReason: string | null;
}

export function insertParticipant(db: Db, personId: number, enrollment: Enrollment): number {
  const { referralId, pairId, at, intakeDueOn, capOverrideReason } = enrollment;
  return Number(statements(db).insert.run(personId, referralId, pairId, at, at, intakeDueOn, capOverrideReason, at).lastInsertRowid);
}

export function reenrollParticipant(db: Db, id: number, enrollment: Enrollment): void {
  const { referralId, pairId, at, intakeDueOn, capOverrideReason } = enrollment;
  statements(db).reenroll.run(referralId, pairId, at, intakeDueOn, capOverrideReason, at, id);
}

/** The stage and its history row together; the caller adds the timeline line. */
export function moveStage(
  db: Db,
  participantId: number,
  move: { from: Stage; to: Stage; reason: string | null; actorId: number; at: string },
): void {
  const { from, to, reason, actorId, at } = move;
  statements(db).setStage.run(to, at, at, participantId);
  statements(db).addStageMove.run(participantId, from, to, reason, actorId, at);
}

/** The pair and its history row together; the caller adds the timeline line. */
export function assignPair(
  db: Db,
  participantId: number,
  assignment: { fromPairId: number; toPairId: number; capOverrideReason: string | null; actorId: number; at: string },
): void {
  const { fromPairId, toPairId, capOverrideReason, actorId, at } = assignment;
  statements(db).setPair.run(toPairId, capOverrideReason, at, participantId);
  statements(db).addAssignment.run(participantId, fromPairId, toPairId, capOverrideReason, actorId, at);
}

/** The participant a call's subject reaches, with their pair; undefined when there is none. */
export function participantOfSubject(db: Db, subject: Subject): { id: number; pair_id: number } | undefined {
  const [key, id] = Object.entries(subject)[0] as [SubjectKey, number];
  return statements(db)[SUBJECT_STATEMENT[key]].get(id) as { id: number; pair_id: number } | undefined;
}

export interface CardParams {
  today: string;
  lastMeetingOn: string;
  courtHorizon: string;
  exitedSince: string;
}

/** The cards on the board of one pair, or of every pair (`pairId` null), by name. */
export function cardRows(db: Db, params: CardParams, pairId: number | null): CardRow[] {
  const { pairCards, allCards } = statements(db);
  return (pairId === null ? allCards.all(params) : pairCards.all({ ...params, pairId })) as CardRow[];
}

export function findCardRow(db: Db, params: CardParams, participantId: number): CardRow | null {
  return (statements(db).card.get({ ...params, id: participantId }) as CardRow | undefined) ?? null;
}

/** Everyone on a caseload (CASELOAD_STAGES) with what the agenda asks of them: the intake window and the newest contact. */
export function agendaCaseloadRows(db: Db): AgendaParticipantRow[] {
  return statements(db).agendaCaseload.all() as AgendaParticipantRow[];
}

/** Stage moves at or after the instant `since` (ISO, UTC as stored). */
export function stageMovesSince(db: Db, since: string): StageMoveRow[] {
  return statements(db).stageMovesSince.all(since) as StageMoveRow[];
}
