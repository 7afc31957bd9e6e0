import type { IsoDate } from './calendar';

/** Building a formatter costs far more than using one: a board asks for hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date of an instant in a time zone (an IANA name such as America/New_York). */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a time zone, "14:05": what a date and time input shows. */
export function timeIn(instant: Date, timeZone: string): string {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** Whole days from one calendar date to another, counted on the calendar: immune to DST. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Days left to complete the intake assessment (negative when overdue), or null when no window
 * runs: a social-contact referral has none, a completed assessment closes it, and so does
 * leaving the program (an exited participant is not "overdue" for anything).
 */
export function intakeDaysLeft(intakeDueOn: IsoDate | null, assessmentComplete: boolean, today: IsoDate, exited = false): number | null {
  return intakeDueOn !== null && !assessmentComplete && !exited ? daysBetween(today, intakeDueOn) : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const readableDates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date as people read it, "Dec 23, 2026": the same words on screen and in the timeline. */
export function readableDate(date: IsoDate): string {
  return readableDates.format(new Date(`${date}T12:00:00Z`));
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as people read it in a time zone, "Dec 4, 2026, 10:00 AM": an appointment in the timeline. */
export function readableDateTime(instant: string, timeZone: string): string {
  let formatter = dateTimeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(instant));
}
