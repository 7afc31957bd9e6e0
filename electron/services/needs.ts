import { NEED_LABELS } from '../../shared/domain/assessment';
import { NEED_STATUS_LABELS, SERVICE_REFERRAL_STATUS_LABELS } from '../../shared/domain/needs';
import { findServiceReferral, insertServiceReferral, setServiceReferralStatus, upsertNeed } from '../db/tables/needs';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { participantRecord, requireParticipantRow } from './participant-records';

export const needsHandlers: Pick<Handlers, 'needs.update' | 'services.refer' | 'services.update'> = {
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

  'services.refer': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { need, provider } = input.referral;
    const now = desk.now();
    context.transaction(() => {
      const id = insertServiceReferral(db, participant, input.referral, user.id, now);
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'service.referred',
        summary: `Referred to ${provider} for "${NEED_LABELS[need]}".`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { serviceReferralId: id } });
    });
    return participantRecord(context, participant.id);
  },

  'services.update': (input, context) => {
    const { desk, db, user } = context;
    const referral = findServiceReferral(db, input.serviceReferralId);
    if (!referral) throw new UserError('NOT_FOUND', 'That service referral does not exist.');
    const participant = requireParticipantRow(db, referral.participant_id);
    if (referral.status === input.status) return participantRecord(context, participant.id);
    const now = desk.now();
    context.transaction(() => {
      setServiceReferralStatus(db, referral.id, input.status, now);
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'service.updated',
        summary: `Referral to ${referral.provider}: ${SERVICE_REFERRAL_STATUS_LABELS[input.status].toLowerCase()}.`,
        actorId: user.id,
      });
      context.audit({
        subjectType: 'participant',
        subjectId: String(participant.id),
        detail: { serviceReferralId: referral.id, from: referral.status, to: input.status },
      });
    });
    return participantRecord(context, participant.id);
  },
};
