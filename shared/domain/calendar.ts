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

/** Nothing the desk records is dated before this: it catches a slipped year (0001, or 1091 for 1991). */
export const EARLIEST_DATE = '1900-01-01';
/** How far ahead a planned date (a court date, a consent's expiry) may lie: a slip guard too. */
export const MAX_YEARS_AHEAD = 100;
/**
 * A time entered to the minute, on a machine whose clock may be a little behind the officer's
 * watch, can land a few minutes "in the future": that is not an error worth refusing.
 */
export const FUTURE_TOLERANCE_MINUTES = 5;

/** Rules on a date after it parsed: no message piles onto "must be a valid date". */
const whenValid = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

/**
 * The one rule for a calendar date typed into a form, against the desk's `today`: a real date,
 * not before 1900, and either not after today (`past`: a birth, a signature, an observation) or
 * at most a century ahead (`planned`: a court date, an expiry).
 */
export function formDate(label: string, today: IsoDate, when: 'past' | 'planned') {
  const latest = when === 'past' ? today : `${String(Number(today.slice(0, 4)) + MAX_YEARS_AHEAD)}${today.slice(4)}`;
  const tooLate = when === 'past' ? `${label} cannot be in the future.` : `${label} cannot be more than ${MAX_YEARS_AHEAD} years ahead.`;
  return isoDate(label)
    .refine((date) => date >= EARLIEST_DATE, { error: `${label} cannot be before 1900.`, ...whenValid })
    .refine((date) => date <= latest, { error: tooLate, ...whenValid });
}

/**
 * The same rule for an instant that has happened (a referral, a contact), against the desk's
 * `now`: not before 1900, and not after now beyond FUTURE_TOLERANCE_MINUTES.
 */
export function formInstant(label: string, now: string, tooLate = `${label} cannot be in the future.`) {
  const latest = Date.parse(now) + FUTURE_TOLERANCE_MINUTES * 60_000;
  return isoDateTime(label)
    .refine((at) => Date.parse(at) >= Date.parse(`${EARLIEST_DATE}T00:00:00Z`), { error: `${label} cannot be before 1900.`, ...whenValid })
    .refine((at) => Date.parse(at) <= latest, { error: tooLate, ...whenValid });
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
