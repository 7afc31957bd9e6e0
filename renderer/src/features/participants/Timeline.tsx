import { useEffect, useRef, useState } from 'react';
import { TIMELINE_PAGE } from '../../../../shared/domain/timeline';
import type { TimelineEvent } from '../../../../shared/ipc/participant-record-contract';
import type { TimelineCounts } from '../../../../shared/ipc/list-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { ChoiceGroup } from '../../ui/form-parts';
import { count } from '../../ui/Pager';
import { TIMELINE_GROUPS, TIMELINE_GROUP_LABELS, filterTimeline, type TimelineGroup } from './timeline-filter';

/** The most lines one call asks for (the contract's bound for participants.timeline). */
const MAX_FETCH = 200;

interface TimelineProps {
  participantId: number;
  /** The newest lines, as the record carries them. */
  events: TimelineEvent[];
  counts: TimelineCounts;
}

/** The lines of `group` from `from` on, `want` of them at most, read `MAX_FETCH` at a time. */
async function fetchLines(participantId: number, group: TimelineGroup, from: number, want: number): Promise<TimelineEvent[] | string> {
  const lines: TimelineEvent[] = [];
  while (lines.length < want) {
    const reply = await call('participants.timeline', {
      participantId,
      group,
      offset: from + lines.length,
      limit: Math.min(MAX_FETCH, want - lines.length),
    });
    if (!reply.ok) return reply.error.message;
    lines.push(...reply.value.events);
    if (reply.value.events.length === 0) break;
  }
  return lines;
}

/**
 * Everything that happened, newest first, with each contact's note or event's description under
 * it: the newest 50 lines, then 50 more at each "Show more", each filter with its true count. The
 * record carries the first lines; the rest are read from the main process as they are asked for,
 * and read again (as far as they were shown) when the record changes.
 */
export function Timeline({ participantId, events, counts }: TimelineProps) {
  const [group, setGroup] = useState<TimelineGroup>('all');
  // Lines read beyond the record's own, for `group`; null while the record's lines suffice.
  const [read, setRead] = useState<{ group: TimelineGroup; lines: TimelineEvent[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  const ticket = useRef(0);

  // The record holds every line: filters and "show more" need no call.
  const whole = counts.all <= events.length;
  const total = counts[group];
  const own = group === 'all' || whole ? filterTimeline(events, group) : null;
  const shown = read && read.group === group ? read.lines : own;

  // When the record changes (a contact logged, a move on the board), read again as far as was shown.
  useEffect(() => {
    if (!read) return;
    const mine = ++ticket.current;
    void fetchLines(participantId, read.group, 0, Math.max(read.lines.length, TIMELINE_PAGE)).then((lines) => {
      if (mine !== ticket.current) return;
      if (typeof lines === 'string') setError(lines);
      else setRead({ group: read.group, lines });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new record (new events) reads again, not each page read
  }, [events]);

  useEffect(() => {
    if (firstNew.current === null || !shown || shown.length <= firstNew.current) return;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [shown]);

  async function choose(next: TimelineGroup) {
    setGroup(next);
    setError(null);
    const mine = ++ticket.current;
    if (next === 'all' || whole) {
      setRead(null);
      return;
    }
    setBusy(true);
    const lines = await fetchLines(participantId, next, 0, TIMELINE_PAGE);
    if (mine !== ticket.current) return;
    setBusy(false);
    if (typeof lines === 'string') setError(lines);
    else setRead({ group: next, lines });
  }

  async function showMore() {
    const from = shown?.length ?? 0;
    const mine = ++ticket.current;
    setBusy(true);
    const lines = await fetchLines(participantId, group, from, TIMELINE_PAGE);
    if (mine !== ticket.current) return;
    setBusy(false);
    if (typeof lines === 'string') return setError(lines);
    firstNew.current = from;
    setRead({ group, lines: [...(shown ?? []), ...lines] });
  }

  if (counts.all === 0) return <p>Nothing recorded yet.</p>;
  const options = TIMELINE_GROUPS.map((value) => ({ value, label: `${TIMELINE_GROUP_LABELS[value]} (${count(counts[value])})` }));
  const visible = (shown ?? []).slice(0, read && read.group === group ? undefined : Math.max(TIMELINE_PAGE, 0));
  const left = total - visible.length;
  return (
    <>
      <div className="timeline-filter">
        <ChoiceGroup
          legend="Show"
          type="radio"
          options={options}
          selected={[group]}
          onChange={(chosen) => chosen[0] && void choose(chosen[0])}
        />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <p role="status" className="timeline-count">
        {total === 0
          ? 'Nothing of this kind recorded yet.'
          : shown === null
            ? 'Loading…'
            : left > 0
              ? `The newest ${count(visible.length)} of ${count(total)}.`
              : `All ${count(total)}, newest first.`}
      </p>
      {visible.length > 0 && (
        <ol ref={list} className="participant-timeline" aria-label="Timeline, newest first">
          {visible.map((event) => (
            <li key={event.key} className={`timeline-${event.kind.split('.')[0]}`} tabIndex={-1}>
              <time dateTime={event.at}>{event.allDay ? dateLabel(event.at) : `${dateLabel(event.at)}, ${timeLabel(event.at)}`}</time>
              <p className="participant-timeline-what">{event.summary}</p>
              {event.note && <p className="participant-timeline-note">{event.note}</p>}
              {event.actorName && <p className="participant-timeline-who">By {event.actorName}</p>}
            </li>
          ))}
        </ol>
      )}
      {left > 0 && shown !== null && (
        <div className="show-more">
          <Button onClick={() => void showMore()} busyLabel={busy && 'Loading…'}>
            Show {count(Math.min(TIMELINE_PAGE, left))} more
          </Button>
        </div>
      )}
    </>
  );
}
