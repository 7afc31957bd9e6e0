import { REDISCLOSURE_NOTICE } from '../../shared/domain/disclosure';
import { recipientKey, recipientLabel, type Recipient } from '../../shared/domain/recipients';
import { covers } from '../../shared/domain/share-levels';
import type { MinutesView } from '../../shared/ipc/meetings-contract';
import { actionRowsOf, attendeeRowsOf, findAttendeeRow, itemRowsOf, type MeetingRow } from '../db/tables/meetings';
import { readSettings } from '../db/tables/settings';
import type { SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { parseRecipient, roomInputs, roomPreview, type Disclosure } from './meeting-room';
import { attendeeView, requireMeeting } from './meeting-view';

/**
 * One agency's printed minutes: the items discussed, each at the level that agency alone may see
 * (the same rule as the room's screen, shared/domain/room-view.ts, with that agency as the room),
 * its decision where progress may be shared, and the actions that agency holds. Items it may not
 * see are counted only. Printing them (`print.document`, electron/services/printing.ts) logs each
 * participant shown as a disclosure with medium 'minutes'.
 */

/** The minutes as printed, with what they disclose: one entry per participant shown, at the level shown. */
export interface AgencyMinutes {
  meeting: MeetingRow;
  agency: Recipient;
  view: MinutesView;
  disclosures: Disclosure[];
}

export function agencyMinutes(context: SignedInContext, attendeeId: number): AgencyMinutes {
  const { desk, db } = context;
  const attendee = findAttendeeRow(db, attendeeId);
  if (!attendee) throw new UserError('NOT_FOUND', 'That person is not on a meeting’s list.');
  const agency = parseRecipient(attendee.recipient);
  if (!agency) throw new UserError('CONFLICT', 'Team members read the minutes in LEAD Desk; nothing is printed for them.');
  const meeting = requireMeeting(context, attendee.meeting_id);
  if (meeting.state === 'planned') throw new UserError('CONFLICT', 'This meeting has not started: it has no minutes yet.');
  const discussed = itemRowsOf(db, meeting.id).filter((item) => item.dropped === 0 && item.discussed_at !== null);
  const inputs = { ...roomInputs(desk, db, meeting, discussed, [], discussed), agencies: [agency] };
  const shownItems = new Set<number>();
  const items: MinutesView['items'] = [];
  const disclosures: Disclosure[] = [];
  let notDiscussed = 0;
  discussed.forEach((item) => {
    const preview = roomPreview(item, inputs);
    if (!preview.shown || item.participant_id === null) {
      notDiscussed += 1;
      return;
    }
    const decision = covers(preview.level, 'progress') && item.decision !== '' ? item.decision : undefined;
    items.push({ position: items.length + 1, view: preview.view, ...(decision ? { decision } : {}) });
    disclosures.push({
      meeting,
      item,
      medium: 'minutes',
      level: preview.level,
      agencies: [agency],
      consentIds: preview.consentIds ?? [],
    });
    if (covers(preview.level, 'progress')) shownItems.add(item.id);
  });
  const actions = actionRowsOf(db, meeting.id)
    .filter(
      (action) =>
        action.done_at === null && action.agency !== null && recipientKey(parseRecipient(action.agency)!) === recipientKey(agency),
    )
    .filter((action) => action.item_id === null || shownItems.has(action.item_id))
    .map((action) => ({ what: action.what, dueOn: action.due_on }));
  const view: MinutesView = {
    meetsOn: meeting.meets_on,
    programName: readSettings(db).programName,
    agency: recipientLabel(agency),
    attendees: attendeeRowsOf(db, meeting.id)
      .map(attendeeView)
      .map(({ name, agency: label }) => ({ name, agency: label })),
    items,
    actions,
    notDiscussed,
    notice: REDISCLOSURE_NOTICE,
  };
  return { meeting, agency, view, disclosures };
}

/** What the print window shows (`meetings.minutes`). */
export function meetingMinutes(context: SignedInContext, attendeeId: number): MinutesView {
  return agencyMinutes(context, attendeeId).view;
}
