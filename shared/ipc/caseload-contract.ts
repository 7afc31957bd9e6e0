import { z } from 'zod';
import { HousingStatus } from '../domain/assessment';
import { contactSchema, ContactKind } from '../domain/contacts';
import { justiceEventSchema } from '../domain/justice-events';
import { NeedUpdate, serviceReferralSchema, statusChangeSchema } from '../domain/needs';
import { outcomeSchema } from '../domain/outcomes';
import { Stage } from '../domain/stages';
import { SUPERVISOR_ROLES, TEAM_ROLES } from '../roles';
import { plainText } from '../text';
import { channel, Empty, Id, IsoDateTime, type SchemaClock } from './channel';
import { PairView } from './pairs-contract';
import { ParticipantRecord, recordOf } from './participant-record-contract';
import { Offset, pageSize } from './list-contract';

/**
 * Caseload boards and the work recorded from them: stage moves, reassignment, contacts, needs
 * and service referrals, outcome observations and criminal-justice events.
 */
export const BoardCard = z.object({
  participantId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  pairId: Id,
  stage: Stage,
  assessmentComplete: z.boolean(),
  lastContactAt: IsoDateTime.nullable(),
  /** Whole calendar days at the desk since the last contact; null when there has been none. */
  daysSinceContact: z.number().int().nullable(),
  intakeDueOn: z.string().nullable(),
  /** Days until the intake assessment is due (negative when overdue); null when none runs. */
  intakeDaysLeft: z.number().int().nullable(),
  /** Police contacts, arrests or bookings dated on or after the last weekly meeting. */
  newPoliceContacts: z.number().int(),
  /** The latest housing observation, or the assessment's answer before any. */
  housing: HousingStatus.nullable(),
  /** Service referrals not closed yet. */
  openServiceReferrals: z.number().int(),
  /** The providers of referrals whose "Ask how it went" is due (shared/domain/service-referral-status.ts). */
  followUps: z.array(z.string()),
  /** The next court date within the horizon, if any. */
  courtDateOn: z.string().nullable(),
  /** When the participant went into their current stage (for exited, when they left). */
  stageSince: IsoDateTime,
});
export type BoardCard = z.infer<typeof BoardCard>;

export const Board = z.object({
  today: z.string(),
  lastMeetingOn: z.string(),
  contactAgingDays: z.number().int(),
  contactOverdueDays: z.number().int(),
  lanes: z.array(z.object({ pair: PairView, cards: z.array(BoardCard) })),
});
export type Board = z.infer<typeof Board>;

/**
 * Around each matched word of a search excerpt. Notes are plain text, which never holds control
 * characters (shared/text.ts refuses them), so these cannot be mistaken for anything typed.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export const ContactHit = z.object({
  contactId: Id,
  participantId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  occurredAt: IsoDateTime,
  kind: ContactKind,
  /** A stretch of the note around the match, each matched word between MATCH_START and MATCH_END. */
  excerpt: z.string(),
});
export type ContactHit = z.infer<typeof ContactHit>;

/** One page of a note search, newest first, with how many notes matched in all. */
export const ContactHitPage = z.object({ hits: z.array(ContactHit), total: z.number().int() });
export type ContactHitPage = z.infer<typeof ContactHitPage>;

/** A referral to ask about, for home. */
export const FollowUp = z.object({
  serviceReferralId: Id,
  participantId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  provider: z.string(),
  appointmentAt: IsoDateTime,
});
export type FollowUp = z.infer<typeof FollowUp>;

const Reason = (label: string) => plainText(label, 1000);

/** What logging a contact returns: the updated card, and the record when the call asked for it. */
export const LoggedContact = z.object({ card: BoardCard, record: ParticipantRecord.nullable() });
export type LoggedContact = z.infer<typeof LoggedContact>;

/** For records.changed: the participant whose card the reply is. */
const cardOf = (_input: unknown, card: BoardCard) => [card.participantId];

export const caseloadChannels = {
  /** Any team member may open any pair's board: pairs cover for each other. */
  'board.pair': channel({ access: TEAM_ROLES, audit: 'read', input: z.object({ pairId: Id }).strict(), output: Board }),
  'board.team': channel({ access: SUPERVISOR_ROLES, audit: 'read', input: z.object({}).strict(), output: Board }),
  'participants.move': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: cardOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: z.object({ participantId: Id, to: Stage, reason: Reason('Reason').nullable().default(null) }).strict(),
    output: BoardCard,
  }),
  'participants.reassign': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    changesRecords: cardOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: z.object({ participantId: Id, pairId: Id, capOverrideReason: Reason('Override reason').nullable().default(null) }).strict(),
    output: BoardCard,
  }),
  'contacts.log': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: (input) => [input.participantId],
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ now }: SchemaClock) =>
      z.object({ participantId: Id, contact: contactSchema(now), withRecord: z.boolean().default(false) }).strict(),
    /**
     * The card, and the whole record only when asked (`withRecord`, from the open record): contacts
     * are logged all day from the board, which needs only the card.
     */
    output: LoggedContact,
  }),
  'contacts.search': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ query: z.string().max(100), offset: Offset, limit: pageSize(50) }).strict(),
    output: ContactHitPage,
  }),
  'needs.update': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: z.object({ participantId: Id, update: NeedUpdate }).strict(),
    output: ParticipantRecord,
  }),
  'services.refer': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: (clock: SchemaClock) => z.object({ participantId: Id, referral: serviceReferralSchema(clock) }).strict(),
    output: ParticipantRecord,
  }),
  'services.update': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ serviceReferralId: input.serviceReferralId }),
    input: ({ now }: SchemaClock) => z.object({ serviceReferralId: Id, change: statusChangeSchema(now) }).strict(),
    output: ParticipantRecord,
  }),
  /**
   * The referrals whose "Ask how it went" is due, for home: the supervisor's are everyone's, a
   * case manager's or peer's their own pair's.
   */
  'services.followUps': channel({ access: TEAM_ROLES, audit: 'read', input: Empty, output: z.array(FollowUp) }),
  'outcomes.record': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, observation: outcomeSchema(today) }).strict(),
    output: ParticipantRecord,
  }),
  'justiceEvents.record': channel({
    access: TEAM_ROLES,
    audit: 'write',
    changesRecords: recordOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, event: justiceEventSchema(today) }).strict(),
    output: ParticipantRecord,
  }),
} as const;
