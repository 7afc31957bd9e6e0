import { CASELOAD_STAGES } from '../../../shared/domain/stages';
import type { Role } from '../../../shared/roles';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/** Stages that count against a pair's cap, as SQL: everyone but those who have exited. */
const COUNTED_STAGES = `(${CASELOAD_STAGES.map((stage) => `'${stage}'`).join(', ')})`;

export interface PairRow {
  id: number;
  active: number;
  case_manager_id: number;
  case_manager_name: string;
  peer_id: number;
  peer_name: string;
  caseload: number;
}

const PAIR_QUERY = `
  SELECT p.id, p.active, p.case_manager_id, cm.display_name AS case_manager_name, p.peer_id, pe.display_name AS peer_name,
         (SELECT count(*) FROM participants x WHERE x.pair_id = p.id AND x.stage IN ${COUNTED_STAGES}) AS caseload
  FROM pairs p JOIN staff cm ON cm.id = p.case_manager_id JOIN staff pe ON pe.id = p.peer_id`;

export interface CoverRow {
  id: number;
  staff_id: number;
  staff_name: string;
  staff_role: Role;
  pair_id: number;
  pair_label: string;
  reason: string;
  covered_on: string;
  started_at: string;
}

const COVER_QUERY = `
  SELECT c.id, c.staff_id, s.display_name AS staff_name, s.role AS staff_role, c.pair_id,
         cm.display_name || ' & ' || pe.display_name AS pair_label, c.reason, c.covered_on, c.started_at
  FROM pair_covers c
  JOIN staff s ON s.id = c.staff_id
  JOIN pairs p ON p.id = c.pair_id
  JOIN staff cm ON cm.id = p.case_manager_id
  JOIN staff pe ON pe.id = p.peer_id`;

/** The pairs and their covers (pair_covers): a pair's SQL is here only. */
const statements = preparedFor({
  all: (db) => db.prepare(`${PAIR_QUERY} ORDER BY p.active DESC, cm.display_name COLLATE NOCASE`),
  byId: (db) => db.prepare(`${PAIR_QUERY} WHERE p.id = ?`),
  activeOf: (db) => db.prepare('SELECT id FROM pairs WHERE active = 1 AND (case_manager_id = ? OR peer_id = ?)').pluck(),
  activeWith: (db) => db.prepare('SELECT case_manager_id, peer_id FROM pairs WHERE active = 1 AND (case_manager_id = ? OR peer_id = ?)'),
  insert: (db) => db.prepare('INSERT INTO pairs (case_manager_id, peer_id, created_at) VALUES (?, ?, ?)'),
  deactivate: (db) => db.prepare('UPDATE pairs SET active = 0 WHERE id = ?'),
  coveredPairs: (db) => db.prepare('SELECT pair_id FROM pair_covers WHERE staff_id = ? AND covered_on = ?').pluck(),
  startCover: (db) =>
    db.prepare(
      `INSERT INTO pair_covers (staff_id, pair_id, covered_on, reason, started_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (staff_id, pair_id, covered_on) DO NOTHING`,
    ),
  cover: (db) => db.prepare(`${COVER_QUERY} WHERE c.staff_id = ? AND c.pair_id = ? AND c.covered_on = ?`),
  coversOn: (db) => db.prepare(`${COVER_QUERY} WHERE c.covered_on = ? ORDER BY c.started_at, c.id`),
});

export function pairRows(db: Db): PairRow[] {
  return statements(db).all.all() as PairRow[];
}

export function findPairRow(db: Db, id: number): PairRow | null {
  return (statements(db).byId.get(id) as PairRow | undefined) ?? null;
}

/** The active pair a case manager or peer works in (one at most), or null. */
export function activePairOf(db: Db, staffId: number): number | null {
  return (statements(db).activeOf.get(staffId, staffId) as number | undefined) ?? null;
}

/** The active pairs either of these two people is in. */
export function activePairsWith(db: Db, caseManagerId: number, peerId: number): { case_manager_id: number; peer_id: number }[] {
  return statements(db).activeWith.all(caseManagerId, peerId) as { case_manager_id: number; peer_id: number }[];
}

export function insertPair(db: Db, caseManagerId: number, peerId: number, now: string): number {
  return Number(statements(db).insert.run(caseManagerId, peerId, now).lastInsertRowid);
}

export function deactivatePair(db: Db, id: number): void {
  statements(db).deactivate.run(id);
}

/** The pairs `staffId` covers for on the desk's day `today`. */
export function coveredPairIds(db: Db, staffId: number, today: string): number[] {
  return statements(db).coveredPairs.all(staffId, today) as number[];
}

/** Starts a cover for the day; asking again the same day keeps the first. */
export function startCover(db: Db, cover: { staffId: number; pairId: number; coveredOn: string; reason: string; at: string }): void {
  statements(db).startCover.run(cover.staffId, cover.pairId, cover.coveredOn, cover.reason, cover.at);
}

export function coverRow(db: Db, staffId: number, pairId: number, coveredOn: string): CoverRow {
  return statements(db).cover.get(staffId, pairId, coveredOn) as CoverRow;
}

export function coverRowsOn(db: Db, coveredOn: string): CoverRow[] {
  return statements(db).coversOn.all(coveredOn) as CoverRow[];
}
