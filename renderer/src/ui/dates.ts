import { readableDate } from '../../../shared/domain/local-time';

/* Dates and times as people at the desk read them: US English, this computer's time zone. */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "May 12, 1990". A calendar date (YYYY-MM-DD) is never put through this computer's time zone
 * (Date.parse reads it as UTC midnight: the day before, west of Greenwich); an instant is.
 */
export function dateLabel(iso: string): string {
  return CALENDAR_DATE.test(iso) ? readableDate(iso) : new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' });
}

/** "3:45 PM", or "3:45:07 PM" where the order of events within a minute matters (the audit log). */
export function timeLabel(iso: string, withSeconds = false): string {
  return new Date(iso).toLocaleTimeString('en-US', withSeconds ? { timeStyle: 'medium' } : { hour: 'numeric', minute: '2-digit' });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on this computer as YYYY-MM-DD: the same calendar the main process counts days on. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current time as a time input wants it, "14:05". */
export function timeNowIso(): string {
  const now = new Date();
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * The date and time typed into the form as an ISO date-time with this desk's UTC offset
 * (2025-03-01T21:30:00-05:00): the referral date is the day it was in Baltimore, not in UTC.
 * Anything that is not a real date and time goes to the main process as typed, which says why.
 */
export function localDateTime(date: string, time: string): string {
  if (!date || !time) return '';
  const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeParts = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateParts || !timeParts) return `${date}T${time}`;
  const [, y, mo, d] = dateParts.map(Number) as [number, number, number, number];
  const [, h, mi] = timeParts.map(Number) as [number, number, number];
  const at = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(at.getTime())) return `${date}T${time}`;
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** Today and the current time on this computer, as a date input and a time input want them. */
export function nowForInputs(): { date: string; time: string } {
  return { date: todayIso(), time: timeNowIso() };
}
