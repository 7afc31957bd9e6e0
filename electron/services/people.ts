import type { PersonMatch, SearchHit, SearchPage } from '../../shared/ipc/people-contract';
import { STAGE_ORDER, type SearchScope } from '../../shared/ipc/list-contract';
import type { HandlerContext, Handlers } from '../ipc/router';
import type { Db } from '../db/open-database';
import { auditReturned } from './audit';
import { inReach, reachParam, stageRank, type Reach } from './participant-access';

/** Names compared as people write them: case, accents, punctuation and spacing do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface PersonRow {
  id: number;
  name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
}

export function aliasesOf(db: Db, personId: number): string[] {
  return db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias').pluck().all(personId) as string[];
}

export function insertPerson(db: Db, person: { name: string; dateOfBirth: string | null }, now: string): number {
  const id = Number(
    db
      .prepare('INSERT INTO people (name, name_key, date_of_birth, created_at) VALUES (?, ?, ?, ?)')
      .run(person.name, nameKey(person.name), person.dateOfBirth, now).lastInsertRowid,
  );
  refreshSearch(db, id);
  return id;
}

/** Updates a person's names and date of birth, keeping the search index in step. */
export function updatePerson(
  db: Db,
  id: number,
  person: { name: string; preferredName: string | null; dateOfBirth: string | null; aliases: string[] },
): void {
  db.prepare('UPDATE people SET name = ?, name_key = ?, preferred_name = ?, date_of_birth = ? WHERE id = ?').run(
    person.name,
    nameKey(person.name),
    person.preferredName,
    person.dateOfBirth,
    id,
  );
  db.prepare('DELETE FROM person_aliases WHERE person_id = ?').run(id);
  const addAlias = db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?)');
  for (const alias of person.aliases) addAlias.run(id, alias, nameKey(alias));
  refreshSearch(db, id);
}

function refreshSearch(db: Db, id: number): void {
  const person = db.prepare('SELECT name, preferred_name FROM people WHERE id = ?').get(id) as PersonRow;
  const names = [person.name, person.preferred_name, ...aliasesOf(db, id)].filter(Boolean).join(' ');
  db.prepare('DELETE FROM people_search WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO people_search (rowid, names) VALUES (?, ?)').run(id, names);
}

function participantOf(db: Db, personId: number): { id: number; stage: SearchHit['stage'] & string } | null {
  return (db.prepare('SELECT id, stage FROM participants WHERE person_id = ?').get(personId) as { id: number; stage: 'active' } | undefined) ?? null;
}

/**
 * People who may be the one being referred: the same name and date of birth (a returning
 * person, linked automatically), an alias with that date of birth, or the same name.
 */
export function findMatches(db: Db, name: string, dateOfBirth: string | null): PersonMatch[] {
  const key = nameKey(name);
  if (!key) return [];
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.preferred_name, p.date_of_birth,
              CASE WHEN p.name_key = @key AND p.date_of_birth IS @dob THEN 'name_and_birth_date'
                   WHEN p.name_key = @key THEN 'name'
                   ELSE 'alias' END AS matched_on
       FROM people p
       WHERE p.name_key = @key
          OR p.id IN (SELECT person_id FROM person_aliases WHERE alias_key = @key)
       ORDER BY matched_on = 'name_and_birth_date' DESC, p.id
       LIMIT 20`,
    )
    .all({ key, dob: dateOfBirth }) as (PersonRow & { matched_on: PersonMatch['matchedOn'] })[];
  return rows
    .filter((row) => row.matched_on !== 'alias' || !dateOfBirth || row.date_of_birth === dateOfBirth)
    .map((row) => ({
      personId: row.id,
      name: row.name,
      preferredName: row.preferred_name,
      dateOfBirth: row.date_of_birth,
      aliases: aliasesOf(db, row.id),
      matchedOn: row.matched_on,
      participant: participantOf(db, row.id),
    }));
}

const DATE_QUERY = /^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A typed date of birth (2001-04-09 or 4/9/2001) as YYYY-MM-DD, or null if the query is not one. */
function queryDate(query: string): string | null {
  const match = DATE_QUERY.exec(query.trim());
  if (!match) return null;
  if (match[1]) return `${match[1]}-${match[2]}-${match[3]}`;
  return `${match[6]}-${match[4]!.padStart(2, '0')}-${match[5]!.padStart(2, '0')}`;
}

/** Each word as an FTS5 prefix term, quoted so nothing the user types is read as query syntax. */
export function ftsQuery(query: string): string | null {
  const words = nameKey(query).split(' ').filter(Boolean).slice(0, 8);
  return words.length ? words.map((word) => `"${word}"*`).join(' ') : null;
}

export interface SearchListing {
  scope: SearchScope;
  offset: number;
  limit: number;
}

/**
 * People found by name or date of birth, a participant only when within `reach`, one page of them
 * with the true count. Every match is counted and ranked, not the first few the index yields:
 * - the whole name as typed ("avery ash"), then a name that starts with it, then any other match
 *   (a later word, a preferred name, an alias);
 * - within those, people on a caseload first (active first), then exited, then never enrolled;
 * - then FTS5's bm25 rank, then by name.
 * A date of birth matches exactly and ranks by stage, then name.
 */
export function searchPeople(db: Db, query: string, reach: Reach, listing: SearchListing): Omit<SearchPage, 'hits'> & { hits: Omit<SearchHit, 'summary'>[] } {
  const date = queryDate(query);
  const fts = date ? null : ftsQuery(query);
  if (!date && !fts) return { hits: [], total: 0, notEnrolled: 0 };
  const found = date
    ? `SELECT p.id, p.name, p.name_key, x.id AS participant_id, x.stage, 0 AS fts_rank
       FROM people p LEFT JOIN participants x ON x.person_id = p.id
       WHERE p.date_of_birth = @date AND (x.id IS NULL OR ${inReach('x.pair_id')})`
    : `SELECT p.id, p.name, p.name_key, x.id AS participant_id, x.stage, s.rank AS fts_rank
       FROM people_search s JOIN people p ON p.id = s.rowid LEFT JOIN participants x ON x.person_id = p.id
       WHERE people_search MATCH @fts AND (x.id IS NULL OR ${inReach('x.pair_id')})`;
  const params = { reach: reachParam(reach), date, fts, key: nameKey(query), everyone: listing.scope === 'everyone' ? 1 : 0 };
  const counts = db
    .prepare(
      `WITH found AS (${found})
       SELECT count(*) FILTER (WHERE @everyone OR participant_id IS NOT NULL) AS total, count(*) FILTER (WHERE participant_id IS NULL) AS notEnrolled FROM found`,
    )
    .get(params) as { total: number; notEnrolled: number };
  if (counts.total === 0 || listing.offset >= counts.total) return { hits: [], ...counts };
  const ids = db
    .prepare(
      `WITH found AS (${found})
       SELECT id FROM found WHERE @everyone OR participant_id IS NOT NULL
       ORDER BY CASE WHEN name_key = @key THEN 0 WHEN substr(name_key, 1, length(@key)) = @key THEN 1 ELSE 2 END,
                CASE WHEN participant_id IS NULL THEN ${STAGE_ORDER.length + 1} ELSE ${stageRank('stage')} END,
                fts_rank, name COLLATE NOCASE, id
       LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ ...params, limit: listing.limit, offset: listing.offset }) as number[];
  return { hits: ids.map((id) => searchHit(db, id)), ...counts };
}

function searchHit(db: Db, personId: number): Omit<SearchHit, 'summary'> {
  const row = db.prepare('SELECT id, name, preferred_name, date_of_birth FROM people WHERE id = ?').get(personId) as PersonRow;
  const participant = participantOf(db, personId);
  return {
    personId: row.id,
    participantId: participant?.id ?? null,
    name: row.name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    aliases: aliasesOf(db, row.id),
    stage: participant?.stage ?? null,
  };
}

export function auditPeopleReturned(context: HandlerContext, people: { personId: number; participantId: number | null }[]): void {
  auditReturned(context, {
    personIds: people.map((person) => person.personId),
    participantIds: people.flatMap((person) => (person.participantId === null ? [] : [person.participantId])),
  });
}

export const peopleHandlers: Pick<Handlers, 'people.matches'> = {
  'people.matches': (input, context) => {
    const matches = findMatches(context.desk.requireDb(), input.name, input.dateOfBirth);
    auditPeopleReturned(context, matches.map((match) => ({ personId: match.personId, participantId: match.participant?.id ?? null })));
    return matches;
  },
};
