import { z } from 'zod';
import { AGENDA_SECTIONS } from '../domain/agenda';
import { formDate, type IsoDate } from '../domain/calendar';
import { PATHWAYS } from '../domain/referral';
import { Recipient } from '../domain/recipients';
import type { RoomItemView as DomainRoomItemView } from '../domain/room-view';
import { ShareLevel } from '../domain/share-levels';
import { INTAKE_ROLES, SUPERVISOR_ROLES, TEAM_ROLES } from '../roles';
import { REDISCLOSURE_NOTICE } from '../domain/disclosure';
import { blankablePlainText, plainText } from '../text';
import { channel, Empty, Id, IsoDateTime, type SchemaClock } from './channel';

/**
 * The weekly partner meeting (docs/architecture.md, "The weekly meeting"): the agenda the desk
 * builds, its curation, the meeting itself with who is in the room, what the room may see, the
 * minutes and action items. The room's view is computed in the main process only
 * (shared/domain/room-view.ts); the audience window may call `meetings.roomView` and nothing else.
 */

export const MEETING_STATES = ['planned', 'running', 'closed'] as const;
export const MeetingState = z.enum(MEETING_STATES);
export type MeetingState = z.infer<typeof MeetingState>;

export const TEAM_NOTE_MAX = 2000;
export const SHARED_SUMMARY_MAX = 500;
export const DECISION_MAX = 500;
export const ACTION_MAX = 300;

/** What the room sees of one item: strict, so a field the room may not see fails the reply (shared/domain/room-view.ts). */
export const RoomItemView = z
  .object({
    level: ShareLevel,
    name: z.string(),
    stage: z.string(),
    engagement: z.string(),
    summary: z.string().optional(),
    wins: z.array(z.string()).optional(),
    needs: z.array(z.string()).optional(),
  })
  .strict() satisfies z.ZodType<DomainRoomItemView>;

/** What the audience window shows: one of these, and nothing else ever reaches it. */
export const RoomScreen = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blank') }).strict(),
  z.object({ kind: z.literal('waiting'), meetsOn: z.iso.date(), notDiscussed: z.number().int().nonnegative() }).strict(),
  z
    .object({
      kind: z.literal('item'),
      position: z.number().int().positive(),
      of: z.number().int().positive(),
      item: RoomItemView,
      notDiscussed: z.number().int().nonnegative(),
    })
    .strict(),
]);
export type RoomScreen = z.infer<typeof RoomScreen>;

/** The presenter's preview of what the room would see of an item with the people now present. */
export const RoomPreview = z.discriminatedUnion('shown', [
  z.object({ shown: z.literal(true), level: ShareLevel, view: RoomItemView }),
  z.object({ shown: z.literal(false), reason: z.string() }),
]);
export type RoomPreview = z.infer<typeof RoomPreview>;

export const AgendaReasonView = z.object({ section: z.enum(AGENDA_SECTIONS), text: z.string() });

export const MeetingItemView = z.object({
  id: Id,
  position: z.number().int().positive(),
  participantId: Id.nullable(),
  referralId: Id.nullable(),
  /** The team's view: the person's name and pair. */
  name: z.string(),
  pairLabel: z.string().nullable(),
  stage: z.string(),
  reasons: z.array(AgendaReasonView),
  classification: ShareLevel,
  teamNote: z.string(),
  sharedSummary: z.string(),
  decision: z.string(),
  dropped: z.boolean(),
  addedByHand: z.boolean(),
  discussedAt: IsoDateTime.nullable(),
  room: RoomPreview,
});
export type MeetingItemView = z.infer<typeof MeetingItemView>;

export const AttendeeView = z.object({
  id: Id,
  name: z.string(),
  /** Null: a member of the LEAD team. */
  recipient: Recipient.nullable(),
  agency: z.string(),
  acknowledgedAt: IsoDateTime,
  joinedAt: IsoDateTime,
  leftAt: IsoDateTime.nullable(),
});
export type AttendeeView = z.infer<typeof AttendeeView>;

export const ActionView = z.object({
  id: Id,
  meetingId: Id,
  meetsOn: z.string(),
  itemId: Id.nullable(),
  /** Whom the action is about (team eyes only), when it came from an item. */
  about: z.string().nullable(),
  participantId: Id.nullable(),
  what: z.string(),
  owner: z.object({ id: Id, displayName: z.string() }),
  agency: Recipient.nullable(),
  dueOn: z.string(),
  doneAt: IsoDateTime.nullable(),
});
export type ActionView = z.infer<typeof ActionView>;

export const DisclosureView = z.object({
  itemId: Id,
  name: z.string(),
  medium: z.enum(['screen', 'minutes']),
  at: IsoDateTime,
  level: ShareLevel,
  agencies: z.array(z.string()),
  consentIds: z.array(Id),
});
export type DisclosureView = z.infer<typeof DisclosureView>;

export const ProgramNumbersView = z.object({
  pairs: z.array(z.object({ pairId: Id, label: z.string(), caseload: z.number().int(), cap: z.number().int() })),
  referralsThisMonth: z.array(z.object({ pathway: z.enum(PATHWAYS), count: z.number().int() })),
});

export const MeetingView = z.object({
  id: Id,
  meetsOn: z.string(),
  sinceOn: z.string(),
  state: MeetingState,
  currentItemId: Id.nullable(),
  blanked: z.boolean(),
  startedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  correctedAt: IsoDateTime.nullable(),
  items: z.array(MeetingItemView),
  /** Items the caller's pairs do not reach: counted, never named (electron/services/participant-access.ts). */
  othersItems: z.number().int().nonnegative(),
  attendees: z.array(AttendeeView),
  actions: z.array(ActionView),
  disclosures: z.array(DisclosureView),
  numbers: ProgramNumbersView.nullable(),
});
export type MeetingView = z.infer<typeof MeetingView>;

/**
 * What showing an item changes, the reply to meetings.show: the item now on the room's screen,
 * that item (marked discussed), and the disclosure it made (null when the room had already seen
 * it at that level). The rest of the meeting is as the presenter holds it.
 */
export const MeetingStep = z.object({
  meetingId: Id,
  currentItemId: Id,
  item: MeetingItemView,
  disclosure: DisclosureView.nullable(),
});
export type MeetingStep = z.infer<typeof MeetingStep>;

export const MeetingSummary = z.object({
  id: Id,
  meetsOn: z.string(),
  state: MeetingState,
  items: z.number().int(),
  attendees: z.number().int(),
  openActions: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** Someone in the room: confidentiality acknowledged before they join. */
export const AttendeeInput = z
  .object({
    name: plainText('Name', 100),
    recipient: Recipient.nullable(),
    acknowledged: z.literal(true, { error: 'Each person must acknowledge confidentiality before the meeting goes on.' }),
  })
  .strict();
export type AttendeeInput = z.input<typeof AttendeeInput>;

export const ItemChanges = z
  .object({
    itemId: Id,
    classification: ShareLevel.optional(),
    teamNote: blankablePlainText('Team note', TEAM_NOTE_MAX).optional(),
    sharedSummary: blankablePlainText('Shared summary', SHARED_SUMMARY_MAX).optional(),
    decision: blankablePlainText('Decision', DECISION_MAX).optional(),
    dropped: z.boolean().optional(),
  })
  .strict();

const actionInput = ({ today }: SchemaClock) =>
  z
    .object({
      meetingId: Id,
      itemId: Id.nullable(),
      what: plainText('What is to be done', ACTION_MAX),
      ownerId: z.number({ error: 'Choose who will do it.' }).int().positive(),
      agency: Recipient.nullable(),
      dueOn: formDate('Due date', today as IsoDate, 'planned'),
    })
    .strict();

export const MinutesView = z.object({
  meetsOn: z.string(),
  programName: z.string(),
  agency: z.string(),
  attendees: z.array(z.object({ name: z.string(), agency: z.string() })),
  items: z.array(z.object({ position: z.number().int(), view: RoomItemView, decision: z.string().optional() })),
  actions: z.array(z.object({ what: z.string(), dueOn: z.string() })),
  notDiscussed: z.number().int().nonnegative(),
  /** 42 CFR 2.32's notice, word for word. */
  notice: z.literal(REDISCLOSURE_NOTICE),
});
export type MinutesView = z.infer<typeof MinutesView>;

const meeting = z.object({ meetingId: Id }).strict();

export const meetingsChannels = {
  /** The open meeting (planned or running), or null. */
  'meetings.current': channel({ access: TEAM_ROLES, audit: 'read', input: Empty, output: MeetingView.nullable() }),
  /** Builds the agenda of the next meeting from the desk's data. */
  'meetings.plan': channel({ access: INTAKE_ROLES, audit: 'write', input: Empty, output: MeetingView }),
  'meetings.addItem': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    input: z.object({ meetingId: Id, participantId: Id }).strict(),
    output: MeetingView,
  }),
  'meetings.updateItem': channel({ access: INTAKE_ROLES, audit: 'write', input: ItemChanges, output: MeetingView }),
  'meetings.moveItem': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    input: z.object({ itemId: Id, position: z.number().int().positive() }).strict(),
    output: MeetingView,
  }),
  'meetings.start': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ meetingId: Id, attendees: z.array(AttendeeInput).max(60) }).strict(),
    output: MeetingView,
  }),
  'meetings.join': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ meetingId: Id, attendee: AttendeeInput }).strict(),
    output: MeetingView,
  }),
  'meetings.leave': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ attendeeId: Id }).strict(),
    output: MeetingView,
  }),
  /** Shows an item to the room: a disclosure to every agency present, logged. */
  'meetings.show': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ meetingId: Id, itemId: Id }).strict(),
    output: MeetingStep,
  }),
  'meetings.blank': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ meetingId: Id, blanked: z.boolean() }).strict(),
    output: MeetingView,
  }),
  /** The audience window's one channel: the room's view of the current item, and nothing else. */
  'meetings.roomView': channel({ access: SUPERVISOR_ROLES, audit: 'none', input: Empty, output: RoomScreen }),
  /** Opens or closes the audience window (electron/meeting/audience-window.ts); the reply says whether it is open. */
  'meetings.audience': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    input: z.object({ open: z.boolean() }).strict(),
    output: z.object({ open: z.boolean() }),
  }),
  'meetings.addAction': channel({ access: INTAKE_ROLES, audit: 'write', input: actionInput, output: MeetingView }),
  'meetings.completeAction': channel({
    access: TEAM_ROLES,
    audit: 'write',
    input: z.object({ actionId: Id }).strict(),
    output: z.array(ActionView),
  }),
  /** The signed-in person's open action items, for their home. */
  'meetings.myActions': channel({ access: TEAM_ROLES, audit: 'none', input: Empty, output: z.array(ActionView) }),
  'meetings.close': channel({ access: SUPERVISOR_ROLES, audit: 'write', input: meeting, output: MeetingView }),
  'meetings.list': channel({ access: TEAM_ROLES, audit: 'read', input: Empty, output: z.array(MeetingSummary) }),
  'meetings.get': channel({ access: TEAM_ROLES, audit: 'read', input: meeting, output: MeetingView }),
  /** Opens a closed meeting's minutes for correction by the supervisor (audited); each change after is audited too. */
  'meetings.correct': channel({ access: SUPERVISOR_ROLES, audit: 'write', input: meeting, output: MeetingView }),
  /** One agency's minutes, filtered to what it may see: read by the print window. */
  'meetings.minutes': channel({
    access: SUPERVISOR_ROLES,
    audit: 'read',
    input: z.object({ attendeeId: Id }).strict(),
    output: MinutesView,
  }),
} as const;
