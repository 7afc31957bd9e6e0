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

export function timelineOf(db: Db, personId: number): TimelineEvent[] {
  return db
    .prepare(
      `SELECT e.id, e.at, e.kind, e.summary, s.display_name AS actorName
       FROM person_events e LEFT JOIN staff s ON s.id = e.actor_id
       WHERE e.person_id = ? ORDER BY e.at DESC, e.id DESC`,
    )
    .all(personId) as TimelineEvent[];
}
