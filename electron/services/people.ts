import type { PersonMatch, SearchHit, SearchPage } from '../../shared/ipc/people-contract';
import type { SearchScope } from '../../shared/ipc/list-contract';
import type { HandlerContext, Handlers } from '../ipc/router';
import type { Db } from '../db/open-database';
import { participantOfPerson, type Reach } from '../db/tables/participants';
import {
  aliasesOf,
  countFoundPeople,
  insertPersonRow,
  matchingPeople,
  personRow,
  rankFoundPeople,
  updatePersonRow,
} from '../db/tables/people';
import { auditReturned } from './audit';

/** Names compared as people write them: case, accents, punctuation and spacing do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function insertPerson(db: Db, person: { name: string; dateOfBirth: string | null }, now: string): number {
  return insertPersonRow(db, { ...person, nameKey: nameKey(person.name) }, now);
}

/** Updates a person's names and date of birth, keeping the search index in step. */
export function updatePerson(
  db: Db,
  id: number,
  person: { name: string; preferredName: string | null; dateOfBirth: string | null; aliases: string[] },
): void {
  updatePersonRow(db, id, {
    ...person,
    nameKey: nameKey(person.name),
    aliases: person.aliases.map((alias) => ({ alias, key: nameKey(alias) })),
  });
}

/**
 * People who may be the one being referred: the same name and date of birth (a returning
 * person, linked automatically), an alias with that date of birth, or the same name.
 */
export function findMatches(db: Db, name: string, dateOfBirth: string | null): PersonMatch[] {
  const key = nameKey(name);
  if (!key) return [];
  return matchingPeople(db, key, dateOfBirth)
    .filter((row) => row.matched_on !== 'alias' || !dateOfBirth || row.date_of_birth === dateOfBirth)
    .map((row) => ({
      personId: row.id,
      name: row.name,
      preferredName: row.preferred_name,
      dateOfBirth: row.date_of_birth,
      aliases: aliasesOf(db, row.id),
      matchedOn: row.matched_on,
      participant: participantOfPerson(db, row.id),
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
export function searchPeople(
  db: Db,
  query: string,
  reach: Reach,
  listing: SearchListing,
): Omit<SearchPage, 'hits'> & { hits: Omit<SearchHit, 'summary'>[] } {
  const date = queryDate(query);
  const fts = date ? null : ftsQuery(query);
  if (!date && !fts) return { hits: [], total: 0, notEnrolled: 0 };
  const found = { date, fts, key: nameKey(query), everyone: listing.scope === 'everyone' };
  const counts = countFoundPeople(db, found, reach);
  if (counts.total === 0 || listing.offset >= counts.total) return { hits: [], ...counts };
  const ids = rankFoundPeople(db, found, reach, listing);
  return { hits: ids.map((id) => searchHit(db, id)), ...counts };
}

function searchHit(db: Db, personId: number): Omit<SearchHit, 'summary'> {
  const row = personRow(db, personId);
  const participant = participantOfPerson(db, personId);
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
    const matches = findMatches(context.db, input.name, input.dateOfBirth);
    auditPeopleReturned(
      context,
      matches.map((match) => ({ personId: match.personId, participantId: match.participant?.id ?? null })),
    );
    return matches;
  },
};
