import { dateIn, daysBetween } from './local-time';

/**
 * Whole calendar days between the last contact and now, counted in the desk's time zone, so a
 * contact at 11 pm and a look at 1 am the next morning is one day, and a daylight-saving change
 * never makes a day of 23 or 25 hours count as zero or two. Null when there has been no contact.
 */
export function daysSinceContact(lastContactAt: string | null, now: Date, timeZone: string): number | null {
  if (!lastContactAt) return null;
  const last = new Date(lastContactAt);
  if (Number.isNaN(last.getTime())) return null;
  return Math.max(0, daysBetween(dateIn(last, timeZone), dateIn(now, timeZone)));
}
