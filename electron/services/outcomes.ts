import { insertJusticeEvent, insertOutcome } from '../db/tables/outcomes';
import type { Handlers } from '../ipc/router';
import { participantRecord, requireParticipantRow } from './participant-records';

export const outcomesHandlers: Pick<Handlers, 'outcomes.record' | 'justiceEvents.record'> = {
  'outcomes.record': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    context.transaction(() => {
      const id = insertOutcome(db, participant.id, input.observation, user.id, desk.now());
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { outcomeId: id } });
    });
    return participantRecord(context, participant.id);
  },

  'justiceEvents.record': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    context.transaction(() => {
      const id = insertJusticeEvent(db, participant.id, input.event, user.id, desk.now());
      // Ids only: the kind of outcome or justice event is a fact about the person, and administrators read this log.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { justiceEventId: id } });
    });
    return participantRecord(context, participant.id);
  },
};
