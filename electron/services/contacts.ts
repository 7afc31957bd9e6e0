import type { ContactHitPage } from '../../shared/ipc/caseload-contract';
import type { Db } from '../db/open-database';
import { countMatchingNotes, insertContact, matchingNotes } from '../db/tables/contacts';
import type { Reach } from '../db/tables/participants';
import type { Handlers } from '../ipc/router';
import { auditReturned } from './audit';
import { boardCard } from './board';
import { reachOf } from './participant-access';
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
  const total = countMatchingNotes(db, match, reach);
  if (total === 0 || page.offset >= total) return { hits: [], total };
  return { hits: matchingNotes(db, match, reach, page), total };
}

export const contactsHandlers: Pick<Handlers, 'contacts.log' | 'contacts.search'> = {
  'contacts.log': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { contact } = input;
    context.transaction(() => {
      const id = insertContact(db, participant.id, contact, user.id, desk.now());
      // The id only: a court or provider contact says something about the person, and administrators read this log.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { contactId: id } });
    });
    const card = boardCard(context, participant.id);
    if (!input.withRecord) return { card, record: null };
    // The open record asked: it is read once here, and audited as the opening it is part of.
    const record = participantRecord(context, participant.id);
    auditRecordRead(context, participant.id, 'refresh');
    return { card, record };
  },

  'contacts.search': (input, context) => {
    const page = searchContactNotes(context.db, input.query, reachOf(context), input);
    auditReturned(context, { participantIds: page.hits.map((hit) => hit.participantId) });
    return page;
  },
};
