import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';

/** "Nov 11", with the year only when it is not this year ("Dec 30, 2025"). */
export function shortDateLabel(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const sameYear = at.getFullYear() === now.getFullYear();
  return at.toLocaleDateString('en-US', sameYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' });
}

/** "12 days since last contact, Nov 11", "Last contact today, Nov 23", or "No contacts recorded yet". */
export function lastContactLine(record: Pick<ParticipantRecord, 'lastContactAt' | 'daysSinceContact'>, now: Date = new Date()): string {
  const { lastContactAt, daysSinceContact: days } = record;
  if (lastContactAt === null || days === null) return 'No contacts recorded yet';
  const on = shortDateLabel(lastContactAt, now);
  if (days <= 0) return `Last contact today, ${on}`;
  return `${days === 1 ? '1 day' : `${days} days`} since last contact, ${on}`;
}
