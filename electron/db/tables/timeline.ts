import type { TimelineGroup } from '../../../shared/domain/timeline';
import type { ContactStaff } from '../../../shared/domain/contacts';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

/**
 * A person's timeline: the lines in person_events (what was recorded) read together with a
 * participant's contacts, outcomes and justice events (what happened), in one query.
 */

/** Every column here is in the contacts_timeline index (migration 0004): the record reads the index alone. */
export const TIMELINE_CONTACTS = `SELECT c.id, c.occurred_at AS at, c.kind, c.duration_minutes, c.staff, c.place, c.note, s.display_name AS actorName
  FROM contacts c JOIN staff s ON s.id = c.created_by WHERE c.participant_id = ?`;

type Source = 'event' | 'contact' | 'outcome' | 'justice';

export interface LineRow {
  src: Source;
  id: number;
  at: string;
  kind: string;
  summary: string | null;
  note: string | null;
  actorName: string | null;
  duration_minutes: number | null;
  staff: ContactStaff | null;
  place: string | null;
  value: string | null;
}

/** Which filter a person_events line belongs to, in SQL as timelineGroupOf says it. */
const EVENT_GROUP = `CASE WHEN e.kind = 'contact' THEN 'contacts' WHEN e.kind LIKE 'outcome.%' THEN 'outcomes' WHEN e.kind LIKE 'justice.%' THEN 'justice' ELSE 'changes' END`;

/**
 * Every line of a participant's timeline as one query, each with its instant (`sort`: dated
 * lines at midday of their day, UTC, as the record has always shown them), its filter (`grp`)
 * and what breaks a tie at the same instant: the source, then the newest line first (by id, as a
 * number: as text, 'event:10' would sort before 'event:9'). The contacts part reads the contacts_timeline
 * index alone (migration 0004).
 */
function linesSql(columns: 'full' | 'count', withParticipant: boolean): string {
  const full = columns === 'full';
  const parts = [
    `SELECT 'event' AS src, e.id, e.at, julianday(e.at) AS sort, ${EVENT_GROUP} AS grp
       ${full ? ', e.kind, e.summary, NULL AS note, s.display_name AS actorName, NULL AS duration_minutes, NULL AS staff, NULL AS place, NULL AS value' : ''}
     FROM person_events e ${full ? 'LEFT JOIN staff s ON s.id = e.actor_id' : ''} WHERE e.person_id = @personId`,
  ];
  if (withParticipant) {
    parts.push(
      `SELECT 'contact', c.id, c.occurred_at, julianday(c.occurred_at), 'contacts'
         ${full ? ", 'contact', NULL, c.note, s.display_name, c.duration_minutes, c.staff, c.place, c.kind" : ''}
       FROM contacts c ${full ? 'JOIN staff s ON s.id = c.created_by' : ''} WHERE c.participant_id = @participantId`,
      `SELECT 'outcome', o.id, o.observed_on, julianday(o.observed_on, '+12 hours'), 'outcomes'
         ${full ? ', o.kind, NULL, o.note, s.display_name, NULL, NULL, NULL, o.value' : ''}
       FROM outcomes o ${full ? 'JOIN staff s ON s.id = o.created_by' : ''} WHERE o.participant_id = @participantId`,
      `SELECT 'justice', j.id, j.occurred_on, julianday(j.occurred_on, '+12 hours'), 'justice'
         ${full ? ', j.kind, NULL, j.description, s.display_name, NULL, NULL, NULL, NULL' : ''}
       FROM justice_events j ${full ? 'JOIN staff s ON s.id = j.created_by' : ''} WHERE j.participant_id = @participantId`,
    );
  }
  return parts.join(' UNION ALL ');
}

const pageSql = (withParticipant: boolean) => `SELECT src, id, at, kind, summary, note, actorName, duration_minutes, staff, place, value
       FROM (${linesSql('full', withParticipant)})
       WHERE @group = 'all' OR grp = @group
       ORDER BY sort DESC, src DESC, id DESC LIMIT @limit OFFSET @offset`;
const countSql = (withParticipant: boolean) => `SELECT grp, count(*) AS n FROM (${linesSql('count', withParticipant)}) GROUP BY grp`;

const statements = preparedFor({
  add: (db) => db.prepare('INSERT INTO person_events (person_id, at, kind, summary, actor_id) VALUES (?, ?, ?, ?, ?)'),
  remove: (db) => db.prepare('DELETE FROM person_events WHERE id = ? AND kind = ?'),
  participantPage: (db) => db.prepare(pageSql(true)),
  personPage: (db) => db.prepare(pageSql(false)),
  participantCounts: (db) => db.prepare(countSql(true)),
  personCounts: (db) => db.prepare(countSql(false)),
});

export interface Whose {
  personId: number;
  participantId: number | null;
}

const whoseParams = (whose: Whose) => ({ personId: whose.personId, participantId: whose.participantId ?? 0 });

/** Adds a line to a person's timeline; call inside the transaction of the change it describes. Returns its id. */
export function addTimelineEvent(
  db: Db,
  event: { personId: number; at: string; kind: string; summary: string; actorId: number | null },
): number {
  return Number(statements(db).add.run(event.personId, event.at, event.kind, event.summary, event.actorId).lastInsertRowid);
}

/** Takes back a line of `kind` the same call added, when what it described was undone (a cancelled printout). */
export function removeTimelineEvent(db: Db, id: number, kind: string): void {
  statements(db).remove.run(id, kind);
}

/** One page of the lines, newest first, sorted and cut in SQL. */
export function timelineLines(db: Db, whose: Whose, page: { group: TimelineGroup; offset: number; limit: number }): LineRow[] {
  const { participantPage, personPage } = statements(db);
  return (whose.participantId !== null ? participantPage : personPage).all({
    ...whoseParams(whose),
    group: page.group,
    limit: page.limit,
    offset: page.offset,
  }) as LineRow[];
}

/** How many lines each filter holds. */
export function timelineGroupCounts(db: Db, whose: Whose): { grp: TimelineGroup; n: number }[] {
  const { participantCounts, personCounts } = statements(db);
  return (whose.participantId !== null ? participantCounts : personCounts).all(whoseParams(whose)) as { grp: TimelineGroup; n: number }[];
}
