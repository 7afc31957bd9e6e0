import { z } from 'zod';
import { assessmentSchema, Need, type Assessment } from '../domain/assessment';
import { NeedStatus } from '../domain/needs';
import { Handoff, ServiceReferralOutcome, ServiceReferralStatus } from '../domain/service-referral-status';
import { OUTCOME_KINDS, type OutcomeKind } from '../domain/outcomes';
import { Pathway } from '../domain/referral';
import { Stage } from '../domain/stages';
import { INTAKE_ROLES, TEAM_ROLES } from '../roles';
import { plainText } from '../text';
import { channel, Id, IsoDateTime, stored, type SchemaClock } from './channel';
import { ConsentView } from './consents-contract';
import { Offset, ParticipantCounts, ParticipantFilter, TimelineCounts, TimelineGroup, pageSize } from './list-contract';
import { ReferralSummary } from './referrals-contract';

/**
 * The participant record: enrollment, the participants list, one participant's record and
 * timeline, and the intake assessment saved on it.
 */

/**
 * One line of a participant's timeline. Contacts, outcome observations and criminal-justice
 * events sit in it by when they happened (`allDay` when only the date is known); the rest by when
 * they were recorded.
 */
export const TimelineEvent = z.object({
  key: z.string(),
  at: z.string(),
  allDay: z.boolean(),
  kind: z.string(),
  summary: z.string(),
  /** The contact's note, the observation's note or the event's description. */
  note: z.string().nullable(),
  actorName: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ParticipantSummary = z.object({
  id: Id,
  personId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  pathway: Pathway,
  pair: z.object({ id: Id, label: z.string() }),
  stage: Stage,
  enrolledAt: IsoDateTime,
  intakeDueOn: z.string().nullable(),
  /** Days until the assessment is due (negative when overdue); null once it is done or when none is due. */
  intakeDaysLeft: z.number().int().nullable(),
  consent: z.enum(['none', 'active', 'expired', 'revoked']),
});
export type ParticipantSummary = z.infer<typeof ParticipantSummary>;

export const NeedView = z.object({
  need: Need,
  status: NeedStatus,
  note: z.string().nullable(),
  updatedAt: IsoDateTime,
});
export type NeedView = z.infer<typeof NeedView>;

/** One status change of a service referral: who recorded it, when, and who it came from. */
export const ServiceReferralEventView = z.object({
  id: Id,
  from: ServiceReferralStatus.nullable(),
  to: ServiceReferralStatus,
  reason: z.string().nullable(),
  outcome: ServiceReferralOutcome.nullable(),
  appointmentAt: IsoDateTime.nullable(),
  source: z.enum(['peer', 'provider_phone', 'participant', 'migrated']),
  /** The staff member who recorded it; null for the event migration 0009 wrote. */
  by: z.string().nullable(),
  at: IsoDateTime,
});
export type ServiceReferralEventView = z.infer<typeof ServiceReferralEventView>;

export const ServiceReferralView = z.object({
  id: Id,
  need: Need,
  provider: z.string(),
  referredOn: z.string(),
  /** The place in the provider directory it was made to; null for a typed provider, or one no longer in the directory. */
  place: z.object({ service: z.string(), organization: z.string(), where: z.string() }).nullable(),
  status: ServiceReferralStatus,
  /** Null while open, and for a referral closed before outcomes were recorded (`migrated`). */
  outcome: ServiceReferralOutcome.nullable(),
  /** Null only for a referral made before handoffs were recorded. */
  handoff: Handoff.nullable(),
  appointmentAt: IsoDateTime.nullable(),
  askFor: z.string().nullable(),
  bring: z.string().nullable(),
  directions: z.string().nullable(),
  note: z.string().nullable(),
  /** Made before the lifecycle (migration 0009): its history starts at the migration. */
  migrated: z.boolean(),
  statusChangedAt: IsoDateTime,
  /** "Ask how it went" (followUpDue in shared/domain/service-referral-status.ts), at the desk's now. */
  followUpDue: z.boolean(),
  updatedAt: IsoDateTime,
  /** Oldest first. */
  events: z.array(ServiceReferralEventView),
});
export type ServiceReferralView = z.infer<typeof ServiceReferralView>;

export const OutcomeView = z.object({
  id: Id,
  kind: z.enum(OUTCOME_KINDS as [OutcomeKind, ...OutcomeKind[]]),
  value: z.string(),
  observedOn: z.string(),
  note: z.string().nullable(),
  sharedAsWin: z.boolean(),
});
export type OutcomeView = z.infer<typeof OutcomeView>;

export const ParticipantRecord = ParticipantSummary.extend({
  lastContactAt: IsoDateTime.nullable(),
  daysSinceContact: z.number().int().nullable(),
  needs: z.array(NeedView),
  serviceReferrals: z.array(ServiceReferralView),
  /** The latest observation of each kind; the full history is in the timeline. */
  latestOutcomes: z.array(OutcomeView),
  aliases: z.array(z.string()),
  capOverrideReason: z.string().nullable(),
  assessment: stored<Assessment>().nullable(),
  assessmentCompletedAt: IsoDateTime.nullable(),
  consents: z.array(ConsentView),
  referrals: z.array(ReferralSummary),
  /** The newest lines of the timeline (TIMELINE_PAGE); the rest come from participants.timeline. */
  timeline: z.array(TimelineEvent),
  /** How many lines the whole timeline holds, in all and by filter. */
  timelineCounts: TimelineCounts,
});
export type ParticipantRecord = z.infer<typeof ParticipantRecord>;

/** Why a record is read: the page opening it, or the open page following a change made elsewhere. */
export const RecordRead = z.enum(['open', 'refresh'], { error: 'Say whether the record is being opened or refreshed.' });
export type RecordRead = z.infer<typeof RecordRead>;

export const ParticipantPage = z.object({
  participants: z.array(ParticipantSummary),
  /** Everyone the filter matches, not just this page. */
  total: z.number().int(),
  /** How many each filter would show (within the caller's pairs). */
  counts: ParticipantCounts,
});
export type ParticipantPage = z.infer<typeof ParticipantPage>;

export const TimelinePage = z.object({ events: z.array(TimelineEvent), total: z.number().int() });
export type TimelinePage = z.infer<typeof TimelinePage>;

/** For records.changed: the participant whose record the reply is. */
export const recordOf = (_input: unknown, record: ParticipantRecord) => [record.id];

export const participantRecordChannels = {
  'participants.enroll': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    input: z
      .object({ referralId: Id, pairId: Id, capOverrideReason: plainText('Override reason', 1000).nullable().default(null) })
      .strict(),
    output: ParticipantRecord,
  }),
  'participants.list': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ show: ParticipantFilter.default('all'), offset: Offset, limit: pageSize(50) }).strict(),
    output: ParticipantPage,
  }),
  /** More of an open record's timeline, newest first; audited as part of the opening, like participants.get's refresh. */
  'participants.timeline': channel({
    access: TEAM_ROLES,
    audit: 'readOnce',
    input: z.object({ participantId: Id, group: TimelineGroup.default('all'), offset: Offset, limit: pageSize(50, 200) }).strict(),
    output: TimelinePage,
    subject: (input) => ({ participantId: input.participantId }),
  }),
  'participants.get': channel({
    access: TEAM_ROLES,
    audit: 'readOnce',
    input: z.object({ id: Id, reason: RecordRead.default('open') }).strict(),
    output: ParticipantRecord,
    subject: (input) => ({ participantId: input.id }),
  }),
  'assessments.save': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, assessment: assessmentSchema(today) }).strict(),
    output: ParticipantRecord,
  }),
} as const;
