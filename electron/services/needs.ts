import { NEED_LABELS, type Need } from '../../shared/domain/assessment';
import { NEED_STATUS_LABELS, SERVICE_REFERRAL_STATUS_LABELS, type NeedStatus } from '../../shared/domain/needs';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { participantRecord, requireParticipantRow } from './participant-records';
import { addTimelineEvent } from './timeline';

interface NeedChange {
  participantId: number;
  referralId: number;
  need: Need;
  status: NeedStatus;
  note: string | null;
  staffId: number;
  at: string;
}

function upsertNeed(db: Db, change: NeedChange): void {
  db.prepare(
    `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (referral_id, need) DO UPDATE SET status = excluded.status, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(change.referralId, change.participantId, change.need, change.status, change.note, change.staffId, change.at);
}

/** The assessment's needs become open needs of this enrollment; needs already worked keep their status. */
export function openAssessedNeeds(db: Db, participant: { id: number; referral_id: number }, needs: readonly Need[], staffId: number, at: string): void {
  const insert = db.prepare(
    `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, 'open', NULL, ?, ?)
     ON CONFLICT (referral_id, need) DO NOTHING`,
  );
  for (const need of needs) insert.run(participant.referral_id, participant.id, need, staffId, at);
}

export const needsHandlers: Pick<Handlers, 'needs.update' | 'services.refer' | 'services.update'> = {
  'needs.update': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { need, status, note } = input.update;
    const now = desk.now();
    const user = desk.session.user!;
    context.transaction(() => {
      upsertNeed(db, { participantId: participant.id, referralId: participant.referral_id, need, status, note, staffId: user.id, at: now });
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
    return participantRecord(desk, participant.id);
  },

  'services.refer': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { need, provider, referredOn } = input.referral;
    const now = desk.now();
    const user = desk.session.user!;
    context.transaction(() => {
      const id = db
        .prepare(
          `INSERT INTO service_referrals (participant_id, referral_id, need, provider, referred_on, status, created_by, updated_at)
           VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
        )
        .run(participant.id, participant.referral_id, need, provider, referredOn, user.id, now).lastInsertRowid;
      // A referral is work on the need: an open need moves to in progress; a need not yet listed is added.
      db.prepare(
        `INSERT INTO needs (referral_id, participant_id, need, status, note, updated_by, updated_at) VALUES (?, ?, ?, 'in_progress', NULL, ?, ?)
         ON CONFLICT (referral_id, need) DO UPDATE SET status = 'in_progress', updated_by = excluded.updated_by, updated_at = excluded.updated_at
         WHERE needs.status = 'open'`,
      ).run(participant.referral_id, participant.id, need, user.id, now);
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'service.referred',
        summary: `Referred to ${provider} for "${NEED_LABELS[need]}".`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { serviceReferralId: Number(id) } });
    });
    return participantRecord(desk, participant.id);
  },

  'services.update': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const referral = db
      .prepare('SELECT id, participant_id, provider, status FROM service_referrals WHERE id = ?')
      .get(input.serviceReferralId) as { id: number; participant_id: number; provider: string; status: string } | undefined;
    if (!referral) throw new UserError('NOT_FOUND', 'That service referral does not exist.');
    const participant = requireParticipantRow(db, referral.participant_id);
    if (referral.status === input.status) return participantRecord(desk, participant.id);
    const now = desk.now();
    const user = desk.session.user!;
    context.transaction(() => {
      db.prepare('UPDATE service_referrals SET status = ?, updated_at = ? WHERE id = ?').run(input.status, now, referral.id);
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'service.updated',
        summary: `Referral to ${referral.provider}: ${SERVICE_REFERRAL_STATUS_LABELS[input.status].toLowerCase()}.`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { serviceReferralId: referral.id, from: referral.status, to: input.status } });
    });
    return participantRecord(desk, participant.id);
  },
};
