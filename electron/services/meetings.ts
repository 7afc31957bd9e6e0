import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { findParticipantRow } from '../db/tables/participants';
import { findStaff } from '../db/tables/staff';
import {
  attendeeLeaves,
  closeMeeting,
  completeAction,
  findActionRow,
  findAttendeeRow,
  findItemRow,
  insertAction,
  insertAttendee,
  insertItem,
  itemRowsOf,
  markMeetingCorrected,
  meetingSummaryRows,
  openActionRowsOwnedBy,
  openMeetingRow,
  setBlanked,
  setCurrentItem,
  setItemOrder,
  startMeeting,
  updateItem,
  type ItemRow,
  type MeetingRow,
} from '../db/tables/meetings';
import { planMeeting } from './meeting-plan';
import { discloseCurrentItem, roomScreen } from './meeting-room';
import { actionView, auditItem, itemInReach, meetingStep, meetingView, requireMeeting } from './meeting-view';
import { meetingMinutes } from './meeting-minutes';
import { reachOf } from './participant-access';
import type { Recipient } from '../../shared/domain/recipients';
import { TEAM_ROLES, hasRole } from '../../shared/roles';

/**
 * The weekly partner meeting: planning the agenda, curating it, running the room, recording
 * minutes and actions (docs/architecture.md, "The weekly meeting"). Every reply is the whole
 * meeting as the caller may see it, so the screen needs no second call.
 */

function requireOpen(context: SignedInContext, meetingId: number, state?: MeetingRow['state']): MeetingRow {
  const meeting = requireMeeting(context, meetingId);
  if (meeting.state === 'closed')
    throw new UserError('CONFLICT', 'This meeting is closed. Reopen its minutes for correction to change them.');
  if (state && meeting.state !== state) {
    throw new UserError('CONFLICT', state === 'running' ? 'Start the meeting first.' : 'The meeting has already started.');
  }
  return meeting;
}

/** An item the caller may change: in reach, and in an open meeting or one reopened for correction by the supervisor. */
function requireItem(context: SignedInContext, itemId: number): { item: ItemRow; meeting: MeetingRow } {
  const item = findItemRow(context.db, itemId);
  if (!item || !itemInReach(context, item)) throw new UserError('NOT_FOUND', 'That agenda item does not exist.');
  const meeting = requireMeeting(context, item.meeting_id);
  if (meeting.state === 'closed' && (context.user.role !== 'supervisor' || meeting.corrected_at === null)) {
    throw new UserError('CONFLICT', 'This meeting is closed. The supervisor can reopen its minutes for correction.');
  }
  return { item, meeting };
}

const reply = (context: SignedInContext, meetingId: number) => meetingView(context, requireMeeting(context, meetingId));

export const meetingsHandlers: Pick<
  Handlers,
  | 'meetings.current'
  | 'meetings.plan'
  | 'meetings.addItem'
  | 'meetings.updateItem'
  | 'meetings.moveItem'
  | 'meetings.start'
  | 'meetings.join'
  | 'meetings.leave'
  | 'meetings.show'
  | 'meetings.blank'
  | 'meetings.roomView'
  | 'meetings.audience'
  | 'meetings.addAction'
  | 'meetings.completeAction'
  | 'meetings.myActions'
  | 'meetings.close'
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.correct'
  | 'meetings.minutes'
> = {
  'meetings.current': (_input, context) => {
    const meeting = openMeetingRow(context.db);
    return meeting ? meetingView(context, meeting) : null;
  },

  'meetings.plan': (_input, context) => {
    if (openMeetingRow(context.db)) throw new UserError('CONFLICT', 'The next meeting is already planned. Curate that agenda.');
    const id = context.transaction(() => planMeeting(context));
    return reply(context, id);
  },

  'meetings.addItem': (input, context) => {
    const { db, user } = context;
    const meeting = requireOpen(context, input.meetingId);
    const participant = findParticipantRow(db, input.participantId);
    // Like every meeting channel, held to the caller's pairs here (electron/services/meeting-view.ts).
    if (!participant || !itemInReach(context, participant)) throw new UserError('NOT_FOUND', 'That participant does not exist.');
    if (itemRowsOf(db, meeting.id).some((item) => item.participant_id === input.participantId)) {
      throw new UserError('CONFLICT', 'This participant is already on the agenda.');
    }
    context.transaction(() => {
      const id = insertItem(db, {
        meetingId: meeting.id,
        participantId: input.participantId,
        referralId: null,
        reasons: '[]',
        addedBy: user.id,
      });
      context.audit({ subjectType: 'participant', subjectId: String(input.participantId), detail: { meetingId: meeting.id, itemId: id } });
    });
    return reply(context, meeting.id);
  },

  'meetings.updateItem': (input, context) => {
    const { item, meeting } = requireItem(context, input.itemId);
    const changed = {
      id: item.id,
      classification: input.classification ?? item.classification,
      teamNote: input.teamNote ?? item.team_note,
      sharedSummary: input.sharedSummary ?? item.shared_summary,
      decision: input.decision ?? item.decision,
      dropped: input.dropped ?? item.dropped === 1,
    };
    if (changed.dropped && meeting.current_item_id === item.id) {
      throw new UserError('CONFLICT', 'This item is on the room’s screen. Show another item before dropping it.');
    }
    context.transaction(() => {
      updateItem(context.db, changed);
      // Which fields changed, never what they say: notes stay in the records.
      auditItem(context, item, { fields: Object.keys(input).filter((key) => key !== 'itemId'), correction: meeting.state === 'closed' });
    });
    // The summary or classification of what the room sees may have changed: a disclosure if so.
    if (meeting.current_item_id === item.id) discloseCurrentItem(context, requireMeeting(context, meeting.id));
    return reply(context, meeting.id);
  },

  'meetings.moveItem': (input, context) => {
    const { item, meeting } = requireItem(context, input.itemId);
    if (meeting.state === 'closed') throw new UserError('CONFLICT', 'The order of a closed meeting stays as it was.');
    const order = itemRowsOf(context.db, meeting.id)
      .map((row) => row.id)
      .filter((id) => id !== item.id);
    order.splice(Math.min(input.position, order.length + 1) - 1, 0, item.id);
    context.transaction(() => {
      setItemOrder(context.db, order);
      auditItem(context, item, { position: input.position });
    });
    return reply(context, meeting.id);
  },

  'meetings.start': (input, context) => {
    const meeting = requireOpen(context, input.meetingId, 'planned');
    context.transaction(() => {
      const at = context.desk.now();
      startMeeting(context.db, meeting.id, at);
      for (const attendee of input.attendees) addAttendee(context, meeting.id, attendee);
      context.audit({ subjectType: 'meeting', subjectId: String(meeting.id), detail: { attendees: input.attendees.length } });
    });
    context.desk.emit({ type: 'meeting.room' });
    return reply(context, meeting.id);
  },

  'meetings.join': (input, context) => {
    const meeting = requireOpen(context, input.meetingId, 'running');
    context.transaction(() => {
      addAttendee(context, meeting.id, input.attendee);
      context.audit({
        subjectType: 'meeting',
        subjectId: String(meeting.id),
        detail: { agency: input.attendee.recipient?.kind ?? 'team' },
      });
    });
    // Recomputed before anything more is shown: the newcomer may not see what the room saw.
    discloseCurrentItem(context, requireMeeting(context, meeting.id));
    return reply(context, meeting.id);
  },

  'meetings.leave': (input, context) => {
    const attendee = findAttendeeRow(context.db, input.attendeeId);
    if (!attendee) throw new UserError('NOT_FOUND', 'That person is not on this meeting’s list.');
    const meeting = requireOpen(context, attendee.meeting_id, 'running');
    context.transaction(() => {
      attendeeLeaves(context.db, attendee.id, context.desk.now());
      context.audit({ subjectType: 'meeting', subjectId: String(meeting.id), detail: { attendeeId: attendee.id } });
    });
    discloseCurrentItem(context, requireMeeting(context, meeting.id));
    return reply(context, meeting.id);
  },

  'meetings.show': (input, context) => {
    const meeting = requireOpen(context, input.meetingId, 'running');
    const item = findItemRow(context.db, input.itemId);
    if (!item || item.meeting_id !== meeting.id) throw new UserError('NOT_FOUND', 'That item is not on this agenda.');
    if (item.dropped === 1) throw new UserError('CONFLICT', 'This item was dropped from the agenda. Put it back first.');
    const disclosureId = context.transaction(() => {
      setCurrentItem(context.db, meeting.id, item.id);
      auditItem(context, item, { shown: true });
      return discloseCurrentItem(context, requireMeeting(context, meeting.id));
    });
    return meetingStep(context, meeting, item.id, disclosureId);
  },

  'meetings.blank': (input, context) => {
    const meeting = requireOpen(context, input.meetingId, 'running');
    context.transaction(() => {
      setBlanked(context.db, meeting.id, input.blanked);
      context.audit({ subjectType: 'meeting', subjectId: String(meeting.id), detail: { blanked: input.blanked } });
    });
    discloseCurrentItem(context, requireMeeting(context, meeting.id));
    return reply(context, meeting.id);
  },

  'meetings.roomView': (_input, context) => roomScreen(context.desk, context.db),

  'meetings.audience': (input, context) => {
    const audience = context.desk.options.audience;
    if (!audience) throw new UserError('INTERNAL', 'The shared screen is not available on this computer.');
    if (input.open) audience.open();
    else audience.close();
    context.audit({ subjectType: 'meeting', subjectId: 'audience', detail: { open: input.open } });
    return { open: audience.isOpen() };
  },

  'meetings.addAction': (input, context) => {
    const { db, user, desk } = context;
    const meeting = requireMeeting(context, input.meetingId);
    if (meeting.state === 'closed' && meeting.corrected_at === null) throw new UserError('CONFLICT', 'This meeting is closed.');
    const item = input.itemId === null ? null : findItemRow(db, input.itemId);
    if (input.itemId !== null && (!item || item.meeting_id !== meeting.id || !itemInReach(context, item))) {
      throw new UserError('NOT_FOUND', 'That item is not on this agenda.', { itemId: 'Choose an item of this meeting.' });
    }
    const owner = requireOwner(context, input.ownerId);
    context.transaction(() => {
      const id = insertAction(db, {
        meetingId: meeting.id,
        itemId: input.itemId,
        what: input.what,
        ownerId: owner,
        agency: input.agency === null ? null : JSON.stringify(input.agency),
        dueOn: input.dueOn,
        createdBy: user.id,
        createdAt: desk.now(),
      });
      if (item) auditItem(context, item, { actionId: id });
      else context.audit({ subjectType: 'meeting', subjectId: String(meeting.id), detail: { actionId: id } });
    });
    return reply(context, meeting.id);
  },

  'meetings.completeAction': (input, context) => {
    const { db, user, desk } = context;
    const action = findActionRow(db, input.actionId);
    if (!action) throw new UserError('NOT_FOUND', 'That action item does not exist.');
    if (action.owner_id !== user.id && user.role !== 'supervisor') {
      throw new UserError('FORBIDDEN', `This action is ${action.owner_name}’s. Only they or the supervisor can mark it done.`);
    }
    context.transaction(() => {
      if (!completeAction(db, action.id, user.id, desk.now())) throw new UserError('CONFLICT', 'This action was already marked done.');
      context.audit({ subjectType: 'meeting', subjectId: String(action.meeting_id), detail: { actionId: action.id } });
    });
    const reach = reachOf(context);
    return openActionRowsOwnedBy(db, user.id).map((row) => actionView(row, reach));
  },

  'meetings.myActions': (_input, context) => {
    const reach = reachOf(context);
    return openActionRowsOwnedBy(context.db, context.user.id).map((row) => actionView(row, reach));
  },

  'meetings.close': (input, context) => {
    const meeting = requireOpen(context, input.meetingId, 'running');
    context.transaction(() => {
      closeMeeting(context.db, meeting.id, context.desk.now());
      context.audit({ subjectType: 'meeting', subjectId: String(meeting.id) });
    });
    context.desk.options.audience?.close();
    context.desk.emit({ type: 'meeting.room' });
    return reply(context, meeting.id);
  },

  'meetings.list': (_input, context) =>
    meetingSummaryRows(context.db).map((row) => ({
      id: row.id,
      meetsOn: row.meets_on,
      state: row.state,
      items: row.items,
      attendees: row.attendees,
      openActions: row.open_actions,
    })),

  'meetings.get': (input, context) => {
    const meeting = requireMeeting(context, input.meetingId);
    context.audit({ subjectType: 'meeting', subjectId: String(meeting.id) });
    return meetingView(context, meeting);
  },

  'meetings.correct': (input, context) => {
    const meeting = requireMeeting(context, input.meetingId);
    if (meeting.state !== 'closed') throw new UserError('CONFLICT', 'Only a closed meeting’s minutes are reopened for correction.');
    context.transaction(() => {
      markMeetingCorrected(context.db, meeting.id, context.desk.now());
      context.audit({ subjectType: 'meeting', subjectId: String(meeting.id) });
    });
    return reply(context, meeting.id);
  },

  'meetings.minutes': (input, context) => meetingMinutes(context, input.attendeeId),
};

function addAttendee(context: SignedInContext, meetingId: number, attendee: { name: string; recipient: Recipient | null }): void {
  const at = context.desk.now();
  insertAttendee(
    context.db,
    meetingId,
    { name: attendee.name, recipient: attendee.recipient === null ? null : JSON.stringify(attendee.recipient) },
    at,
  );
}

/** An action's owner is a team member who is still enabled: they see it on their home. */
function requireOwner(context: SignedInContext, ownerId: number): number {
  const owner = findStaff(context.db, ownerId);
  if (!owner || !owner.enabled || !hasRole(TEAM_ROLES, owner.role)) {
    throw new UserError('INVALID_INPUT', 'Choose a member of the team to own this action.', { ownerId: 'Choose a member of the team.' });
  }
  return owner.id;
}
