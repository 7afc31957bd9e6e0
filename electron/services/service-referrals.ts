import { NEED_LABELS } from '../../shared/domain/assessment';
import type { StatusChangeInput } from '../../shared/domain/needs';
import { readableDateTime } from '../../shared/domain/local-time';
import {
  FOLLOW_UP_AFTER_DAYS,
  followUpDue,
  SERVICE_REFERRAL_OUTCOME_LABELS,
  SERVICE_REFERRAL_STATUS_LABELS,
  transitionProblem,
} from '../../shared/domain/service-referral-status';
import type { FollowUp } from '../../shared/ipc/caseload-contract';
import { providerKey } from '../../shared/domain/recipients';
import {
  findServiceReferral,
  followUpCandidates,
  insertServiceReferral,
  linkServiceReferralToPlace,
  unlinkedOpenServiceReferrals,
  writeStatusChange,
} from '../db/tables/needs';
import { directoryPlaceNames, findDirectoryRow, findServiceAtLocation } from '../db/tables/directory';
import type { Db } from '../db/open-database';
import { activePairOf } from '../db/tables/pairs';
import type { Reach } from '../db/tables/participants';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { DESK_TIME_ZONE } from '../local-date';
import { auditReturned } from './audit';
import { participantRecord, requireParticipantRow } from './participant-records';

/**
 * Service referrals followed from sent to the person getting help (docs/architecture.md, "The
 * service referral's lifecycle"). `changeServiceReferralStatus` is the one way a status changes.
 */

const when = (instant: string) => readableDateTime(instant, DESK_TIME_ZONE);

/** The timeline's words for a change: the team's own record, so a decline's reason is kept with it. */
function changeSummary(provider: string, change: StatusChangeInput): string {
  const what =
    change.to === 'closed' && change.outcome
      ? `closed (${SERVICE_REFERRAL_OUTCOME_LABELS[change.outcome].toLowerCase()})`
      : change.to === 'scheduled' && change.appointmentAt
        ? `appointment made for ${when(change.appointmentAt)}`
        : change.to === 'declined' && change.reason
          ? `declined by the provider (${change.reason})`
          : SERVICE_REFERRAL_STATUS_LABELS[change.to].toLowerCase();
  return `Referral to ${provider}: ${what}.`;
}

/**
 * The one way a service referral's status changes: the move is checked against the transition
 * rules here in the main process, then the row, its event (who, when, the source), the timeline
 * line and the audit entry (ids and codes only) are written in one transaction.
 */
export function changeServiceReferralStatus(context: SignedInContext, serviceReferralId: number, change: StatusChangeInput): number {
  const { desk, db, user } = context;
  const referral = findServiceReferral(db, serviceReferralId);
  if (!referral) throw new UserError('NOT_FOUND', 'That service referral does not exist.');
  const participant = requireParticipantRow(db, referral.participant_id);
  const now = desk.now();
  const problem = transitionProblem(referral.status, change, now, referral.appointment_at);
  if (problem) throw new UserError('INVALID_INPUT', problem.message, { [`change.${problem.field}`]: problem.message });
  context.transaction(() => {
    writeStatusChange(db, referral.id, { ...change, from: referral.status, staffId: user.id, at: now });
    addTimelineEvent(db, {
      personId: participant.person_id,
      at: now,
      kind: 'service.updated',
      summary: changeSummary(referral.provider, change),
      actorId: user.id,
    });
    context.audit({
      subjectType: 'participant',
      subjectId: String(participant.id),
      detail: { serviceReferralId: referral.id, from: referral.status, to: change.to, source: change.source },
    });
  });
  return participant.id;
}

/** Home's list: the supervisor reaches every pair; a case manager or peer their own pair only. */
function followUpReach(context: SignedInContext): Reach {
  if (context.user.role === 'supervisor') return { everyPair: true };
  const own = activePairOf(context.db, context.user.id);
  return { everyPair: false, pairIds: own === null ? [] : [own] };
}

/**
 * A provider chosen from the directory is named as the directory names its organization, so a
 * consent typed with that name, the timeline and the slip all say the same; one typed by name
 * keeps what was typed.
 */
function providerNamed({ db }: SignedInContext, referral: { provider: string; serviceAtLocationId: string | null }): string {
  if (referral.serviceAtLocationId === null) return referral.provider;
  const place = findServiceAtLocation(db, referral.serviceAtLocationId);
  const message = 'That provider is no longer in the directory. Search for it again.';
  if (!place) throw new UserError('NOT_FOUND', message, { 'referral.serviceAtLocationId': message });
  const service = findDirectoryRow(db, 'services', place.service_id)!;
  return String(findDirectoryRow(db, 'organizations', String(service.organization_id))!.name);
}

export const serviceReferralsHandlers: Pick<Handlers, 'services.refer' | 'services.update' | 'services.followUps'> = {
  'services.refer': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { draft, ...typed } = input.referral;
    const referral = { ...typed, provider: providerNamed(context, typed) };
    const status = draft ? 'draft' : referral.appointmentAt ? 'scheduled' : 'sent';
    const now = desk.now();
    const appointment = referral.appointmentAt ? ` Appointment ${when(referral.appointmentAt)}.` : '';
    context.transaction(() => {
      const id = insertServiceReferral(db, participant, { ...referral, status }, user.id, now);
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'service.referred',
        summary: `${draft ? 'Drafted a referral' : 'Referred'} to ${referral.provider} for "${NEED_LABELS[referral.need]}".${appointment}`,
        actorId: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { serviceReferralId: id } });
    });
    return participantRecord(context, participant.id);
  },

  'services.update': (input, context) =>
    participantRecord(context, changeServiceReferralStatus(context, input.serviceReferralId, input.change)),

  'services.followUps': (_input, context) => {
    const now = context.desk.now();
    // A day's margin on the text comparison: stored appointments carry the desk's offset, not UTC.
    const before = new Date(Date.parse(now) - (FOLLOW_UP_AFTER_DAYS - 1) * 86_400_000).toISOString();
    const due: FollowUp[] = followUpCandidates(context.db, before, followUpReach(context))
      .filter((row) => followUpDue({ status: row.status, appointmentAt: row.appointment_at, statusChangedAt: row.status_changed_at }, now))
      .map((row) => ({
        serviceReferralId: row.id,
        participantId: row.participant_id,
        name: row.name,
        preferredName: row.preferred_name,
        provider: row.provider,
        appointmentAt: row.appointment_at,
      }));
    auditReturned(context, { participantIds: due.map((followUp) => followUp.participantId) });
    return due;
  },
};

/**
 * Open referrals typed by name (every referral made before the directory, and any made to a
 * provider it lacked) are linked to the directory's place once exactly one place carries that
 * name, its organization's or its service's, matched as a consent matches a provider
 * (shared/domain/recipients.ts: spacing and case aside). Their slips then print the place's
 * address, hours and phone. A name two places share stays typed: the team chooses. Run inside
 * each directory write's transaction; returns how many were linked, for its audit.
 */
export function linkTypedReferrals(db: Db): number {
  const places = new Map<string, Set<string>>();
  for (const place of directoryPlaceNames(db)) {
    for (const name of [place.organizationName, place.serviceName]) {
      const key = providerKey(name);
      places.set(key, (places.get(key) ?? new Set()).add(place.id));
    }
  }
  let linked = 0;
  for (const referral of unlinkedOpenServiceReferrals(db)) {
    const [only, ...others] = places.get(providerKey(referral.provider)) ?? [];
    if (only === undefined || others.length > 0) continue;
    linkServiceReferralToPlace(db, referral.id, only);
    linked += 1;
  }
  return linked;
}
