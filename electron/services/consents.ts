import { revocationProblem, type Consent } from '../../shared/domain/consent';
import { readableDate } from '../../shared/domain/local-time';
import { recipientLabel } from '../../shared/domain/recipients';
import { SHARE_LEVEL_LABELS } from '../../shared/domain/share-levels';
import { insertConsent, updateConsent } from '../db/tables/consents';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { requireConsent, requireParticipantRow } from './participant-records';

export const consentsHandlers: Pick<Handlers, 'consents.create' | 'consents.revoke' | 'consents.get'> = {
  'consents.create': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { consent } = input;
    if (consent.revocation) {
      throw new UserError('INVALID_INPUT', 'Save the consent first; record a revocation on the saved consent.', {
        revocation: 'Not on a new consent.',
      });
    }
    if (consent.irrevocableUntil && participant.pathway !== 'arrest_diversion') {
      const message =
        'Only a consent for someone referred through the criminal justice system (arrest diversion) can be irrevocable (42 CFR 2.35).';
      throw new UserError('INVALID_INPUT', message, { irrevocableUntil: message });
    }
    const now = desk.now();
    const id = context.transaction(() => {
      const newId = insertConsent(db, participant.id, JSON.stringify(consent), user.id, now);
      const grants = consent.recipients.map(
        (grant) => `${recipientLabel(grant.recipient)}: ${SHARE_LEVEL_LABELS[grant.scope].toLowerCase()}`,
      );
      const expiry = consent.expiry.kind === 'date' ? `until ${readableDate(consent.expiry.on)}` : `until ${consent.expiry.event}`;
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'consent.signed',
        summary: `Consent signed ${readableDate(consent.signedOn)}, ${expiry}. ${grants.join('; ')}.`,
        actorId: user.id,
      });
      context.audit({
        subjectType: 'consent',
        subjectId: String(newId),
        detail: { participantId: participant.id, recipients: consent.recipients.length },
      });
      return newId;
    });
    return requireConsent(db, id, desk.today());
  },

  'consents.revoke': (input, context) => {
    const { desk, db, user } = context;
    const today = desk.today();
    const view = requireConsent(db, input.consentId, today);
    const { consent } = view;
    const problem = revocationProblem(consent, input.revokedOn, today);
    if (problem) throw new UserError('INVALID_INPUT', problem, { revokedOn: problem });
    const revoked: Consent = { ...consent, revocation: { revokedOn: input.revokedOn, recordedBy: user.displayName } };
    const participant = requireParticipantRow(db, view.participantId);
    context.transaction(() => {
      updateConsent(db, view.id, JSON.stringify(revoked), desk.now());
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: desk.now(),
        kind: 'consent.revoked',
        summary: `Consent of ${readableDate(consent.signedOn)} revoked on ${readableDate(input.revokedOn)}.`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'consent', subjectId: String(view.id), detail: { revokedOn: input.revokedOn } });
    });
    return requireConsent(db, view.id, today);
  },

  'consents.get': (input, context) => {
    const view = requireConsent(context.db, input.id, context.desk.today());
    context.audit({ subjectType: 'consent', subjectId: String(view.id) });
    return view;
  },
};
