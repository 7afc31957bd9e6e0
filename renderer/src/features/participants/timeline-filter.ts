import type { TimelineEvent } from '../../../../shared/ipc/participant-record-contract';
import { timelineGroupOf, type TimelineGroup } from '../../../../shared/domain/timeline';

export { TIMELINE_GROUPS, TIMELINE_GROUP_LABELS, timelineGroupOf, type TimelineGroup } from '../../../../shared/domain/timeline';

export function filterTimeline(events: readonly TimelineEvent[], group: TimelineGroup): TimelineEvent[] {
  return group === 'all' ? [...events] : events.filter((event) => timelineGroupOf(event.kind) === group);
}
