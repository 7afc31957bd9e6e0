import { STAGE_ORDER } from '../../../shared/ipc/list-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';
import { inReach, reachParam, stageRank, type Reach } from './participants';

export interface PersonRow {
  id: number;
  name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
}

/** People found by date of birth, or by the name index (people_search), each with their participant record if any. */
const FOUND_BY_DATE = `SELECT p.id, p.name, p.name_key, x.id AS participant_id, x.stage, 0 AS fts_rank
       FROM people p LEFT JOIN participants x ON x.person_id = p.id
       WHERE p.date_of_birth = @date AND (x.id IS NULL OR ${inReach('x.pair_id')})`;
const FOUND_BY_NAME = `SELECT p.id, p.name, p.name_key, x.id AS participant_id, x.stage, s.rank AS fts_rank
       FROM people_search s JOIN people p ON p.id = s.rowid LEFT JOIN participants x ON x.person_id = p.id
       WHERE people_search MATCH @fts AND (x.id IS NULL OR ${inReach('x.pair_id')})`;

const countFound = (found: string) => `WITH found AS (${found})
       SELECT count(*) FILTER (WHERE @everyone OR participant_id IS NOT NULL) AS total, count(*) FILTER (WHERE participant_id IS NULL) AS notEnrolled FROM found`;
const rankFound = (found: string) => `WITH found AS (${found})
       SELECT id FROM found WHERE @everyone OR participant_id IS NOT NULL
       ORDER BY CASE WHEN name_key = @key THEN 0 WHEN substr(name_key, 1, length(@key)) = @key THEN 1 ELSE 2 END,
                CASE WHEN participant_id IS NULL THEN ${STAGE_ORDER.length + 1} ELSE ${stageRank('stage')} END,
                fts_rank, name COLLATE NOCASE, id
       LIMIT @limit OFFSET @offset`;

/** The people (anyone ever referred), their aliases (person_aliases) and the name index (people_search). */
const statements = preparedFor({
  byId: (db) => db.prepare('SELECT id, name, preferred_name, date_of_birth FROM people WHERE id = ?'),
  exists: (db) => db.prepare('SELECT 1 FROM people WHERE id = ?'),
  insert: (db) => db.prepare('INSERT INTO people (name, name_key, date_of_birth, created_at) VALUES (?, ?, ?, ?)'),
  update: (db) => db.prepare('UPDATE people SET name = ?, name_key = ?, preferred_name = ?, date_of_birth = ? WHERE id = ?'),
  setDateOfBirth: (db) => db.prepare('UPDATE people SET date_of_birth = ? WHERE id = ?'),
  aliases: (db) => db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias').pluck(),
  removeAliases: (db) => db.prepare('DELETE FROM person_aliases WHERE person_id = ?'),
  addAlias: (db) => db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?)'),
  names: (db) => db.prepare('SELECT name, preferred_name FROM people WHERE id = ?'),
  unindex: (db) => db.prepare('DELETE FROM people_search WHERE rowid = ?'),
  index: (db) => db.prepare('INSERT INTO people_search (rowid, names) VALUES (?, ?)'),
  matches: (db) =>
    db.prepare(
      `SELECT p.id, p.name, p.preferred_name, p.date_of_birth,
              CASE WHEN p.name_key = @key AND p.date_of_birth IS @dob THEN 'name_and_birth_date'
                   WHEN p.name_key = @key THEN 'name'
                   ELSE 'alias' END AS matched_on
       FROM people p
       WHERE p.name_key = @key
          OR p.id IN (SELECT person_id FROM person_aliases WHERE alias_key = @key)
       ORDER BY matched_on = 'name_and_birth_date' DESC, p.id
       LIMIT 20`,
    ),
  countByDate: (db) => db.prepare(countFound(FOUND_BY_DATE)),
  countByName: (db) => db.prepare(countFound(FOUND_BY_NAME)),
  rankByDate: (db) => db.prepare(rankFound(FOUND_BY_DATE)).pluck(),
  rankByName: (db) => db.prepare(rankFound(FOUND_BY_NAME)).pluck(),
});

export function personRow(db: Db, id: number): PersonRow {
  return statements(db).byId.get(id) as PersonRow;
}

export function personExists(db: Db, id: number): boolean {
  return statements(db).exists.get(id) !== undefined;
}

export function aliasesOf(db: Db, personId: number): string[] {
  return statements(db).aliases.all(personId) as string[];
}

/** `nameKey` is the name as compared (electron/services/people.ts). */
export function insertPersonRow(db: Db, person: { name: string; nameKey: string; dateOfBirth: string | null }, now: string): number {
  const id = Number(statements(db).insert.run(person.name, person.nameKey, person.dateOfBirth, now).lastInsertRowid);
  refreshSearch(db, id);
  return id;
}

/** A person's names and date of birth, with each alias's compared form, keeping the search index in step. */
export function updatePersonRow(
  db: Db,
  id: number,
  person: {
    name: string;
    nameKey: string;
    preferredName: string | null;
    dateOfBirth: string | null;
    aliases: { alias: string; key: string }[];
  },
): void {
  const { update, removeAliases, addAlias } = statements(db);
  update.run(person.name, person.nameKey, person.preferredName, person.dateOfBirth, id);
  removeAliases.run(id);
  for (const { alias, key } of person.aliases) addAlias.run(id, alias, key);
  refreshSearch(db, id);
}

export function setDateOfBirth(db: Db, id: number, dateOfBirth: string): void {
  statements(db).setDateOfBirth.run(dateOfBirth, id);
}

function refreshSearch(db: Db, id: number): void {
  const person = statements(db).names.get(id) as Pick<PersonRow, 'name' | 'preferred_name'>;
  const names = [person.name, person.preferred_name, ...aliasesOf(db, id)].filter(Boolean).join(' ');
  statements(db).unindex.run(id);
  statements(db).index.run(id, names);
}

export type MatchRow = PersonRow & { matched_on: 'name_and_birth_date' | 'name' | 'alias' };

/** People with this compared name, or an alias of it; the same date of birth first. */
export function matchingPeople(db: Db, key: string, dateOfBirth: string | null): MatchRow[] {
  return statements(db).matches.all({ key, dob: dateOfBirth }) as MatchRow[];
}

/** A search by date of birth (`date`) or by FTS5 query (`fts`) on the name index; `key` is the query as compared. */
export interface PeopleQuery {
  date: string | null;
  fts: string | null;
  key: string;
  everyone: boolean;
}

function searchParams(query: PeopleQuery, reach: Reach) {
  return { reach: reachParam(reach), date: query.date, fts: query.fts, key: query.key, everyone: query.everyone ? 1 : 0 };
}

export function countFoundPeople(db: Db, query: PeopleQuery, reach: Reach): { total: number; notEnrolled: number } {
  const { countByDate, countByName } = statements(db);
  return (query.date ? countByDate : countByName).get(searchParams(query, reach)) as { total: number; notEnrolled: number };
}

/**
 * One page of the ids found: the whole name as typed, then a name that starts with it, then any
 * other match; within those, people on a caseload first (active first), then exited, then never
 * enrolled; then FTS5's bm25 rank, then by name.
 */
export function rankFoundPeople(db: Db, query: PeopleQuery, reach: Reach, page: { offset: number; limit: number }): number[] {
  const { rankByDate, rankByName } = statements(db);
  return (query.date ? rankByDate : rankByName).all({ ...searchParams(query, reach), limit: page.limit, offset: page.offset }) as number[];
}
