import { useState } from 'react';
import type { TimelineEvent } from '../../../../shared/ipc/intake-contract';
import { dateLabel, timeLabel } from '../../ui/dates';
import { ChoiceGroup } from '../../ui/form-parts';
import { TIMELINE_GROUPS, TIMELINE_GROUP_LABELS, filterTimeline, type TimelineGroup } from './timeline-filter';

const GROUP_OPTIONS = TIMELINE_GROUPS.map((value) => ({ value, label: TIMELINE_GROUP_LABELS[value] }));

/** Everything that happened, newest first, with each contact's note or event's description under it. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const [group, setGroup] = useState<TimelineGroup>('all');
  if (events.length === 0) return <p>Nothing recorded yet.</p>;
  const shown = filterTimeline(events, group);
  return (
    <>
      <div className="timeline-filter">
        <ChoiceGroup
          legend="Show"
          type="radio"
          options={GROUP_OPTIONS}
          selected={[group]}
          onChange={(chosen) => chosen[0] && setGroup(chosen[0] as TimelineGroup)}
        />
      </div>
      {shown.length === 0 ? (
        <p role="status">Nothing of this kind recorded yet.</p>
      ) : (
        <ol className="participant-timeline" aria-label="Timeline, newest first">
          {shown.map((event) => (
            <li key={event.key} className={`timeline-${event.kind.split('.')[0]}`}>
              <time dateTime={event.at}>{event.allDay ? dateLabel(event.at) : `${dateLabel(event.at)}, ${timeLabel(event.at)}`}</time>
              <p className="participant-timeline-what">{event.summary}</p>
              {event.note && <p className="participant-timeline-note">{event.note}</p>}
              {event.actorName && <p className="participant-timeline-who">By {event.actorName}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
