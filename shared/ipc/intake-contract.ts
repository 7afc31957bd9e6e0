import { z } from 'zod';
import { assessmentSchema, Need, PersonName } from '../domain/assessment';
import { formDate, type IsoDate } from '../domain/calendar';
import { consentSchema, type Consent } from '../domain/consent';
import { EXCLUSIONS, EligibilityScreen, ExclusionAnswer } from '../domain/eligibility';
import { Pathway, referralSchema } from '../domain/referral';
import { REFERRAL_STATUSES, ReferralStatus } from '../domain/referral-status';
import { NeedStatus, ServiceReferralStatus } from '../domain/needs';
import { OUTCOME_KINDS, type OutcomeKind } from '../domain/outcomes';
import { Stage } from '../domain/stages';
import { plainText } from '../text';
import { channel, Done, Id, IsoDateTime, jsonRecord, type SchemaClock } from './channel';
import {
  Offset,
  ParticipantCounts,
  ParticipantFilter,
  ReferralCounts,
  SearchScope,
  TimelineCounts,
  TimelineGroup,
  pageSize,
} from './list-contract';

/**
 * Intake: pairs, referrals through eligibility, SAO verification and the person's decision,
 * enrollment, the assessment, consents, the participant record, search and drafts.
 * Administrators manage pairs but see no participant data (least privilege).
 */
const SUPERVISOR = ['supervisor'] as const;
const INTAKE = ['case_manager', 'supervisor'] as const;
const TEAM = ['case_manager', 'supervisor', 'peer'] as const;

const StaffRef = z.object({ id: Id, displayName: z.string() });

export const PairView = z.object({
  id: Id,
  label: z.string(),
  caseManager: StaffRef,
  peer: StaffRef,
  active: z.boolean(),
  caseload: z.number().int(),
  cap: z.number().int(),
});
export type PairView = z.infer<typeof PairView>;


export const SAO_STATUSES = ['pending', 'verified', 'not_approved'] as const;

export const PersonMatch = z.object({
  personId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  aliases: z.array(z.string()),
  matchedOn: z.enum(['name_and_birth_date', 'alias', 'name']),
  participant: z.object({ id: Id, stage: Stage }).nullable(),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

const Finding = z.object({ code: z.string(), message: z.string() });
export const EligibilityResultView = z.discriminatedUnion('status', [
  z.object({ status: z.literal('eligible') }),
  z.object({ status: z.literal('ineligible'), reasons: z.array(Finding) }),
  z.object({ status: z.literal('incomplete'), missing: z.array(Finding) }),
]);

export const ReferralView = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  dateOfBirth: z.string().nullable(),
  pathway: Pathway,
  occurredAt: IsoDateTime,
  details: z.record(z.string(), z.unknown()),
  eligibility: z.object({ screen: EligibilityScreen, result: EligibilityResultView }).nullable(),
  sao: z
    .object({ status: z.enum(SAO_STATUSES), decidedOn: z.string().nullable(), saoPerson: z.string().nullable(), recordedBy: z.string() })
    .nullable(),
  decision: z.object({ decision: z.enum(['accepted', 'declined']), reason: z.string().nullable(), decidedAt: IsoDateTime }).nullable(),
  status: ReferralStatus,
  participantId: Id.nullable(),
  createdAt: IsoDateTime,
  createdBy: z.string(),
});
export type ReferralView = z.infer<typeof ReferralView>;

export const ReferralSummary = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  pathway: Pathway,
  occurredAt: IsoDateTime,
  status: ReferralStatus,
  /** Days since the referral while the State's Attorney's verification is outstanding. */
  daysWaitingForSao: z.number().int().nullable(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const ConsentView = z.object({
  id: Id,
  participantId: Id,
  /** Stored only after consentSchema accepted it, so it is read back as that type. */
  consent: z.custom<Consent>((value) => typeof value === 'object' && value !== null),
  status: z.enum(['active', 'expired', 'revoked', 'not_yet_signed']),
  createdAt: IsoDateTime,
  createdBy: z.string(),
});
export type ConsentView = z.infer<typeof ConsentView>;

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

export const ServiceReferralView = z.object({
  id: Id,
  need: Need,
  provider: z.string(),
  referredOn: z.string(),
  status: ServiceReferralStatus,
  updatedAt: IsoDateTime,
});
export type ServiceReferralView = z.infer<typeof ServiceReferralView>;

export const OutcomeView = z.object({
  id: Id,
  kind: z.enum(OUTCOME_KINDS as [OutcomeKind, ...OutcomeKind[]]),
  value: z.string(),
  observedOn: z.string(),
  note: z.string().nullable(),
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
  assessment: z.record(z.string(), z.unknown()).nullable(),
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

export const SearchHit = z.object({
  personId: Id,
  participantId: Id.nullable(),
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  aliases: z.array(z.string()),
  stage: Stage.nullable(),
  /** The participant as the participants list shows them; null for someone referred and never enrolled. */
  summary: ParticipantSummary.nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** One page of a name search, best match first, with how many matched in all. */
export const SearchPage = z.object({
  hits: z.array(SearchHit),
  /** Everyone in the search's scope who matches (within the caller's pairs), not just this page. */
  total: z.number().int(),
  /** Of those matching, people referred but never enrolled (counted whatever the scope). */
  notEnrolled: z.number().int(),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const ParticipantPage = z.object({
  participants: z.array(ParticipantSummary),
  /** Everyone the filter matches, not just this page. */
  total: z.number().int(),
  /** How many each filter would show (within the caller's pairs). */
  counts: ParticipantCounts,
});
export type ParticipantPage = z.infer<typeof ParticipantPage>;

export const ReferralPage = z.object({
  referrals: z.array(ReferralSummary),
  total: z.number().int(),
  /** How many referrals are in each status, and in all. */
  counts: ReferralCounts,
});
export type ReferralPage = z.infer<typeof ReferralPage>;

export const TimelinePage = z.object({ events: z.array(TimelineEvent), total: z.number().int() });
export type TimelinePage = z.infer<typeof TimelinePage>;

/** A form's fields as typed, nested a few levels at most (a referral's officer, a consent's recipients). */
export const DRAFT_LIMITS = { maxDepth: 10, maxBytes: 100 * 1024 } as const;
export const DraftKey = z.string().regex(/^[a-z]+(:[a-z0-9]+)*$/, { error: 'Not a draft key.' }).max(60);
const DraftData = jsonRecord(DRAFT_LIMITS);

const birthDate = (today: IsoDate) => formDate('Date of birth', today, 'past');
const newPerson = (today: IsoDate) => z.object({ name: PersonName, dateOfBirth: birthDate(today).nullable().default(null) }).strict();
const ExistingPerson = z.object({ personId: Id }).strict();

const ExclusionAnswers = z
  .object(Object.fromEntries(EXCLUSIONS.map((key) => [key, ExclusionAnswer])) as Record<(typeof EXCLUSIONS)[number], typeof ExclusionAnswer>)
  .partial()
  .strict();

const Reason = (label: string) => plainText(label, 1000);

/** For records.changed: the participant a reply is about. */
const recordOf = (_input: unknown, record: ParticipantRecord) => [record.id];
const consentOf = (_input: unknown, consent: ConsentView) => [consent.participantId];
/**
 * A referral no one is enrolled from yet shows on no board, but it does show on the record of a
 * person who was a participant before, whom only the main process can find: null, so any open
 * record reads itself again.
 */
const referralOf = (_input: unknown, referral: ReferralView) => (referral.participantId === null ? null : [referral.participantId]);

export const intakeChannels = {
  'pairs.list': channel({ access: TEAM, audit: 'none', input: z.object({}).strict(), output: z.array(PairView) }),
  'pairs.create': channel({
    access: SUPERVISOR,
    audit: 'write',
    changesRecords: () => null,
    input: z.object({ caseManagerId: Id, peerId: Id }).strict(),
    output: PairView,
  }),
  'pairs.deactivate': channel({
    access: SUPERVISOR,
    audit: 'write',
    changesRecords: () => null,
    input: z.object({ id: Id }).strict(),
    output: PairView,
  }),

  'people.matches': channel({
    access: TEAM,
    audit: 'read',
    input: z.object({ name: z.string().max(100), dateOfBirth: z.string().max(10).nullable().default(null) }).strict(),
    output: z.array(PersonMatch),
  }),
  'people.search': channel({
    access: TEAM,
    audit: 'read',
    input: z
      .object({ query: z.string().max(100), scope: SearchScope.default('everyone'), offset: Offset, limit: pageSize(25) })
      .strict(),
    output: SearchPage,
  }),

  'referrals.create': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: referralOf,
    input: ({ now, today }: SchemaClock) =>
      z.object({ person: z.union([ExistingPerson, newPerson(today)]), referral: referralSchema(now) }).strict(),
    output: ReferralView,
  }),
  'referrals.get': channel({
    access: TEAM,
    audit: 'read',
    input: z.object({ id: Id }).strict(),
    output: ReferralView,
    subject: (input) => ({ referralId: input.id }),
  }),
  'referrals.list': channel({
    access: TEAM,
    audit: 'read',
    input: z
      .object({
        statuses: z.array(ReferralStatus).max(REFERRAL_STATUSES.length).optional(),
        /** One person's referrals (a person has a handful). */
        personId: Id.optional(),
        order: z.enum(['newest', 'oldest']).default('newest'),
        offset: Offset,
        limit: pageSize(50),
      })
      .strict(),
    output: ReferralPage,
  }),
  'referrals.screen': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: referralOf,
    subject: (input) => ({ referralId: input.referralId }),
    input: ({ today }: SchemaClock) =>
      z
        .object({
          referralId: Id,
          dateOfBirth: birthDate(today).nullable(),
          exclusions: ExclusionAnswers,
        })
        .strict(),
    output: ReferralView,
  }),
  'referrals.recordSao': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: referralOf,
    subject: (input) => ({ referralId: input.referralId }),
    input: ({ today }: SchemaClock) =>
      z.discriminatedUnion('status', [
        z.object({ referralId: Id, status: z.literal('pending') }).strict(),
        z
          .object({
            referralId: Id,
            status: z.enum(['verified', 'not_approved']),
            decidedOn: formDate('Date of the decision', today, 'past'),
            saoPerson: plainText("Name of the person at the State's Attorney's Office", 100),
          })
          .strict(),
      ]),
    output: ReferralView,
  }),
  'referrals.recordDecision': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: referralOf,
    subject: (input) => ({ referralId: input.referralId }),
    input: z
      .object({
        referralId: Id,
        decision: z.enum(['accepted', 'declined'], { error: 'Record whether the person accepts or declines LEAD.' }),
        reason: Reason('Reason').nullable().default(null),
      })
      .strict(),
    output: ReferralView,
  }),

  'participants.enroll': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: recordOf,
    input: z
      .object({ referralId: Id, pairId: Id, capOverrideReason: Reason('Override reason').nullable().default(null) })
      .strict(),
    output: ParticipantRecord,
  }),
  'participants.list': channel({
    access: TEAM,
    audit: 'read',
    input: z.object({ show: ParticipantFilter.default('all'), offset: Offset, limit: pageSize(50) }).strict(),
    output: ParticipantPage,
  }),
  /** More of an open record's timeline, newest first; audited as part of the opening, like participants.get's refresh. */
  'participants.timeline': channel({
    access: TEAM,
    audit: 'readOnce',
    input: z.object({ participantId: Id, group: TimelineGroup.default('all'), offset: Offset, limit: pageSize(50, 200) }).strict(),
    output: TimelinePage,
    subject: (input) => ({ participantId: input.participantId }),
  }),
  'participants.get': channel({
    access: TEAM,
    audit: 'readOnce',
    input: z.object({ id: Id, reason: RecordRead.default('open') }).strict(),
    output: ParticipantRecord,
    subject: (input) => ({ participantId: input.id }),
  }),

  'assessments.save': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, assessment: assessmentSchema(today) }).strict(),
    output: ParticipantRecord,
  }),

  'consents.create': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: consentOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, consent: consentSchema(today) }).strict(),
    output: ConsentView,
  }),
  'consents.revoke': channel({
    access: INTAKE,
    audit: 'write',
    changesRecords: consentOf,
    subject: (input) => ({ consentId: input.consentId }),
    input: ({ today }: SchemaClock) => z.object({ consentId: Id, revokedOn: formDate('Revocation date', today, 'past') }).strict(),
    output: ConsentView,
  }),
  'consents.get': channel({
    access: TEAM,
    audit: 'read',
    input: z.object({ id: Id }).strict(),
    output: ConsentView,
    subject: (input) => ({ consentId: input.id }),
  }),

  'drafts.get': channel({
    access: TEAM,
    audit: 'none',
    input: z.object({ key: DraftKey }).strict(),
    output: z.object({ data: z.record(z.string(), z.unknown()).nullable(), updatedAt: IsoDateTime.nullable() }),
  }),
  'drafts.save': channel({
    access: TEAM,
    audit: 'none',
    input: z.object({ key: DraftKey, data: DraftData }).strict(),
    output: Done,
  }),
  'drafts.discard': channel({ access: TEAM, audit: 'none', input: z.object({ key: DraftKey }).strict(), output: Done }),
} as const;
