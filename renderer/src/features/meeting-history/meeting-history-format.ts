import type { ShareLevel } from '../../../../shared/domain/share-levels';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { dateLabel, timeLabel } from '../../ui/dates';

/** What the room was allowed to see, in the words of the share levels (shared/domain/share-levels.ts), shortened for a table. */
export const LEVEL_SHORT: Record<ShareLevel, string> = {
  status: 'Status only',
  progress: 'Progress and next steps',
  clinical: 'Clinical detail',
};

export const MEDIUM_LABELS = { screen: 'Shared screen', minutes: 'Printed minutes' } as const;

export function meetingTitle(meetsOn: string): string {
  return `Meeting of ${dateLabel(meetsOn)}`;
}

/** "1 item", "3 items". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Held 10:00 AM to 11:05 AM." from the start and close of the meeting. */
export function heldLine(meeting: Pick<MeetingView, 'startedAt' | 'closedAt'>): string {
  if (!meeting.startedAt) return 'Not held.';
  return meeting.closedAt
    ? `Held ${timeLabel(meeting.startedAt)} to ${timeLabel(meeting.closedAt)}.`
    : `Started ${timeLabel(meeting.startedAt)}.`;
}

/**
 * The items a case manager or peer does not see (electron/services/meeting-view.ts), said plainly:
 * counted, never named.
 */
export function othersLine(others: number): string {
  if (others === 0) return '';
  return others === 1
    ? 'One more item was about a participant of another pair. Only that pair and the supervisor see it.'
    : `${others} more items were about participants of other pairs. Only those pairs and the supervisor see them.`;
}

/** An action's due date in words, so "overdue" never rests on colour alone. */
export function dueLabel(dueOn: string, today: string): { text: string; overdue: boolean } {
  if (dueOn < today) return { text: `Overdue: was due ${dateLabel(dueOn)}`, overdue: true };
  if (dueOn === today) return { text: 'Due today', overdue: false };
  return { text: `Due ${dateLabel(dueOn)}`, overdue: false };
}
