import { MATCH_END, MATCH_START, type ContactHit, type ContactHitPage } from '../../shared/ipc/caseload-contract';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { auditReturned } from './audit';
import { boardCard } from './board';
import { inReach, reachOf, reachParam, type Reach } from './participant-access';
import { participantRecord, requireParticipantRow } from './participant-records';
import { auditRecordRead } from './record-reads';
import { ftsQuery } from './people';

/**
 * Notes matching every word typed (as prefixes), newest first, with the matching stretch: one page,
 * with the true count. Newest first is what the team looks for, and it is what FTS5 can give
 * without scoring every match: ranking by relevance read all of them, over 50 ms for a common word
 * in ten years of notes. Counting them reads the index only, not the notes.
 */
export function searchContactNotes(db: Db, query: string, reach: Reach, page: { offset: number; limit: number }): ContactHitPage {
  const match = ftsQuery(query);
  if (!match) return { hits: [], total: 0 };
  const from = `FROM contact_notes n
       JOIN contacts c ON c.id = n.rowid
       JOIN participants x ON x.id = c.participant_id
       WHERE contact_notes MATCH @match AND ${inReach('x.pair_id')}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get({ match, reach: reachParam(reach) }) as number;
  if (total === 0 || page.offset >= total) return { hits: [], total };
  const hits = db
    .prepare(
      `SELECT c.id AS contactId, c.participant_id AS participantId, p.name, p.preferred_name AS preferredName, c.occurred_at AS occurredAt,
              c.kind, snippet(contact_notes, 0, @start, @end, '…', 16) AS excerpt
       FROM contact_notes n
       JOIN contacts c ON c.id = n.rowid
       JOIN participants x ON x.id = c.participant_id
       JOIN people p ON p.id = x.person_id
       WHERE contact_notes MATCH @match AND ${inReach('x.pair_id')} ORDER BY n.rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ match, limit: page.limit, offset: page.offset, start: MATCH_START, end: MATCH_END, reach: reachParam(reach) }) as ContactHit[];
  return { hits, total };
}

export const contactsHandlers: Pick<Handlers, 'contacts.log' | 'contacts.search'> = {
  'contacts.log': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { contact } = input;
    context.transaction(() => {
      const id = db
        .prepare(
          `INSERT INTO contacts (participant_id, occurred_at, kind, duration_minutes, staff, place, note, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          participant.id,
          // Stored in UTC so that the newest contact is the greatest string, whatever offset was typed.
          new Date(contact.occurredAt).toISOString(),
          contact.kind,
          contact.durationMinutes,
          contact.staff,
          contact.place,
          contact.note,
          desk.session.user!.id,
          desk.now(),
        ).lastInsertRowid;
      // The id only: a court or provider contact says something about the person, and administrators read this log.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { contactId: Number(id) } });
    });
    const card = boardCard(desk, participant.id);
    if (!input.withRecord) return { card, record: null };
    // The open record asked: it is read once here, and audited as the opening it is part of.
    const record = participantRecord(desk, participant.id);
    auditRecordRead(context, participant.id, 'refresh');
    return { card, record };
  },

  'contacts.search': (input, context) => {
    const page = searchContactNotes(context.desk.requireDb(), input.query, reachOf(context.desk), input);
    auditReturned(context, { participantIds: page.hits.map((hit) => hit.participantId) });
    return page;
  },
};
