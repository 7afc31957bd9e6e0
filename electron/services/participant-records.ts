import type { Assessment } from '../../shared/domain/assessment';
import { consentStatus, type Consent } from '../../shared/domain/consent';
import type { Referral } from '../../shared/domain/referral';
import type { Stage } from '../../shared/domain/stages';
import type { ConsentView } from '../../shared/ipc/consents-contract';
import type { ParticipantPage, ParticipantRecord, ParticipantSummary } from '../../shared/ipc/participant-record-contract';
import { PARTICIPANT_FILTERS, stagesOf, type ParticipantCounts, type ParticipantFilter } from '../../shared/ipc/list-contract';
import type { Db } from '../db/open-database';
import type { Desk } from '../desk';
import { lastContactOf, latestOutcomesOf, needsOf, serviceReferralsOf } from './caseload-records';
import { UserError } from '../ipc/user-error';
import { intakeDaysLeft } from '../../shared/domain/local-time';
import { inReach, reachParam, stageRank, type Reach } from './participant-access';
import { aliasesOf } from './people';
import { referralsOfPerson } from './referral-records';
import { timelineCounts, timelinePage } from './timeline';
import { TIMELINE_PAGE } from '../../shared/domain/timeline';

interface ParticipantRow {
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

interface ConsentRow {
  id: number;
  participant_id: number;
  data: string;
  created_at: string;
  creator: string;
}

const CONSENT_QUERY = `SELECT c.id, c.participant_id, c.data, c.created_at, s.display_name AS creator FROM consents c JOIN staff s ON s.id = c.created_by`;

export function toConsentView(row: ConsentRow, today: string): ConsentView {
  const consent = JSON.parse(row.data) as Consent;
  return {
    id: row.id,
    participantId: row.participant_id,
    consent,
    status: consentStatus(consent, today),
    createdAt: row.created_at,
    createdBy: row.creator,
  };
}

export function requireConsent(db: Db, id: number, today: string): ConsentView {
  const row = db.prepare(`${CONSENT_QUERY} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
  if (!row) throw new UserError('NOT_FOUND', 'That consent does not exist.');
  return toConsentView(row, today);
}

function consentsOf(db: Db, participantId: number, today: string): ConsentView[] {
  return (db.prepare(`${CONSENT_QUERY} WHERE c.participant_id = ? ORDER BY c.id DESC`).all(participantId) as ConsentRow[]).map((row) =>
    toConsentView(row, today),
  );
}

/** One word for the summary: any active consent wins; otherwise the newest consent's state. */
function consentAtAGlance(consents: ConsentView[]): ParticipantSummary['consent'] {
  if (consents.length === 0) return 'none';
  if (consents.some((consent) => consent.status === 'active')) return 'active';
  return consents[0]!.status === 'revoked' ? 'revoked' : 'expired';
}

function toSummary(row: ParticipantRow, consents: ConsentView[], today: string): ParticipantSummary {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    pathway: row.pathway,
    pair: { id: row.pair_id, label: row.pair_label },
    stage: row.stage,
    enrolledAt: row.enrolled_at,
    intakeDueOn: row.intake_due_on,
    intakeDaysLeft: intakeDaysLeft(row.intake_due_on, row.assessment_completed_at !== null, today, row.stage === 'exited'),
    consent: consentAtAGlance(consents),
  };
}

function participantCounts(db: Db, reach: Reach): ParticipantCounts {
  const byStage = new Map(
    (db.prepare(`SELECT x.stage, count(*) AS n FROM participants x WHERE ${inReach('x.pair_id')} GROUP BY x.stage`).all({ reach: reachParam(reach) }) as {
      stage: Stage;
      n: number;
    }[]).map((row) => [row.stage, row.n]),
  );
  return Object.fromEntries(
    PARTICIPANT_FILTERS.map((filter) => [filter, stagesOf(filter).reduce((sum, stage) => sum + (byStage.get(stage) ?? 0), 0)]),
  ) as ParticipantCounts;
}

/** The consents of these participants only, newest first, in one query. */
function consentsByParticipant(db: Db, ids: number[], today: string): Map<number, ConsentView[]> {
  const consents = new Map<number, ConsentView[]>();
  if (ids.length === 0) return consents;
  const rows = db.prepare(`${CONSENT_QUERY} WHERE c.participant_id IN (SELECT value FROM json_each(?)) ORDER BY c.id DESC`).all(JSON.stringify(ids)) as ConsentRow[];
  for (const row of rows) {
    const list = consents.get(row.participant_id) ?? [];
    list.push(toConsentView(row, today));
    consents.set(row.participant_id, list);
  }
  return consents;
}

/** Summaries of these participants, in the order given, with their consents read in one pass. */
export function participantSummaries(db: Db, ids: number[], today: string): ParticipantSummary[] {
  if (ids.length === 0) return [];
  const rows = new Map(
    (db.prepare(`${PARTICIPANT_QUERY} WHERE x.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ParticipantRow[]).map((row) => [row.id, row]),
  );
  const consents = consentsByParticipant(db, ids, today);
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toSummary(row, consents.get(id) ?? [], today)] : [];
  });
}

/**
 * One page of the participants within `reach` whom `show` names, active first then by name, with
 * the true count of the whole list and of each filter. The count and the page are read in SQL:
 * only the page's rows are built.
 */
export function listParticipants(db: Db, today: string, reach: Reach, page: { show: ParticipantFilter; offset: number; limit: number }): ParticipantPage {
  const counts = participantCounts(db, reach);
  const ids = db
    .prepare(
      `SELECT x.id FROM participants x JOIN people p ON p.id = x.person_id
       WHERE ${inReach('x.pair_id')} AND x.stage IN (SELECT value FROM json_each(@stages))
       ORDER BY ${stageRank('x.stage')}, p.name COLLATE NOCASE, x.id LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ reach: reachParam(reach), stages: JSON.stringify(stagesOf(page.show)), limit: page.limit, offset: page.offset }) as number[];
  return { participants: participantSummaries(db, ids, today), total: counts[page.show], counts };
}

export function requireParticipantRow(db: Db, id: number): ParticipantRow {
  const row = db.prepare(`${PARTICIPANT_QUERY} WHERE x.id = ?`).get(id) as ParticipantRow | undefined;
  if (!row) throw new UserError('NOT_FOUND', 'That participant does not exist.');
  return row;
}

/** A participant's whole record as the participant page shows it. */
export function participantRecord(desk: Desk, id: number): ParticipantRecord {
  const db = desk.requireDb();
  const today = desk.today();
  const row = requireParticipantRow(db, id);
  const consents = consentsOf(db, id, today);
  const assessment = db.prepare('SELECT data FROM assessments WHERE referral_id = ?').pluck().get(row.referral_id) as string | undefined;
  const lastContactAt = lastContactOf(db, id);
  return {
    ...toSummary(row, consents, today),
    lastContactAt,
    daysSinceContact: desk.daysSince(lastContactAt),
    needs: needsOf(db, row.referral_id),
    serviceReferrals: serviceReferralsOf(db, row.referral_id),
    latestOutcomes: latestOutcomesOf(db, id),
    aliases: aliasesOf(db, row.person_id),
    capOverrideReason: row.cap_override_reason,
    assessment: assessment ? (JSON.parse(assessment) as Assessment) : null,
    assessmentCompletedAt: row.assessment_completed_at,
    consents,
    referrals: referralsOfPerson(db, today, row.person_id),
    timeline: timelinePage(db, { personId: row.person_id, participantId: id }, { group: 'all', offset: 0, limit: TIMELINE_PAGE }),
    timelineCounts: timelineCounts(db, { personId: row.person_id, participantId: id }),
  };
}
