import { insertParticipant, participantOfPerson, reenrollParticipant } from '../db/tables/participants';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { addDays, readableDate } from '../../shared/domain/local-time';
import { localDate } from '../local-date';
import { auditReturned } from './audit';
import { auditCapOverride, capOverrideFor, requirePair } from './pairs';
import { reachOf } from './participant-access';
import { changeStage } from './participant-moves';
import { listParticipants, participantRecord, participantSummaries, requireParticipantRow } from './participant-records';
import { auditPeopleReturned, searchPeople } from './people';
import { referralDetails, refreshReferralStatus, requireReferral } from './referral-records';
import { auditRecordRead } from './record-reads';
import { readSettings } from '../db/tables/settings';
import { timelinePageOf } from './timeline';

export const participantsHandlers: Pick<
  Handlers,
  'participants.enroll' | 'participants.list' | 'participants.get' | 'participants.timeline' | 'people.search'
> = {
  'participants.enroll': (input, context) => {
    const { desk, db, user } = context;
    const referral = requireReferral(db, input.referralId);
    if (referral.status !== 'ready_to_enroll') {
      throw new UserError(
        'CONFLICT',
        "Only an eligible referral, verified by the State's Attorney and accepted by the person, can be enrolled.",
      );
    }
    const pair = requirePair(db, input.pairId);
    if (!pair.active) throw new UserError('CONFLICT', `${pair.label} is no longer an active pair.`);
    const overrideReason = capOverrideFor(pair, input.capOverrideReason, user.role);
    const now = desk.now();
    const details = referralDetails(referral);
    const intakeDueOn =
      details.pathway === 'arrest_diversion' ? addDays(localDate(new Date(details.occurredAt)), readSettings(db).intakeWindowDays) : null;
    const id = context.transaction(() => {
      const returning = participantOfPerson(db, referral.person_id);
      const enrollment = { referralId: referral.id, pairId: pair.id, at: now, intakeDueOn, capOverrideReason: overrideReason };
      let participantId: number;
      if (returning) {
        reenrollParticipant(db, returning.id, enrollment);
        participantId = returning.id;
        if (returning.stage !== 'awaiting_intake') {
          changeStage(
            db,
            { participantId, personId: referral.person_id, from: returning.stage },
            { to: 'awaiting_intake', reason: 'Re-enrolled', actorId: user.id, at: now },
          );
        }
      } else {
        participantId = insertParticipant(db, referral.person_id, enrollment);
      }
      refreshReferralStatus(db, referral.id, now);
      addTimelineEvent(db, {
        personId: referral.person_id,
        at: now,
        kind: 'participant.enrolled',
        summary: `${returning ? 'Re-enrolled' : 'Enrolled'} with ${pair.label}${intakeDueOn ? `; intake assessment due ${readableDate(intakeDueOn)}` : ''}.${overrideReason ? ` Over the cap (${pair.caseload + 1} of ${pair.cap}), approved by ${user.displayName}: ${overrideReason}` : ''}`,
        actorId: user.id,
      });
      context.audit({
        subjectType: 'participant',
        subjectId: String(participantId),
        detail: { referralId: referral.id, pairId: pair.id, returning: !!returning },
      });
      if (overrideReason) auditCapOverride(context, pair, participantId);
      return participantId;
    });
    return participantRecord(context, id);
  },

  'participants.list': (input, context) => {
    const page = listParticipants(context.db, context.desk.today(), reachOf(context), input);
    auditReturned(context, { participantIds: page.participants.map((participant) => participant.id) });
    return page;
  },

  /** A name or date-of-birth search: one ranked page with the true count, each participant found as the list shows them. */
  'people.search': (input, context) => {
    const { db } = context;
    const page = searchPeople(db, input.query, reachOf(context), input);
    const summaries = new Map(
      participantSummaries(
        db,
        page.hits.flatMap((hit) => (hit.participantId === null ? [] : [hit.participantId])),
        context.desk.today(),
      ).map((summary) => [summary.id, summary]),
    );
    auditPeopleReturned(context, page.hits);
    return {
      ...page,
      hits: page.hits.map((hit) => ({ ...hit, summary: hit.participantId === null ? null : (summaries.get(hit.participantId) ?? null) })),
    };
  },

  /**
   * More of a record's timeline. Part of reading the record: audited (with the lines' count, never
   * their text) as an opening when this sign-in has not opened the record, else not again.
   */
  'participants.timeline': (input, context) => {
    const { db } = context;
    const row = requireParticipantRow(db, input.participantId);
    const page = timelinePageOf(db, { personId: row.person_id, participantId: row.id }, input);
    const opened = context.session.openedRecords;
    if (!opened.has(row.id)) {
      context.audit({ subjectType: 'participant', subjectId: String(row.id), detail: { timelineLines: page.events.length } });
      context.commitAudit();
      opened.add(row.id);
    }
    return page;
  },

  /** Opening (or refreshing) one record: audited once per opening, see record-reads.ts. */
  'participants.get': (input, context) => {
    const record = participantRecord(context, input.id);
    auditRecordRead(context, record.id, input.reason);
    return record;
  },
};
