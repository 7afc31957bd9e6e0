import type { OutcomeView } from '../../../shared/ipc/participant-record-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';
import { CASELOAD_STAGES } from '../../../shared/domain/stages';
import type { JusticeEventKind } from '../../../shared/domain/justice-events';
import type { OutcomeKind } from '../../../shared/domain/outcomes';
import { WIN_KINDS } from '../../../shared/domain/agenda';
import { POLICE_KINDS, sqlList } from './participants';

/**
 * The agenda's reads go from the participants on a caseload outwards, through the indexes that
 * start with participant_id (outcomes_participant, justice_events_participant): no index is by
 * date alone, and an exited participant's history is not the meeting's business.
 */
const ON_CASELOAD = `participant_id IN (SELECT x.id FROM participants x WHERE x.stage IN (${sqlList(CASELOAD_STAGES)}))`;

export interface AgendaJusticeRow {
  participant_id: number;
  kind: JusticeEventKind;
  occurred_on: string;
}

export interface WinRow {
  participant_id: number;
  kind: OutcomeKind;
  value: string;
  observed_on: string;
}

/** The outcomes (observations) and justice_events tables: dated facts about a participant. */
const statements = preparedFor({
  insertOutcome: (db) =>
    db.prepare(
      'INSERT INTO outcomes (participant_id, kind, value, observed_on, note, shared_as_win, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  agendaJustice: (db) =>
    db.prepare(
      `SELECT participant_id, kind, occurred_on FROM justice_events WHERE ${ON_CASELOAD} AND (
         (kind IN (${POLICE_KINDS}, 'warrant') AND occurred_on BETWEEN @sinceOn AND @today)
         OR (kind = 'court_date' AND occurred_on BETWEEN @today AND @courtHorizon))`,
    ),
  winsSince: (db) =>
    db.prepare(
      `SELECT participant_id, kind, value, observed_on FROM outcomes WHERE ${ON_CASELOAD}
       AND kind IN (${sqlList(WIN_KINDS)}) AND shared_as_win = 1 AND observed_on BETWEEN @sinceOn AND @today`,
    ),
  insertJusticeEvent: (db) =>
    db.prepare(
      'INSERT INTO justice_events (participant_id, kind, occurred_on, description, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  sharedWinsOfEach: (db) =>
    db.prepare(
      `SELECT participant_id, kind, value, observed_on FROM outcomes
       WHERE shared_as_win = 1 AND observed_on >= ? AND participant_id IN (SELECT value FROM json_each(?)) ORDER BY observed_on, id`,
    ),
  latest: (db) =>
    db.prepare(
      `SELECT id, kind, value, observed_on AS observedOn, note, shared_as_win FROM (
         SELECT o.*, row_number() OVER (PARTITION BY kind ORDER BY observed_on DESC, id DESC) AS position
         FROM outcomes o WHERE participant_id = ?
       ) WHERE position = 1 ORDER BY kind`,
    ),
});

export function insertOutcome(
  db: Db,
  participantId: number,
  observation: { kind: string; value: string; observedOn: string; note: string | null; sharedAsWin: boolean },
  staffId: number,
  now: string,
): number {
  const { kind, value, observedOn, note, sharedAsWin } = observation;
  return Number(
    statements(db).insertOutcome.run(participantId, kind, value, observedOn, note, sharedAsWin ? 1 : 0, staffId, now).lastInsertRowid,
  );
}

export function insertJusticeEvent(
  db: Db,
  participantId: number,
  event: { kind: string; occurredOn: string; description: string | null },
  staffId: number,
  now: string,
): number {
  const { kind, occurredOn, description } = event;
  return Number(statements(db).insertJusticeEvent.run(participantId, kind, occurredOn, description, staffId, now).lastInsertRowid);
}

/** The newest observation of each kind (by the date observed, then by when it was recorded). */
export function latestOutcomesOf(db: Db, participantId: number): OutcomeView[] {
  const rows = statements(db).latest.all(participantId) as (Omit<OutcomeView, 'sharedAsWin'> & { shared_as_win: number })[];
  return rows.map(({ shared_as_win, ...row }) => ({ ...row, sharedAsWin: shared_as_win === 1 }));
}

/** Police contacts, arrests, bookings and warrants from `sinceOn` to today, court dates from today to `courtHorizon`. */
export function agendaJusticeRows(db: Db, params: { sinceOn: string; today: string; courtHorizon: string }): AgendaJusticeRow[] {
  return statements(db).agendaJustice.all(params) as AgendaJusticeRow[];
}

/** Observations from `sinceOn` to today the participant agreed to share as a win (housing, employment, income). */
export function sharedWinRows(db: Db, params: { sinceOn: string; today: string }): WinRow[] {
  return statements(db).winsSince.all(params) as WinRow[];
}

/** Wins these participants agreed to share, observed on or after `since`, in one query. */
export function sharedWinsOfEach(
  db: Db,
  participantIds: readonly number[],
  since: string,
): { participant_id: number; kind: string; value: string; observed_on: string }[] {
  return statements(db).sharedWinsOfEach.all(since, JSON.stringify(participantIds)) as never;
}
