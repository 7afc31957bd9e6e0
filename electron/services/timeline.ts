import { CONTACT_KIND_LABELS, CONTACT_STAFF_LABELS, type ContactKind, type ContactStaff } from '../../shared/domain/contacts';
import { JUSTICE_EVENT_LABELS, type JusticeEventKind } from '../../shared/domain/justice-events';
import { OUTCOME_KIND_LABELS, outcomeValueLabel, type OutcomeKind } from '../../shared/domain/outcomes';
import { TIMELINE_GROUPS, type TimelineGroup } from '../../shared/domain/timeline';
import type { TimelineEvent, TimelinePage } from '../../shared/ipc/participant-record-contract';
import type { TimelineCounts } from '../../shared/ipc/list-contract';
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

const minutes = (count: number) => (count === 1 ? '1 minute' : `${count} minutes`);

/** Every column here is in the contacts_timeline index (migration 0004): the record reads the index alone. */
export const TIMELINE_CONTACTS = `SELECT c.id, c.occurred_at AS at, c.kind, c.duration_minutes, c.staff, c.place, c.note, s.display_name AS actorName
  FROM contacts c JOIN staff s ON s.id = c.created_by WHERE c.participant_id = ?`;

type Source = 'event' | 'contact' | 'outcome' | 'justice';

interface LineRow {
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
 * and a key that breaks ties the way the record did. The contacts part reads the contacts_timeline
 * index alone.
 */
function linesSql(columns: 'full' | 'count', withParticipant: boolean): string {
  const full = columns === 'full';
  const parts = [
    `SELECT 'event' AS src, e.id, e.at, julianday(e.at) AS sort, ${EVENT_GROUP} AS grp, 'event:' || e.id AS key
       ${full ? ', e.kind, e.summary, NULL AS note, s.display_name AS actorName, NULL AS duration_minutes, NULL AS staff, NULL AS place, NULL AS value' : ''}
     FROM person_events e ${full ? 'LEFT JOIN staff s ON s.id = e.actor_id' : ''} WHERE e.person_id = @personId`,
  ];
  if (withParticipant) {
    parts.push(
      `SELECT 'contact', c.id, c.occurred_at, julianday(c.occurred_at), 'contacts', 'contact:' || c.id
         ${full ? ", 'contact', NULL, c.note, s.display_name, c.duration_minutes, c.staff, c.place, c.kind" : ''}
       FROM contacts c ${full ? 'JOIN staff s ON s.id = c.created_by' : ''} WHERE c.participant_id = @participantId`,
      `SELECT 'outcome', o.id, o.observed_on, julianday(o.observed_on, '+12 hours'), 'outcomes', 'outcome:' || o.id
         ${full ? ", o.kind, NULL, o.note, s.display_name, NULL, NULL, NULL, o.value" : ''}
       FROM outcomes o ${full ? 'JOIN staff s ON s.id = o.created_by' : ''} WHERE o.participant_id = @participantId`,
      `SELECT 'justice', j.id, j.occurred_on, julianday(j.occurred_on, '+12 hours'), 'justice', 'justice:' || j.id
         ${full ? ', j.kind, NULL, j.description, s.display_name, NULL, NULL, NULL, NULL' : ''}
       FROM justice_events j ${full ? 'JOIN staff s ON s.id = j.created_by' : ''} WHERE j.participant_id = @participantId`,
    );
  }
  return parts.join(' UNION ALL ');
}

function toEvent(row: LineRow): TimelineEvent {
  switch (row.src) {
    case 'contact': {
      const kind = row.value as ContactKind;
      return {
        key: `contact:${row.id}`,
        at: row.at,
        allDay: false,
        kind: 'contact',
        summary: `${CONTACT_KIND_LABELS[kind]}, ${minutes(row.duration_minutes!)}, ${CONTACT_STAFF_LABELS[row.staff!].toLowerCase()}${row.place ? `, at ${row.place}` : ''}.`,
        note: row.note,
        actorName: row.actorName,
      };
    }
    case 'outcome': {
      const kind = row.kind as OutcomeKind;
      return {
        key: `outcome:${row.id}`,
        at: row.at,
        allDay: true,
        kind: `outcome.${kind}`,
        summary: `${OUTCOME_KIND_LABELS[kind]}: ${outcomeValueLabel(kind, row.value!)}.`,
        note: row.note,
        actorName: row.actorName,
      };
    }
    case 'justice': {
      const kind = row.kind as JusticeEventKind;
      return { key: `justice:${row.id}`, at: row.at, allDay: true, kind: `justice.${kind}`, summary: `${JUSTICE_EVENT_LABELS[kind]}.`, note: row.note, actorName: row.actorName };
    }
    default:
      return { key: `event:${row.id}`, at: row.at, allDay: false, kind: row.kind, summary: row.summary!, note: null, actorName: row.actorName };
  }
}

interface Whose {
  personId: number;
  participantId: number | null;
}

const whoseParams = (whose: Whose) => ({ personId: whose.personId, participantId: whose.participantId ?? 0 });

/**
 * One page of a participant's history, newest first: what was recorded (enrollment, assessment,
 * consents, moves, needs) by when it was recorded, and contacts, outcome observations and
 * criminal-justice events by when they happened. Dated events sort at midday of their day.
 * Sorted and cut in SQL, so a record with a thousand lines builds only the page it shows.
 */
export function timelinePage(db: Db, whose: Whose, page: { group: TimelineGroup; offset: number; limit: number }): TimelineEvent[] {
  const rows = db
    .prepare(
      `SELECT src, id, at, kind, summary, note, actorName, duration_minutes, staff, place, value
       FROM (${linesSql('full', whose.participantId !== null)})
       WHERE @group = 'all' OR grp = @group
       ORDER BY sort DESC, key DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...whoseParams(whose), group: page.group, limit: page.limit, offset: page.offset }) as LineRow[];
  return rows.map(toEvent);
}

/** How many lines the timeline holds, in all and by filter. */
export function timelineCounts(db: Db, whose: Whose): TimelineCounts {
  const byGroup = new Map(
    (db.prepare(`SELECT grp, count(*) AS n FROM (${linesSql('count', whose.participantId !== null)}) GROUP BY grp`).all(whoseParams(whose)) as {
      grp: TimelineGroup;
      n: number;
    }[]).map((row) => [row.grp, row.n]),
  );
  const counts = Object.fromEntries(TIMELINE_GROUPS.map((group) => [group, byGroup.get(group) ?? 0])) as TimelineCounts;
  counts.all = TIMELINE_GROUPS.reduce((sum, group) => (group === 'all' ? sum : sum + counts[group]), 0);
  return counts;
}

/** A page of the timeline with the true count of what the filter holds (participants.timeline). */
export function timelinePageOf(db: Db, whose: Whose, page: { group: TimelineGroup; offset: number; limit: number }): TimelinePage {
  return { events: timelinePage(db, whose, page), total: timelineCounts(db, whose)[page.group] };
}

/** A participant's whole history, newest first (migration checks; screens read it a page at a time). */
export function timelineOf(db: Db, whose: Whose): TimelineEvent[] {
  const all: TimelineEvent[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = timelinePage(db, whose, { group: 'all', offset, limit: 1000 });
    all.push(...page);
    if (page.length < 1000) return all;
  }
}
