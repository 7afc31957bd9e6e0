import { z } from 'zod';

/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Rules compare dates as strings, never as Date
 * objects: a birthday or an expiry is a calendar day, and going through Date would drag in the
 * machine's time zone. "Today" is always passed in, so every rule is deterministic.
 */
export type IsoDate = string;

/** A real calendar date (zod's ISO date check knows month lengths and leap years). */
export function isoDate(label: string) {
  return z.iso.date({
    error: (issue) =>
      issue.input === undefined || issue.input === null || issue.input === ''
        ? `${label} is required.`
        : `${label} must be a valid date (YYYY-MM-DD).`,
  });
}

export function isIsoDate(value: unknown): value is IsoDate {
  return z.iso.date().safeParse(value).success;
}

/** An instant with its UTC offset, as everything crossing the IPC boundary is written. */
export function isoDateTime(label: string) {
  return z.iso.datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined || issue.input === null || issue.input === ''
        ? `${label} is required.`
        : `${label} must be a valid date and time.`,
  });
}

/**
 * The calendar date of an ISO date-time as it was written: "2025-03-01T23:30:00-05:00" is
 * 1 March, the day it was in Baltimore, even though it is already 2 March in UTC.
 */
export function dateOf(isoDateTimeOrDate: string): IsoDate {
  return isoDateTimeOrDate.slice(0, 10);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day a person born on `birthDate` reaches `years` years of age (the "birthday rule": you
 * are 18 from the first moment of your 18th birthday). Someone born on 29 February reaches it
 * on 1 March in a non-leap year, the reading most US jurisdictions give by statute or case law
 * (the day after 28 February, when the anniversary has not yet happened).
 */
export function anniversary(birthDate: IsoDate, years: number): IsoDate {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const [month, day] = m === 2 && d === 29 && !isLeapYear(year) ? [3, 1] : [m, d];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
