import { CONTACT_KIND_LABELS, CONTACT_STAFF_LABELS, type ContactKind } from '../../shared/domain/contacts';
import { JUSTICE_EVENT_LABELS, type JusticeEventKind } from '../../shared/domain/justice-events';
import { OUTCOME_KIND_LABELS, outcomeValueLabel, type OutcomeKind } from '../../shared/domain/outcomes';
import { TIMELINE_GROUPS, type TimelineGroup } from '../../shared/domain/timeline';
import type { TimelineEvent, TimelinePage } from '../../shared/ipc/participant-record-contract';
import type { TimelineCounts } from '../../shared/ipc/list-contract';
import type { Db } from '../db/open-database';
import { timelineGroupCounts, timelineLines, type LineRow, type Whose } from '../db/tables/timeline';

const minutes = (count: number) => (count === 1 ? '1 minute' : `${count} minutes`);

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
      return {
        key: `justice:${row.id}`,
        at: row.at,
        allDay: true,
        kind: `justice.${kind}`,
        summary: `${JUSTICE_EVENT_LABELS[kind]}.`,
        note: row.note,
        actorName: row.actorName,
      };
    }
    default:
      return {
        key: `event:${row.id}`,
        at: row.at,
        allDay: false,
        kind: row.kind,
        summary: row.summary!,
        note: null,
        actorName: row.actorName,
      };
  }
}

/**
 * One page of a participant's history, newest first: what was recorded (enrollment, assessment,
 * consents, moves, needs) by when it was recorded, and contacts, outcome observations and
 * criminal-justice events by when they happened. Dated events sort at midday of their day.
 * Sorted and cut in SQL, so a record with a thousand lines builds only the page it shows.
 */
export function timelinePage(db: Db, whose: Whose, page: { group: TimelineGroup; offset: number; limit: number }): TimelineEvent[] {
  return timelineLines(db, whose, page).map(toEvent);
}

/** How many lines the timeline holds, in all and by filter. */
export function timelineCounts(db: Db, whose: Whose): TimelineCounts {
  const byGroup = new Map(timelineGroupCounts(db, whose).map((row) => [row.grp, row.n]));
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
