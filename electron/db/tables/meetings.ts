import type { ShareLevel } from '../../../shared/domain/share-levels';
import type { Stage } from '../../../shared/domain/stages';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/**
 * The weekly meeting's tables (migration 0007): meetings, meeting_items, meeting_attendees,
 * meeting_actions and meeting_disclosures.
 */

export interface MeetingRow {
  id: number;
  meets_on: string;
  since_on: string;
  state: 'planned' | 'running' | 'closed';
  current_item_id: number | null;
  blanked: 0 | 1;
  started_at: string | null;
  closed_at: string | null;
  corrected_at: string | null;
}

/** An item with the team's view of whom it is about: the person's name, stage and pair, and their last contact. */
export interface ItemRow {
  id: number;
  meeting_id: number;
  participant_id: number | null;
  referral_id: number | null;
  person_id: number;
  position: number;
  reasons: string;
  classification: ShareLevel;
  team_note: string;
  shared_summary: string;
  decision: string;
  dropped: 0 | 1;
  added_by: number | null;
  discussed_at: string | null;
  name: string;
  stage: Stage | null;
  referral_status: string | null;
  pair_id: number | null;
  pair_label: string | null;
  last_contact_at: string | null;
}

/** What the room's rule reads of an item to judge its level (electron/services/meeting-room.ts). */
export type ItemLevelRow = Pick<ItemRow, 'id' | 'participant_id' | 'classification' | 'dropped'>;

export interface AttendeeRow {
  id: number;
  meeting_id: number;
  name: string;
  recipient: string | null;
  acknowledged_at: string;
  joined_at: string;
  left_at: string | null;
}

export interface ActionRow {
  id: number;
  meeting_id: number;
  meets_on: string;
  item_id: number | null;
  participant_id: number | null;
  referral_id: number | null;
  pair_id: number | null;
  about: string | null;
  what: string;
  owner_id: number;
  owner_name: string;
  agency: string | null;
  due_on: string;
  done_at: string | null;
}

export interface DisclosureRow {
  item_id: number;
  participant_id: number;
  name: string;
  medium: 'screen' | 'minutes';
  at: string;
  level: ShareLevel;
  agencies: string;
  consent_ids: string;
}

const MEETING_COLUMNS = 'id, meets_on, since_on, state, current_item_id, blanked, started_at, closed_at, corrected_at';

const ITEM_QUERY = `
  SELECT i.id, i.meeting_id, i.participant_id, i.referral_id, COALESCE(x.person_id, r.person_id) AS person_id, i.position,
         i.reasons, i.classification, i.team_note, i.shared_summary, i.decision, i.dropped, i.added_by, i.discussed_at,
         p.name, x.stage, r.status AS referral_status, x.pair_id, cm.display_name || ' & ' || pe.display_name AS pair_label,
         (SELECT max(c.occurred_at) FROM contacts c WHERE c.participant_id = i.participant_id) AS last_contact_at
  FROM meeting_items i
  LEFT JOIN participants x ON x.id = i.participant_id
  LEFT JOIN referrals r ON r.id = i.referral_id
  JOIN people p ON p.id = COALESCE(x.person_id, r.person_id)
  LEFT JOIN pairs pr ON pr.id = x.pair_id
  LEFT JOIN staff cm ON cm.id = pr.case_manager_id
  LEFT JOIN staff pe ON pe.id = pr.peer_id`;

const ACTION_QUERY = `
  SELECT a.id, a.meeting_id, m.meets_on, a.item_id, i.participant_id, i.referral_id, x.pair_id, p.name AS about, a.what, a.owner_id,
         s.display_name AS owner_name, a.agency, a.due_on, a.done_at
  FROM meeting_actions a
  JOIN meetings m ON m.id = a.meeting_id
  JOIN staff s ON s.id = a.owner_id
  LEFT JOIN meeting_items i ON i.id = a.item_id
  LEFT JOIN participants x ON x.id = i.participant_id
  LEFT JOIN referrals r ON r.id = i.referral_id
  LEFT JOIN people p ON p.id = COALESCE(x.person_id, r.person_id)`;

const DISCLOSURE_QUERY = `
  SELECT d.item_id, d.participant_id, p.name, d.medium, d.at, d.level, d.agencies, d.consent_ids
  FROM meeting_disclosures d JOIN participants x ON x.id = d.participant_id JOIN people p ON p.id = x.person_id`;

const statements = preparedFor({
  open: (db) => db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE state <> 'closed'`),
  byId: (db) => db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ?`),
  lastClosedOn: (db) => db.prepare(`SELECT max(meets_on) FROM meetings WHERE state = 'closed'`).pluck(),
  summaries: (db) =>
    db.prepare(
      `SELECT m.id, m.meets_on, m.state,
              (SELECT count(*) FROM meeting_items i WHERE i.meeting_id = m.id AND i.dropped = 0) AS items,
              (SELECT count(*) FROM meeting_attendees t WHERE t.meeting_id = m.id) AS attendees,
              (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = m.id AND a.done_at IS NULL) AS open_actions
       FROM meetings m ORDER BY m.meets_on DESC, m.id DESC`,
    ),
  insert: (db) => db.prepare(`INSERT INTO meetings (meets_on, since_on, state, created_by, created_at) VALUES (?, ?, 'planned', ?, ?)`),
  start: (db) => db.prepare(`UPDATE meetings SET state = 'running', started_at = ? WHERE id = ?`),
  close: (db) => db.prepare(`UPDATE meetings SET state = 'closed', closed_at = ?, current_item_id = NULL, blanked = 0 WHERE id = ?`),
  corrected: (db) => db.prepare(`UPDATE meetings SET corrected_at = ? WHERE id = ?`),
  current: (db) => db.prepare(`UPDATE meetings SET current_item_id = ?, blanked = 0 WHERE id = ?`),
  blank: (db) => db.prepare(`UPDATE meetings SET blanked = ? WHERE id = ?`),

  items: (db) => db.prepare(`${ITEM_QUERY} WHERE i.meeting_id = ? ORDER BY i.position`),
  item: (db) => db.prepare(`${ITEM_QUERY} WHERE i.id = ?`),
  itemLevels: (db) =>
    db.prepare(`SELECT id, participant_id, classification, dropped FROM meeting_items WHERE meeting_id = ? ORDER BY position`),
  insertItem: (db) =>
    db.prepare(
      `INSERT INTO meeting_items (meeting_id, participant_id, referral_id, position, reasons, added_by)
       VALUES (@meetingId, @participantId, @referralId, (SELECT coalesce(max(position), 0) + 1 FROM meeting_items WHERE meeting_id = @meetingId), @reasons, @addedBy)`,
    ),
  updateItem: (db) =>
    db.prepare(
      `UPDATE meeting_items SET classification = @classification, team_note = @teamNote, shared_summary = @sharedSummary,
              decision = @decision, dropped = @dropped WHERE id = @id`,
    ),
  setPosition: (db) => db.prepare(`UPDATE meeting_items SET position = ? WHERE id = ?`),
  discussed: (db) => db.prepare(`UPDATE meeting_items SET discussed_at = coalesce(discussed_at, ?) WHERE id = ?`),

  attendees: (db) => db.prepare(`SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY id`),
  attendee: (db) => db.prepare(`SELECT * FROM meeting_attendees WHERE id = ?`),
  insertAttendee: (db) =>
    db.prepare(`INSERT INTO meeting_attendees (meeting_id, name, recipient, acknowledged_at, joined_at) VALUES (?, ?, ?, ?, ?)`),
  leave: (db) => db.prepare(`UPDATE meeting_attendees SET left_at = ? WHERE id = ? AND left_at IS NULL`),
  allLeave: (db) => db.prepare(`UPDATE meeting_attendees SET left_at = ? WHERE meeting_id = ? AND left_at IS NULL`),

  actionsOf: (db) => db.prepare(`${ACTION_QUERY} WHERE a.meeting_id = ? ORDER BY a.due_on, a.id`),
  openActions: (db) => db.prepare(`${ACTION_QUERY} WHERE a.done_at IS NULL ORDER BY a.due_on, a.id`),
  openActionsOf: (db) => db.prepare(`${ACTION_QUERY} WHERE a.done_at IS NULL AND a.owner_id = ? ORDER BY a.due_on, a.id`),
  action: (db) => db.prepare(`${ACTION_QUERY} WHERE a.id = ?`),
  insertAction: (db) =>
    db.prepare(
      `INSERT INTO meeting_actions (meeting_id, item_id, what, owner_id, agency, due_on, created_by, created_at)
       VALUES (@meetingId, @itemId, @what, @ownerId, @agency, @dueOn, @createdBy, @createdAt)`,
    ),
  completeAction: (db) => db.prepare(`UPDATE meeting_actions SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL`),

  disclosures: (db) => db.prepare(`${DISCLOSURE_QUERY} WHERE d.meeting_id = ? ORDER BY d.id`),
  disclosure: (db) => db.prepare(`${DISCLOSURE_QUERY} WHERE d.id = ?`),
  lastScreenDisclosure: (db) =>
    db.prepare(`SELECT level, agencies FROM meeting_disclosures WHERE item_id = ? AND medium = 'screen' ORDER BY id DESC LIMIT 1`),
  insertDisclosure: (db) =>
    db.prepare(
      `INSERT INTO meeting_disclosures (meeting_id, item_id, participant_id, medium, at, level, agencies, consent_ids)
       VALUES (@meetingId, @itemId, @participantId, @medium, @at, @level, @agencies, @consentIds)`,
    ),
  withdrawDisclosure: (db) => db.prepare(`DELETE FROM meeting_disclosures WHERE id = ? AND medium = 'minutes'`),
});

export function openMeetingRow(db: Db): MeetingRow | null {
  return (statements(db).open.get() as MeetingRow | undefined) ?? null;
}

export function findMeetingRow(db: Db, id: number): MeetingRow | null {
  return (statements(db).byId.get(id) as MeetingRow | undefined) ?? null;
}

/** The date of the last meeting held, or null before the first. */
export function lastClosedMeetingOn(db: Db): string | null {
  return (statements(db).lastClosedOn.get() as string | null) ?? null;
}

export function meetingSummaryRows(
  db: Db,
): { id: number; meets_on: string; state: MeetingRow['state']; items: number; attendees: number; open_actions: number }[] {
  return statements(db).summaries.all() as never;
}

export function insertMeeting(db: Db, meeting: { meetsOn: string; sinceOn: string; createdBy: number; at: string }): number {
  return Number(statements(db).insert.run(meeting.meetsOn, meeting.sinceOn, meeting.createdBy, meeting.at).lastInsertRowid);
}

export function startMeeting(db: Db, id: number, at: string): void {
  statements(db).start.run(at, id);
}

export function closeMeeting(db: Db, id: number, at: string): void {
  statements(db).close.run(at, id);
  statements(db).allLeave.run(at, id);
}

export function markMeetingCorrected(db: Db, id: number, at: string): void {
  statements(db).corrected.run(at, id);
}

export function setCurrentItem(db: Db, meetingId: number, itemId: number): void {
  statements(db).current.run(itemId, meetingId);
}

export function setBlanked(db: Db, meetingId: number, blanked: boolean): void {
  statements(db).blank.run(blanked ? 1 : 0, meetingId);
}

export function itemRowsOf(db: Db, meetingId: number): ItemRow[] {
  return statements(db).items.all(meetingId) as ItemRow[];
}

/** Every item of a meeting in agenda order, as little of each as judging the room's level needs. */
export function itemLevelRowsOf(db: Db, meetingId: number): ItemLevelRow[] {
  return statements(db).itemLevels.all(meetingId) as ItemLevelRow[];
}

export function findItemRow(db: Db, id: number): ItemRow | null {
  return (statements(db).item.get(id) as ItemRow | undefined) ?? null;
}

/** Adds an item at the end of the agenda. `addedBy` null: the agenda builder put it there. */
export function insertItem(
  db: Db,
  item: { meetingId: number; participantId: number | null; referralId: number | null; reasons: string; addedBy: number | null },
): number {
  return Number(statements(db).insertItem.run(item).lastInsertRowid);
}

export function updateItem(
  db: Db,
  item: { id: number; classification: ShareLevel; teamNote: string; sharedSummary: string; decision: string; dropped: boolean },
): void {
  statements(db).updateItem.run({ ...item, dropped: item.dropped ? 1 : 0 });
}

/** Renumbers the meeting's items 1, 2, 3… in the order given. */
export function setItemOrder(db: Db, itemIds: readonly number[]): void {
  const { setPosition } = statements(db);
  itemIds.forEach((id, index) => setPosition.run(index + 1, id));
}

export function markItemDiscussed(db: Db, itemId: number, at: string): void {
  statements(db).discussed.run(at, itemId);
}

export function attendeeRowsOf(db: Db, meetingId: number): AttendeeRow[] {
  return statements(db).attendees.all(meetingId) as AttendeeRow[];
}

export function findAttendeeRow(db: Db, id: number): AttendeeRow | null {
  return (statements(db).attendee.get(id) as AttendeeRow | undefined) ?? null;
}

export function insertAttendee(db: Db, meetingId: number, attendee: { name: string; recipient: string | null }, at: string): number {
  return Number(statements(db).insertAttendee.run(meetingId, attendee.name, attendee.recipient, at, at).lastInsertRowid);
}

export function attendeeLeaves(db: Db, id: number, at: string): void {
  statements(db).leave.run(at, id);
}

export function actionRowsOf(db: Db, meetingId: number): ActionRow[] {
  return statements(db).actionsOf.all(meetingId) as ActionRow[];
}

/** Every action item not yet done, soonest due first: carried onto the next agenda. */
export function openActionRows(db: Db): ActionRow[] {
  return statements(db).openActions.all() as ActionRow[];
}

export function openActionRowsOwnedBy(db: Db, staffId: number): ActionRow[] {
  return statements(db).openActionsOf.all(staffId) as ActionRow[];
}

export function findActionRow(db: Db, id: number): ActionRow | null {
  return (statements(db).action.get(id) as ActionRow | undefined) ?? null;
}

export function insertAction(
  db: Db,
  action: {
    meetingId: number;
    itemId: number | null;
    what: string;
    ownerId: number;
    agency: string | null;
    dueOn: string;
    createdBy: number;
    createdAt: string;
  },
): number {
  return Number(statements(db).insertAction.run(action).lastInsertRowid);
}

export function completeAction(db: Db, id: number, staffId: number, at: string): boolean {
  return statements(db).completeAction.run(at, staffId, id).changes === 1;
}

export function disclosureRowsOf(db: Db, meetingId: number): DisclosureRow[] {
  return statements(db).disclosures.all(meetingId) as DisclosureRow[];
}

export function findDisclosureRow(db: Db, id: number): DisclosureRow | null {
  return (statements(db).disclosure.get(id) as DisclosureRow | undefined) ?? null;
}

/** What the room last saw of an item: its level and the agencies present (JSON), or null. */
export function lastScreenDisclosureOf(db: Db, itemId: number): { level: ShareLevel; agencies: string } | null {
  return (statements(db).lastScreenDisclosure.get(itemId) as { level: ShareLevel; agencies: string } | undefined) ?? null;
}

export function insertDisclosure(
  db: Db,
  disclosure: {
    meetingId: number;
    itemId: number;
    participantId: number;
    medium: 'screen' | 'minutes';
    at: string;
    level: ShareLevel;
    agencies: string;
    consentIds: string;
  },
): number {
  return Number(statements(db).insertDisclosure.run(disclosure).lastInsertRowid);
}

/**
 * Takes back a printed-minutes disclosure whose printout was cancelled, in the call that wrote
 * it (electron/services/printing.ts); a disclosure on the room's screen is never taken back.
 */
export function withdrawMinutesDisclosure(db: Db, id: number): void {
  statements(db).withdrawDisclosure.run(id);
}
