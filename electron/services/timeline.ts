import { CONTACT_KIND_LABELS, CONTACT_STAFF_LABELS, type ContactKind, type ContactStaff } from '../../shared/domain/contacts';
import { JUSTICE_EVENT_LABELS, type JusticeEventKind } from '../../shared/domain/justice-events';
import { OUTCOME_KIND_LABELS, outcomeValueLabel, type OutcomeKind } from '../../shared/domain/outcomes';
import type { TimelineEvent } from '../../shared/ipc/intake-contract';
import type { Db } from '../db/open-database';

/** Adds a line to a person's timeline; call inside the transaction of the change it describes. */
export function addTimelineEvent(
  db: Db,
  event: { personId: number; at: string; kind: string; summary: string; actorId: number | null },
): void {
  db.prepare('INSERT INTO person_events (person_id, at, kind, summary, actor_id) VALUES (?, ?, ?, ?, ?)').run(
    event.personId,
    event.at,
    event.kind,
    event.summary,
    event.actorId,
  );
}

interface Row {
  id: number;
  at: string;
  actorName: string | null;
}

const minutes = (count: number) => (count === 1 ? '1 minute' : `${count} minutes`);

/** Every column here is in the contacts_timeline index (migration 0004): the record reads the index alone. */
export const TIMELINE_CONTACTS = `SELECT c.id, c.occurred_at AS at, c.kind, c.duration_minutes, c.staff, c.place, c.note, s.display_name AS actorName
  FROM contacts c JOIN staff s ON s.id = c.created_by WHERE c.participant_id = ?`;

/**
 * A participant's whole history, newest first: what was recorded (enrollment, assessment,
 * consents, moves, needs) by when it was recorded, and contacts, outcome observations and
 * criminal-justice events by when they happened. Dated events sort at midday of their day.
 */
export function timelineOf(db: Db, participant: { personId: number; participantId: number | null }): TimelineEvent[] {
  const events: TimelineEvent[] = (
    db
      .prepare(
        `SELECT e.id, e.at, e.kind, e.summary, s.display_name AS actorName
         FROM person_events e LEFT JOIN staff s ON s.id = e.actor_id WHERE e.person_id = ?`,
      )
      .all(participant.personId) as (Row & { kind: string; summary: string })[]
  ).map((row) => ({ key: `event:${row.id}`, at: row.at, allDay: false, kind: row.kind, summary: row.summary, note: null, actorName: row.actorName }));

  if (participant.participantId !== null) {
    const id = participant.participantId;
    const contacts = db
      .prepare(TIMELINE_CONTACTS)
      .all(id) as (Row & { kind: ContactKind; duration_minutes: number; staff: ContactStaff; place: string | null; note: string | null })[];
    for (const row of contacts) {
      events.push({
        key: `contact:${row.id}`,
        at: row.at,
        allDay: false,
        kind: 'contact',
        summary: `${CONTACT_KIND_LABELS[row.kind]}, ${minutes(row.duration_minutes)}, ${CONTACT_STAFF_LABELS[row.staff].toLowerCase()}${row.place ? `, at ${row.place}` : ''}.`,
        note: row.note,
        actorName: row.actorName,
      });
    }
    const outcomes = db
      .prepare(
        `SELECT o.id, o.observed_on AS at, o.kind, o.value, o.note, s.display_name AS actorName
         FROM outcomes o JOIN staff s ON s.id = o.created_by WHERE o.participant_id = ?`,
      )
      .all(id) as (Row & { kind: OutcomeKind; value: string; note: string | null })[];
    for (const row of outcomes) {
      events.push({
        key: `outcome:${row.id}`,
        at: row.at,
        allDay: true,
        kind: `outcome.${row.kind}`,
        summary: `${OUTCOME_KIND_LABELS[row.kind]}: ${outcomeValueLabel(row.kind, row.value)}.`,
        note: row.note,
        actorName: row.actorName,
      });
    }
    const justice = db
      .prepare(
        `SELECT j.id, j.occurred_on AS at, j.kind, j.description, s.display_name AS actorName
         FROM justice_events j JOIN staff s ON s.id = j.created_by WHERE j.participant_id = ?`,
      )
      .all(id) as (Row & { kind: JusticeEventKind; description: string })[];
    for (const row of justice) {
      events.push({
        key: `justice:${row.id}`,
        at: row.at,
        allDay: true,
        kind: `justice.${row.kind}`,
        summary: `${JUSTICE_EVENT_LABELS[row.kind]}.`,
        note: row.description,
        actorName: row.actorName,
      });
    }
  }
  const instants = new Map(events.map((event) => [event, Date.parse(event.allDay ? `${event.at}T12:00:00Z` : event.at)]));
  return events.sort((a, b) => instants.get(b)! - instants.get(a)! || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}
