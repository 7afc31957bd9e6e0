import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { addDays, readableDate } from '../../shared/domain/local-time';
import { localDate } from '../local-date';
import { requirePair } from './pairs';
import { listParticipants, participantRecord } from './participant-records';
import { referralDetails, refreshReferralStatus, requireReferral } from './referral-records';
import { readSettings } from './settings';
import { addTimelineEvent } from './timeline';

function existingParticipant(db: Db, personId: number): { id: number; stage: string } | undefined {
  return db.prepare('SELECT id, stage FROM participants WHERE person_id = ?').get(personId) as { id: number; stage: string } | undefined;
}

export const participantsHandlers: Pick<Handlers, 'participants.enroll' | 'participants.list' | 'participants.get'> = {
  'participants.enroll': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const user = desk.session.user!;
    const referral = requireReferral(db, input.referralId);
    if (referral.status !== 'ready_to_enroll') {
      throw new UserError('CONFLICT', 'Only an eligible referral, verified by the State\'s Attorney and accepted by the person, can be enrolled.');
    }
    const pair = requirePair(db, input.pairId);
    if (!pair.active) throw new UserError('CONFLICT', `${pair.label} is no longer an active pair.`);
    const atCap = pair.caseload >= pair.cap;
    if (atCap && !input.capOverrideReason) {
      throw new UserError(
        'CONFLICT',
        `${pair.label} already has ${pair.caseload} of ${pair.cap} participants. A supervisor can enroll over the cap with a written reason.`,
        { capOverrideReason: 'The pair is at its cap: a supervisor must give a reason to go over it.' },
      );
    }
    if (atCap && user.role !== 'supervisor') {
      throw new UserError('FORBIDDEN', 'Only a supervisor can enroll a participant over a pair\'s cap.');
    }
    const overrideReason = atCap ? input.capOverrideReason : null;
    const now = desk.now();
    const details = referralDetails(referral);
    const intakeDueOn =
      details.pathway === 'arrest_diversion' ? addDays(localDate(new Date(details.occurredAt)), readSettings(db).intakeWindowDays) : null;
    const id = context.transaction(() => {
      const returning = existingParticipant(db, referral.person_id);
      let participantId: number;
      if (returning) {
        db.prepare(
          `UPDATE participants SET referral_id = ?, pair_id = ?, stage = 'awaiting_intake', enrolled_at = ?, intake_due_on = ?, cap_override_reason = ?, updated_at = ? WHERE id = ?`,
        ).run(referral.id, pair.id, now, intakeDueOn, overrideReason, now, returning.id);
        participantId = returning.id;
      } else {
        participantId = Number(
          db
            .prepare(
              `INSERT INTO participants (person_id, referral_id, pair_id, stage, enrolled_at, intake_due_on, cap_override_reason, updated_at)
               VALUES (?, ?, ?, 'awaiting_intake', ?, ?, ?, ?)`,
            )
            .run(referral.person_id, referral.id, pair.id, now, intakeDueOn, overrideReason, now).lastInsertRowid,
        );
      }
      refreshReferralStatus(db, referral.id, now);
      addTimelineEvent(db, {
        personId: referral.person_id,
        at: now,
        kind: 'participant.enrolled',
        summary: `${returning ? 'Re-enrolled' : 'Enrolled'} with ${pair.label}${intakeDueOn ? `; intake assessment due ${readableDate(intakeDueOn)}` : ''}.${overrideReason ? ` Over the cap (${pair.caseload + 1} of ${pair.cap}), approved by ${user.displayName}: ${overrideReason}` : ''}`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(participantId), detail: { referralId: referral.id, pairId: pair.id, returning: !!returning } });
      if (overrideReason) {
        // Ids and counts only: administrators read the audit log but see no participant data, and
        // the written reason may describe the person. It stays with the participant's record.
        context.audit({
          action: 'caseload.capOverride',
          subjectType: 'pair',
          subjectId: String(pair.id),
          detail: { participantId, caseload: pair.caseload + 1, cap: pair.cap },
        });
      }
      return participantId;
    });
    return participantRecord(db, id, desk.today());
  },

  'participants.list': (_input, { desk }) => listParticipants(desk.requireDb(), desk.today()),

  'participants.get': (input, context) => {
    const record = participantRecord(context.desk.requireDb(), input.id, context.desk.today());
    context.audit({ subjectType: 'participant', subjectId: String(record.id) });
    return record;
  },
};
