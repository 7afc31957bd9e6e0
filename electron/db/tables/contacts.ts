import { MATCH_END, MATCH_START, type ContactHit } from '../../../shared/ipc/caseload-contract';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';
import { inReach, reachParam, type Reach } from './participants';

const MATCHING_NOTES = `FROM contact_notes n
       JOIN contacts c ON c.id = n.rowid
       JOIN participants x ON x.id = c.participant_id
       WHERE contact_notes MATCH @match AND ${inReach('x.pair_id')}`;

/** The contacts table and its notes' full-text index (contact_notes). */
const statements = preparedFor({
  insert: (db) =>
    db.prepare(
      `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, place, note, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  lastOf: (db) => db.prepare('SELECT max(occurred_at) FROM contacts WHERE participant_id = ?').pluck(),
  countMatching: (db) => db.prepare(`SELECT count(*) ${MATCHING_NOTES}`).pluck(),
  matching: (db) =>
    db.prepare(
      `SELECT c.id AS contactId, c.participant_id AS participantId, p.name, p.preferred_name AS preferredName, c.occurred_at AS occurredAt,
              c.kind, snippet(contact_notes, 0, @start, @end, '…', 16) AS excerpt
       FROM contact_notes n
       JOIN contacts c ON c.id = n.rowid
       JOIN participants x ON x.id = c.participant_id
       JOIN people p ON p.id = x.person_id
       WHERE contact_notes MATCH @match AND ${inReach('x.pair_id')} ORDER BY n.rowid DESC LIMIT @limit OFFSET @offset`,
    ),
});

export interface NewContact {
  occurredAt: string;
  kind: string;
  durationMinutes: number;
  staff: string;
  place: string | null;
  note: string | null;
}

export function insertContact(db: Db, participantId: number, contact: NewContact, staffId: number, now: string): number {
  return Number(
    statements(db).insert.run(
      participantId,
      // Stored in UTC so that the newest contact is the greatest string, whatever offset was typed.
      new Date(contact.occurredAt).toISOString(),
      contact.kind,
      contact.durationMinutes,
      contact.staff,
      contact.place,
      contact.note,
      staffId,
      now,
    ).lastInsertRowid,
  );
}

export function lastContactOf(db: Db, participantId: number): string | null {
  return (statements(db).lastOf.get(participantId) as string | null) ?? null;
}

/** How many notes within `reach` match the FTS5 query `match`: it reads the index only. */
export function countMatchingNotes(db: Db, match: string, reach: Reach): number {
  return statements(db).countMatching.get({ match, reach: reachParam(reach) }) as number;
}

/** A page of the notes within `reach` matching `match`, newest first, with the matching stretch. */
export function matchingNotes(db: Db, match: string, reach: Reach, page: { offset: number; limit: number }): ContactHit[] {
  return statements(db).matching.all({
    match,
    limit: page.limit,
    offset: page.offset,
    start: MATCH_START,
    end: MATCH_END,
    reach: reachParam(reach),
  }) as ContactHit[];
}
