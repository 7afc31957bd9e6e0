import { NEED_LABELS } from '../../shared/domain/assessment';
import { NEED_STATUS_LABELS } from '../../shared/domain/needs';
import { upsertNeed } from '../db/tables/needs';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { participantRecord, requireParticipantRow } from './participant-records';

export const needsHandlers: Pick<Handlers, 'needs.update'> = {
  'needs.update': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { need, status, note } = input.update;
    const now = desk.now();
    context.transaction(() => {
      upsertNeed(db, participant, { need, status, note, staffId: user.id, at: now });
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'need.updated',
        summary: `Need "${NEED_LABELS[need]}": ${NEED_STATUS_LABELS[status].toLowerCase()}${note ? ` (${note})` : ''}.`,
        actorId: user.id,
      });
      // Which need is a clinical fact, and administrators read this log: the subject says enough.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id) });
    });
    return participantRecord(context, participant.id);
  },
};
