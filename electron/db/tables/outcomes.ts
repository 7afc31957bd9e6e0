import type { OutcomeView } from '../../../shared/ipc/participant-record-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/** The outcomes (observations) and justice_events tables: dated facts about a participant. */
const statements = preparedFor({
  insertOutcome: (db) =>
    db.prepare(
      'INSERT INTO outcomes (participant_id, kind, value, observed_on, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
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
      `SELECT id, kind, value, observed_on AS observedOn, note FROM (
         SELECT o.*, row_number() OVER (PARTITION BY kind ORDER BY observed_on DESC, id DESC) AS position
         FROM outcomes o WHERE participant_id = ?
       ) WHERE position = 1 ORDER BY kind`,
    ),
});

export function insertOutcome(
  db: Db,
  participantId: number,
  observation: { kind: string; value: string; observedOn: string; note: string | null },
  staffId: number,
  now: string,
): number {
  const { kind, value, observedOn, note } = observation;
  return Number(statements(db).insertOutcome.run(participantId, kind, value, observedOn, note, staffId, now).lastInsertRowid);
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
  return statements(db).latest.all(participantId) as OutcomeView[];
}

/** Wins these participants agreed to share, observed on or after `since`, in one query. */
export function sharedWinsOfEach(
  db: Db,
  participantIds: readonly number[],
  since: string,
): { participant_id: number; kind: string; value: string; observed_on: string }[] {
  return statements(db).sharedWinsOfEach.all(since, JSON.stringify(participantIds)) as never;
}
