import { z } from 'zod';
import { PersonName } from '../domain/assessment';
import { formDate, type IsoDate } from '../domain/calendar';
import { EXCLUSIONS, EligibilityScreen, ExclusionAnswer } from '../domain/eligibility';
import { Pathway, referralSchema, type Referral } from '../domain/referral';
import { REFERRAL_STATUSES, ReferralStatus } from '../domain/referral-status';
import { plainText } from '../text';
import { INTAKE_ROLES, TEAM_ROLES } from '../roles';
import { channel, Id, IsoDateTime, stored, type SchemaClock } from './channel';
import { Offset, ReferralCounts, pageSize } from './list-contract';

/**
 * Referrals through intake: the referral, the eligibility screen, the State's Attorney's
 * verification and the person's decision. Enrollment from an accepted referral is a
 * participant-record channel (participant-record-contract.ts).
 */

export const SAO_STATUSES = ['pending', 'verified', 'not_approved'] as const;

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
  details: stored<Referral>(),
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

export const ReferralPage = z.object({
  referrals: z.array(ReferralSummary),
  total: z.number().int(),
  /** How many referrals are in each status, and in all. */
  counts: ReferralCounts,
});
export type ReferralPage = z.infer<typeof ReferralPage>;

const birthDate = (today: IsoDate) => formDate('Date of birth', today, 'past');
const newPerson = (today: IsoDate) => z.object({ name: PersonName, dateOfBirth: birthDate(today).nullable().default(null) }).strict();
const ExistingPerson = z.object({ personId: Id }).strict();

const ExclusionAnswers = z
  .object(
    Object.fromEntries(EXCLUSIONS.map((key) => [key, ExclusionAnswer])) as Record<(typeof EXCLUSIONS)[number], typeof ExclusionAnswer>,
  )
  .partial()
  .strict();

/**
 * For records.changed. A referral no one is enrolled from yet shows on no board, but it does show
 * on the record of a person who was a participant before, whom only the main process can find:
 * null, so any open record reads itself again.
 */
const referralOf = (_input: unknown, referral: ReferralView) => (referral.participantId === null ? null : [referral.participantId]);

export const referralsChannels = {
  'referrals.create': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: referralOf,
    input: ({ now, today }: SchemaClock) =>
      z.object({ person: z.union([ExistingPerson, newPerson(today)]), referral: referralSchema(now) }).strict(),
    output: ReferralView,
  }),
  'referrals.get': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ id: Id }).strict(),
    output: ReferralView,
    subject: (input) => ({ referralId: input.id }),
  }),
  'referrals.list': channel({
    access: TEAM_ROLES,
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
    access: INTAKE_ROLES,
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
    access: INTAKE_ROLES,
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
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: referralOf,
    subject: (input) => ({ referralId: input.referralId }),
    input: z
      .object({
        referralId: Id,
        decision: z.enum(['accepted', 'declined'], { error: 'Record whether the person accepts or declines LEAD.' }),
        reason: plainText('Reason', 1000).nullable().default(null),
      })
      .strict(),
    output: ReferralView,
  }),
} as const;
