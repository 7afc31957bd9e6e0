import type { IsoDate } from './calendar';
import { addDays } from './local-time';

/** How a card's "days since contact" reads at a glance; the thresholds are program settings. */
export type ContactAge = 'recent' | 'aging' | 'overdue' | 'none';

export interface ContactAgeThresholds {
  /** From this many days the card turns amber. */
  contactAgingDays: number;
  /** From this many days the card turns red. */
  contactOverdueDays: number;
}

/** An exited participant's last contact is history, not a task: it is never aging or overdue. */
export function contactAge(days: number | null, thresholds: ContactAgeThresholds, exited = false): ContactAge {
  if (days === null || exited) return 'none';
  if (days >= thresholds.contactOverdueDays) return 'overdue';
  if (days >= thresholds.contactAgingDays) return 'aging';
  return 'recent';
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * The date of the last weekly meeting before today: "since the last meeting" on a card means
 * on or after that day. On the meeting day itself the meeting is still ahead, so the week before
 * counts.
 */
export function lastMeetingOn(today: IsoDate, meetingWeekday: number): IsoDate {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  const back = (weekday - meetingWeekday + 7) % 7 || 7;
  return addDays(today, -back);
}

/** A court date within this many days shows on the card. */
export const COURT_DATE_HORIZON_DAYS = 14;

/** Exited participants stay on the board this long, then live only in the participants list. */
export const EXITED_SHOWN_DAYS = 30;
