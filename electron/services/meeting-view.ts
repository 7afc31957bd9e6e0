import { recipientLabel } from '../../shared/domain/recipients';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../shared/domain/referral-status';
import { STAGE_LABELS } from '../../shared/domain/stages';
import type {
  AgendaReasonView,
  ActionView,
  AttendeeView,
  DisclosureView,
  MeetingItemView,
  MeetingStep,
  MeetingView,
} from '../../shared/ipc/meetings-contract';
import type { z } from 'zod';
import type { Reach } from '../db/tables/participants';
import {
  actionRowsOf,
  attendeeRowsOf,
  disclosureRowsOf,
  findDisclosureRow,
  findItemRow,
  findMeetingRow,
  itemRowsOf,
  type ActionRow,
  type AttendeeRow,
  type DisclosureRow,
  type ItemRow,
  type MeetingRow,
} from '../db/tables/meetings';
import type { SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { reachOf } from './participant-access';
import { parseAgencies, parseRecipient, roomInputs, roomPreview, type RoomInputs } from './meeting-room';
import { programNumbers } from './meeting-plan';

/**
 * A meeting as the team sees it. A case manager or peer sees the items about their own pairs'
 * participants and open referrals (intake is the whole team's work); the others are counted,
 * never named (electron/services/participant-access.ts).
 */

export function requireMeeting(context: SignedInContext, id: number): MeetingRow {
  const meeting = findMeetingRow(context.db, id);
  if (!meeting) throw new UserError('NOT_FOUND', 'That meeting does not exist.');
  return meeting;
}

function reaches(reach: Reach, pairId: number | null): boolean {
  return reach.everyPair || pairId === null || reach.pairIds.includes(pairId);
}

export function itemInReach(context: SignedInContext, item: Pick<ItemRow, 'pair_id'>): boolean {
  return reaches(reachOf(context), item.pair_id);
}

export function attendeeView(row: AttendeeRow): z.infer<typeof AttendeeView> {
  const recipient = parseRecipient(row.recipient);
  return {
    id: row.id,
    name: row.name,
    recipient,
    agency: recipient ? recipientLabel(recipient) : 'LEAD team',
    acknowledgedAt: row.acknowledged_at,
    joinedAt: row.joined_at,
    leftAt: row.left_at,
  };
}

export function actionView(row: ActionRow, reach: Reach): ActionView {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetsOn: row.meets_on,
    itemId: row.item_id,
    about: reaches(reach, row.pair_id) ? row.about : null,
    participantId: reaches(reach, row.pair_id) ? row.participant_id : null,
    what: row.what,
    owner: { id: row.owner_id, displayName: row.owner_name },
    agency: parseRecipient(row.agency),
    dueOn: row.due_on,
    doneAt: row.done_at,
  };
}

function stageOf(item: ItemRow): string {
  if (item.stage) return STAGE_LABELS[item.stage];
  return REFERRAL_STATUS_LABELS[item.referral_status as ReferralStatus] ?? 'Referral';
}

export function meetingView(context: SignedInContext, meeting: MeetingRow): MeetingView {
  const { desk, db } = context;
  const reach = reachOf(context);
  const all = itemRowsOf(db, meeting.id);
  const attendees = attendeeRowsOf(db, meeting.id);
  const visible = all.filter((item) => reaches(reach, item.pair_id));
  const inputs = roomInputs(desk, db, meeting, visible, attendees, visible);
  const items = visible.map((item) => meetingItemView(item, inputs));
  const visibleIds = new Set(visible.map((item) => item.id));
  return {
    id: meeting.id,
    meetsOn: meeting.meets_on,
    sinceOn: meeting.since_on,
    state: meeting.state,
    currentItemId: meeting.current_item_id,
    blanked: meeting.blanked === 1,
    startedAt: meeting.started_at,
    closedAt: meeting.closed_at,
    correctedAt: meeting.corrected_at,
    items,
    othersItems: all.length - visible.length,
    attendees: attendees.map(attendeeView),
    actions: actionRowsOf(db, meeting.id).map((row) => actionView(row, reach)),
    disclosures: disclosureRowsOf(db, meeting.id)
      .filter((row) => visibleIds.has(row.item_id))
      .map(disclosureView),
    numbers: meeting.state === 'closed' ? null : programNumbers(db, desk.today()),
  };
}

/** The team's view of one item, with the preview of what the people now in the room would see of it. */
function meetingItemView(item: ItemRow, inputs: RoomInputs): MeetingItemView {
  const { consentIds: _consentIds, ...room } = roomPreview(item, inputs);
  return {
    id: item.id,
    position: item.position,
    participantId: item.participant_id,
    referralId: item.referral_id,
    name: item.name,
    pairLabel: item.pair_label,
    stage: stageOf(item),
    reasons: JSON.parse(item.reasons) as z.infer<typeof AgendaReasonView>[],
    classification: item.classification,
    teamNote: item.team_note,
    sharedSummary: item.shared_summary,
    decision: item.decision,
    dropped: item.dropped === 1,
    addedByHand: item.added_by !== null,
    discussedAt: item.discussed_at,
    room,
  };
}

function disclosureView(row: DisclosureRow): DisclosureView {
  return {
    itemId: row.item_id,
    name: row.name,
    medium: row.medium,
    at: row.at,
    level: row.level,
    agencies: parseAgencies(row.agencies).map(recipientLabel),
    consentIds: JSON.parse(row.consent_ids) as number[],
  };
}

/**
 * The reply to showing an item: what that changed, and nothing the presenter already holds. The
 * agenda's other items, the attendees and the actions are as they were; rebuilding all of a
 * long agenda at each step would hold up the room's screen, which is asked for after it.
 */
export function meetingStep(context: SignedInContext, meeting: MeetingRow, itemId: number, disclosureId: number | null): MeetingStep {
  const { desk, db } = context;
  const shown = findItemRow(db, itemId)!;
  const inputs = roomInputs(desk, db, meeting, [shown], attendeeRowsOf(db, meeting.id), [shown]);
  const disclosure = disclosureId === null ? null : findDisclosureRow(db, disclosureId);
  return {
    meetingId: meeting.id,
    currentItemId: shown.id,
    item: meetingItemView(shown, inputs),
    disclosure: disclosure && disclosureView(disclosure),
  };
}

/** Whom the change is about, for the audit entry: ids only. */
export function auditItem(context: SignedInContext, item: ItemRow, detail: Record<string, unknown> = {}): void {
  context.audit({
    subjectType: item.participant_id !== null ? 'participant' : 'referral',
    subjectId: String(item.participant_id ?? item.referral_id),
    detail: { meetingId: item.meeting_id, itemId: item.id, ...detail },
  });
}
