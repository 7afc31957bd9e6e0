import type { Referral } from '../../../shared/domain/referral';
import { CLOSED_REFERRAL_STATUSES, type ReferralStatus } from '../../../shared/domain/referral-status';
import type { Db } from '../open-database';
import { preparedFor, type Build } from '../prepared';
import { WAITING_REFERRAL_STATUSES } from '../../../shared/domain/agenda';
import { sqlList } from './participants';

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

export type ReferralSummaryRow = Pick<ReferralRow, 'id' | 'person_id' | 'person_name' | 'pathway' | 'occurred_at' | 'status'>;

const REFERRAL_QUERY = `
  SELECT r.*, p.name AS person_name, p.date_of_birth, sr.display_name AS sao_recorder, c.display_name AS creator,
         (SELECT x.id FROM participants x WHERE x.referral_id = r.id) AS participant_id
  FROM referrals r
  JOIN people p ON p.id = r.person_id
  JOIN staff c ON c.id = r.created_by
  LEFT JOIN staff sr ON sr.id = r.sao_recorded_by`;

const SUMMARY_QUERY = `SELECT r.id, r.person_id, p.name AS person_name, r.pathway, r.occurred_at, r.status FROM referrals r JOIN people p ON p.id = r.person_id`;

/** What a page of referrals can be narrowed by; each combination is a statement of its own, so each keeps its plan. */
interface ListFilter {
  statuses: boolean;
  person: boolean;
}

function filterSql({ statuses, person }: ListFilter): string {
  const where = [
    ...(statuses ? ['r.status IN (SELECT value FROM json_each(@statuses))'] : []),
    ...(person ? ['r.person_id = @personId'] : []),
  ];
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

const listKey = (kind: 'page' | 'count', filter: ListFilter, order?: 'newest' | 'oldest') =>
  `${kind}:${filter.statuses ? 's' : ''}${filter.person ? 'p' : ''}:${order ?? ''}`;

const FILTERS: ListFilter[] = [false, true].flatMap((statuses) => [false, true].map((person) => ({ statuses, person })));

const listBuilds: Record<string, Build> = Object.fromEntries(
  FILTERS.flatMap((filter) => [
    [listKey('count', filter), (db: Db) => db.prepare(`SELECT count(*) FROM referrals r ${filterSql(filter)}`).pluck()],
    ...(['newest', 'oldest'] as const).map((order) => {
      const direction = order === 'newest' ? 'DESC' : 'ASC';
      const build: Build = (db) =>
        db.prepare(
          `${SUMMARY_QUERY} ${filterSql(filter)} ORDER BY r.occurred_at ${direction}, r.id ${direction} LIMIT @limit OFFSET @offset`,
        );
      return [listKey('page', filter, order), build];
    }),
  ]),
);

/** The referrals table: each police referral and where it stands. */
const statements = preparedFor({
  byId: (db) => db.prepare(`${REFERRAL_QUERY} WHERE r.id = ?`),
  ofPerson: (db) => db.prepare(`${SUMMARY_QUERY} WHERE r.person_id = ? ORDER BY r.occurred_at DESC, r.id DESC`),
  statusCounts: (db) => db.prepare('SELECT status, count(*) AS n FROM referrals GROUP BY status'),
  openOfPerson: (db) =>
    db.prepare(`SELECT id FROM referrals WHERE person_id = ? AND status NOT IN (${CLOSED_REFERRAL_STATUSES.map(() => '?').join(', ')})`),
  insert: (db) =>
    db.prepare(
      `INSERT INTO referrals (person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at)
       VALUES (?, ?, 'screening', ?, ?, ?, ?, ?)`,
    ),
  setStatus: (db) => db.prepare('UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?'),
  setEligibility: (db) => db.prepare('UPDATE referrals SET eligibility = ?, eligibility_result = ? WHERE id = ?'),
  setSao: (db) => db.prepare('UPDATE referrals SET sao_status = ?, sao_decided_on = ?, sao_person = ?, sao_recorded_by = ? WHERE id = ?'),
  agenda: (db) =>
    db.prepare(
      // Two index searches, kept apart by status so UNION ALL needs no de-duplicating pass (a plain
      // UNION scanned every referral of a decade to merge them).
      `SELECT id, status, occurred_at FROM referrals WHERE status IN (${sqlList(WAITING_REFERRAL_STATUSES)})
       UNION ALL SELECT id, status, occurred_at FROM referrals
       WHERE occurred_at >= @sinceOn AND status NOT IN ('enrolled', ${sqlList(WAITING_REFERRAL_STATUSES)})`,
    ),
  pathwaysSince: (db) => db.prepare('SELECT pathway, occurred_at FROM referrals WHERE occurred_at >= ?'),
  setDecision: (db) => db.prepare('UPDATE referrals SET decision = ?, decision_reason = ?, decided_at = ? WHERE id = ?'),
});
const listStatements = preparedFor(listBuilds);

export function findReferralRow(db: Db, id: number): ReferralRow | null {
  return (statements(db).byId.get(id) as ReferralRow | undefined) ?? null;
}

/** One person's referrals, newest first: a person has a handful. */
export function referralRowsOfPerson(db: Db, personId: number): ReferralSummaryRow[] {
  return statements(db).ofPerson.all(personId) as ReferralSummaryRow[];
}

export interface ReferralListing {
  statuses?: readonly ReferralStatus[];
  personId?: number;
  order: 'newest' | 'oldest';
  offset: number;
  limit: number;
}

/** One page of referrals in these statuses (all when none), with the true count of the filtered list. */
export function referralPageRows(db: Db, listing: ReferralListing): { rows: ReferralSummaryRow[]; total: number } {
  const filter = { statuses: !!listing.statuses?.length, person: listing.personId !== undefined };
  const params: Record<string, unknown> = { limit: listing.limit, offset: listing.offset };
  if (filter.statuses) params.statuses = JSON.stringify(listing.statuses);
  if (filter.person) params.personId = listing.personId;
  const prepared = listStatements(db);
  return {
    rows: prepared[listKey('page', filter, listing.order)]!.all(params) as ReferralSummaryRow[],
    total: prepared[listKey('count', filter)]!.get(params) as number,
  };
}

/** How many referrals are in each status: it reads the status index alone. */
export function referralStatusCounts(db: Db): { status: ReferralStatus; n: number }[] {
  return statements(db).statusCounts.all() as { status: ReferralStatus; n: number }[];
}

/** The person's referral still in progress, if any. */
export function openReferralOf(db: Db, personId: number): number | null {
  const row = statements(db).openOfPerson.get(personId, ...CLOSED_REFERRAL_STATUSES) as { id: number } | undefined;
  return row?.id ?? null;
}

export function insertReferral(
  db: Db,
  referral: { personId: number; pathway: string; occurredAt: string; details: string; staffId: number },
  now: string,
): number {
  const { personId, pathway, occurredAt, details, staffId } = referral;
  return Number(statements(db).insert.run(personId, pathway, occurredAt, details, staffId, now, now).lastInsertRowid);
}

export function setReferralStatus(db: Db, id: number, status: ReferralStatus, now: string): void {
  statements(db).setStatus.run(status, now, id);
}

export function setEligibility(db: Db, id: number, screen: string, result: string): void {
  statements(db).setEligibility.run(screen, result, id);
}

export function setSao(
  db: Db,
  id: number,
  sao: { status: string; decidedOn: string | null; saoPerson: string | null; staffId: number },
): void {
  statements(db).setSao.run(sao.status, sao.decidedOn, sao.saoPerson, sao.staffId, id);
}

export function setDecision(db: Db, id: number, decision: { decision: string; reason: string | null; at: string }): void {
  statements(db).setDecision.run(decision.decision, decision.reason, decision.at, id);
}

/** Referrals waiting on the State's Attorney or the person, and those made since `sinceOn` and not enrolled. */
export function agendaReferralRows(db: Db, sinceOn: string): Pick<ReferralRow, 'id' | 'status' | 'occurred_at'>[] {
  return statements(db).agenda.all({ sinceOn }) as Pick<ReferralRow, 'id' | 'status' | 'occurred_at'>[];
}

/** The pathway and time of each referral made on or after the day `from` (occurred_at as typed, its date first). */
export function referralPathwaysSince(db: Db, from: string): Pick<ReferralRow, 'pathway' | 'occurred_at'>[] {
  return statements(db).pathwaysSince.all(from) as Pick<ReferralRow, 'pathway' | 'occurred_at'>[];
}
