import type { Handlers } from '../ipc/router';
import { participantRecord, requireParticipantRow } from './participant-records';

export const outcomesHandlers: Pick<Handlers, 'outcomes.record' | 'justiceEvents.record'> = {
  'outcomes.record': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { kind, value, observedOn, note } = input.observation;
    context.transaction(() => {
      const id = db
        .prepare('INSERT INTO outcomes (participant_id, kind, value, observed_on, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(participant.id, kind, value, observedOn, note, desk.session.user!.id, desk.now()).lastInsertRowid;
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { outcomeId: Number(id) } });
    });
    return participantRecord(desk, participant.id);
  },

  'justiceEvents.record': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { kind, occurredOn, description } = input.event;
    context.transaction(() => {
      const id = db
        .prepare('INSERT INTO justice_events (participant_id, kind, occurred_on, description, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(participant.id, kind, occurredOn, description, desk.session.user!.id, desk.now()).lastInsertRowid;
      // Ids only: the kind of outcome or justice event is a fact about the person, and administrators read this log.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { justiceEventId: Number(id) } });
    });
    return participantRecord(desk, participant.id);
  },
};
