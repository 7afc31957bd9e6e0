import type { IsoDate } from '../shared/domain/calendar';

/**
 * The calendar date at the desk (the machine's time zone: the program's own, Baltimore). Intake
 * deadlines, consent expiry and "not in the future" are all about the day the team lives in,
 * not the UTC date.
 */
export function localDate(at: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), counted on the calendar, DST-proof. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
