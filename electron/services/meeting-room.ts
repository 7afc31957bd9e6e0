import { WIN_KINDS } from '../../shared/domain/agenda';
import type { StoredConsent } from '../../shared/domain/disclosure';
import { readableDate } from '../../shared/domain/local-time';
import { outcomeValueLabel, type OutcomeKind } from '../../shared/domain/outcomes';
import { Recipient, recipientKey, recipientLabel } from '../../shared/domain/recipients';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../shared/domain/referral-status';
import { agenciesPresent, roomItemView, roomLevel, type RoomFacts } from '../../shared/domain/room-view';
import { SHARE_LEVEL_LABELS, type ShareLevel } from '../../shared/domain/share-levels';
import type { RoomPreview, RoomScreen } from '../../shared/ipc/meetings-contract';
import { storedConsentsOfEach } from '../db/tables/consents';
import {
  attendeeRowsOf,
  findItemRow,
  insertDisclosure,
  itemLevelRowsOf,
  lastScreenDisclosureOf,
  markItemDiscussed,
  openMeetingRow,
  type AttendeeRow,
  type ItemLevelRow,
  type ItemRow,
  type MeetingRow,
  withdrawMinutesDisclosure,
} from '../db/tables/meetings';
import { currentNeedsOfEach } from '../db/tables/needs';
import { sharedWinsOfEach } from '../db/tables/outcomes';
import { readSettings } from '../db/tables/settings';
import { addTimelineEvent, removeTimelineEvent } from '../db/tables/timeline';
import type { Db } from '../db/open-database';
import type { Desk } from '../desk';
import type { SignedInContext } from '../ipc/router';

/**
 * What the meeting's room may see (docs/architecture.md, "The weekly meeting"). The rule itself is
 * shared/domain/room-view.ts; this gathers its inputs from the records in a handful of queries for
 * the whole agenda, and makes the one change that is a disclosure: showing an item to the room.
 */

export function parseRecipient(json: string | null): Recipient | null {
  return json === null ? null : Recipient.parse(JSON.parse(json));
}

/** The agencies a disclosure was made to, as stored (sorted by recipientKey). */
export function parseAgencies(json: string): Recipient[] {
  return Recipient.array().parse(JSON.parse(json));
}

export function agenciesJson(agencies: readonly Recipient[]): string {
  return JSON.stringify([...agencies].sort((a, b) => recipientKey(a).localeCompare(recipientKey(b))));
}

export function agenciesOf(attendees: readonly AttendeeRow[]): Recipient[] {
  return agenciesPresent(attendees.map((a) => ({ recipient: parseRecipient(a.recipient), leftAt: a.left_at })));
}

/** Everything the room rule reads for a meeting's items, gathered once. */
export interface RoomInputs {
  today: string;
  agencies: Recipient[];
  /** Each participant's consents, so judging one item reads only its person's (not every agenda participant's). */
  consentsOf: Map<number, StoredConsent[]>;
  facts: Map<number, Omit<RoomFacts, 'sharedSummary'>>;
}

/**
 * `items`: those whose level will be judged (their people's consents are read). `factsOf`: those
 * whose view will be built (stage, contact, needs, wins). The room's screen judges every item's
 * level but builds one item's view.
 */
export function roomInputs(
  desk: Desk,
  db: Db,
  meeting: MeetingRow,
  items: readonly ItemLevelRow[],
  attendees: readonly AttendeeRow[],
  factsOf: readonly ItemRow[],
): RoomInputs {
  const ids = items.flatMap((item) => (item.participant_id === null ? [] : [item.participant_id]));
  const consentsOf = new Map<number, StoredConsent[]>();
  for (const consent of storedConsentsOfEach(db, ids)) {
    const theirs = consentsOf.get(consent.participantId);
    if (theirs) theirs.push(consent);
    else consentsOf.set(consent.participantId, [consent]);
  }
  const agingDays = readSettings(db).contactAgingDays;
  const facts = new Map<number, Omit<RoomFacts, 'sharedSummary'>>();
  for (const item of factsOf) {
    if (item.participant_id === null || item.stage === null) continue;
    const days = desk.daysSince(item.last_contact_at);
    facts.set(item.participant_id, {
      name: item.name,
      stage: item.stage,
      inRecentContact: days !== null && days < agingDays,
      wins: [],
      needs: [],
    });
  }
  const factIds = [...facts.keys()];
  for (const need of currentNeedsOfEach(db, factIds)) facts.get(need.participant_id)?.needs.push({ need: need.need, status: need.status });
  for (const win of sharedWinsOfEach(db, factIds, meeting.since_on)) {
    const kind = win.kind as OutcomeKind;
    if ((WIN_KINDS as readonly OutcomeKind[]).includes(kind)) facts.get(win.participant_id)?.wins.push(outcomeValueLabel(kind, win.value));
  }
  return { today: desk.today(), agencies: agenciesOf(attendees), consentsOf, facts };
}

/** Whether the people now in the room may see an item, and at what level (shared/domain/room-view.ts). */
function itemLevel(item: ItemLevelRow, inputs: RoomInputs) {
  return roomLevel({
    consents: item.participant_id === null ? [] : (inputs.consentsOf.get(item.participant_id) ?? []),
    participantId: item.participant_id,
    agencies: inputs.agencies,
    classification: item.classification,
    today: inputs.today,
  });
}

/** The presenter's preview of an item with the people now in the room, and the consents it would rest on. */
export function roomPreview(item: ItemRow, inputs: RoomInputs): RoomPreview & { consentIds?: number[] } {
  const level = itemLevel(item, inputs);
  if (!level.shown) return { shown: false, reason: level.reason };
  const facts = item.participant_id === null ? null : inputs.facts.get(item.participant_id);
  // A referral shown to the team alone: its name and where intake stands, nothing more.
  const view = facts
    ? roomItemView({ ...facts, sharedSummary: item.shared_summary }, level.level)
    : {
        level: 'status' as const,
        name: item.name,
        stage: REFERRAL_STATUS_LABELS[item.referral_status as ReferralStatus] ?? 'Referral',
        engagement: 'Referral',
      };
  return { shown: true, level: level.level, view, consentIds: level.consentIds };
}

/** The audience window's screen: blank unless a meeting is running, not blanked, with an item the room may see. */
export function roomScreen(desk: Desk, db: Db): RoomScreen {
  const meeting = openMeetingRow(db);
  if (!meeting || meeting.state !== 'running' || meeting.blanked === 1) return { kind: 'blank' };
  const items = itemLevelRowsOf(db, meeting.id).filter((item) => item.dropped === 0);
  const index = items.findIndex((item) => item.id === meeting.current_item_id);
  // Asked at every step: each item's level is counted, but only the shown one is read in full.
  const onScreen = index < 0 ? null : findItemRow(db, items[index]!.id);
  const inputs = roomInputs(desk, db, meeting, items, attendeeRowsOf(db, meeting.id), onScreen ? [onScreen] : []);
  const notDiscussed = items.filter((item) => !itemLevel(item, inputs).shown).length;
  const current = onScreen && roomPreview(onScreen, inputs);
  if (!current?.shown) return { kind: 'waiting', meetsOn: meeting.meets_on, notDiscussed };
  return { kind: 'item', position: index + 1, of: items.length, item: current.view, notDiscussed };
}

/**
 * Showing an item to the room is a disclosure: called whenever what the room sees of the current
 * item may have changed (an item shown, someone joining or leaving, the screen unblanked). When
 * the room now sees the item at a level or to agencies it has not yet, that is a new disclosure,
 * logged by `recordDisclosure` in one transaction. The team alone in the room is no disclosure.
 * The audience window is then told to fetch its screen again. Returns the id of the disclosure
 * logged, or null when none was.
 */
export function discloseCurrentItem(context: SignedInContext, meeting: MeetingRow): number | null {
  const { desk, db } = context;
  const itemId = meeting.current_item_id;
  let disclosureId: number | null = null;
  if (meeting.state === 'running' && meeting.blanked === 0 && itemId !== null) {
    const item = findItemRow(db, itemId) ?? undefined;
    const inputs = roomInputs(desk, db, meeting, item ? [item] : [], attendeeRowsOf(db, meeting.id), item ? [item] : []);
    const preview = item && roomPreview(item, inputs);
    if (item && preview?.shown && item.participant_id !== null && inputs.agencies.length > 0) {
      const last = lastScreenDisclosureOf(db, item.id);
      if (!last || last.level !== preview.level || last.agencies !== agenciesJson(inputs.agencies)) {
        disclosureId = context.transaction(
          () =>
            recordDisclosure(context, {
              meeting,
              item,
              medium: 'screen',
              level: preview.level,
              agencies: inputs.agencies,
              consentIds: preview.consentIds ?? [],
            }).disclosureId,
        );
      }
    }
    if (item) markItemDiscussed(db, item.id, desk.now());
  }
  desk.emit({ type: 'meeting.room' });
  return disclosureId;
}

/** One participant's item leaving the team: on the room's screen, or in one agency's printed minutes. */
export interface Disclosure {
  meeting: Pick<MeetingRow, 'id' | 'meets_on'>;
  item: Pick<ItemRow, 'id' | 'participant_id' | 'person_id'>;
  medium: 'screen' | 'minutes';
  level: ShareLevel;
  agencies: readonly Recipient[];
  consentIds: readonly number[];
}

/** A disclosure as logged: its meeting_disclosures row and timeline line, so a cancelled printout can take them back. */
export interface LoggedDisclosure {
  disclosure: Disclosure;
  disclosureId: number;
  timelineEventId: number;
}

/**
 * The one place a disclosure is logged, for the screen and the printed minutes alike: the
 * meeting_disclosures row (level, agencies, consents), the audit entry `meetings.disclosed`
 * (ids, agencies, level, consents; never a name) and a line on the participant's timeline. The
 * caller runs it inside `context.transaction`, so the three are written together or not at all.
 */
export function recordDisclosure(context: SignedInContext, disclosure: Disclosure): LoggedDisclosure {
  const { desk, db } = context;
  const { meeting, item, medium, level, agencies, consentIds } = disclosure;
  const participantId = item.participant_id;
  if (participantId === null) throw new Error('a referral is never disclosed');
  const at = desk.now();
  const disclosureId = insertDisclosure(db, {
    meetingId: meeting.id,
    itemId: item.id,
    participantId,
    medium,
    at,
    level,
    agencies: agenciesJson(agencies),
    consentIds: JSON.stringify(consentIds),
  });
  const to = agencies.map(recipientLabel).join(', ');
  const what = SHARE_LEVEL_LABELS[level].toLowerCase();
  const timelineEventId = addTimelineEvent(db, {
    personId: item.person_id,
    at,
    kind: 'meeting.disclosed',
    summary:
      medium === 'screen'
        ? `Shown at the meeting of ${readableDate(meeting.meets_on)} to ${to}: ${what}.`
        : `In the minutes of the meeting of ${readableDate(meeting.meets_on)} printed for ${to}: ${what}.`,
    actorId: context.user.id,
  });
  context.audit({
    action: 'meetings.disclosed',
    subjectType: 'participant',
    subjectId: String(participantId),
    detail: {
      meetingId: meeting.id,
      itemId: item.id,
      medium,
      agencies: agencies.map(recipientKey).sort(),
      level,
      consentIds: [...consentIds],
    },
  });
  return { disclosure, disclosureId, timelineEventId };
}

/**
 * Takes back a printed-minutes disclosure whose printout was cancelled before it was saved, or
 * refused by its print view
 * (electron/services/printing.ts): its row and timeline line go; the audit log, which is never
 * rewritten, keeps `meetings.disclosed` and adds `meetings.disclosureWithdrawn` naming it.
 */
export function withdrawDisclosure(
  context: SignedInContext,
  logged: LoggedDisclosure,
  reason: 'printout cancelled' | 'printout refused',
): void {
  const { db } = context;
  const { meeting, item, medium } = logged.disclosure;
  if (medium !== 'minutes') throw new Error('only a printout is taken back');
  withdrawMinutesDisclosure(db, logged.disclosureId);
  removeTimelineEvent(db, logged.timelineEventId, 'meeting.disclosed');
  context.audit({
    action: 'meetings.disclosureWithdrawn',
    subjectType: 'participant',
    subjectId: String(item.participant_id),
    detail: { meetingId: meeting.id, itemId: item.id, medium, disclosureId: logged.disclosureId, reason },
  });
}
