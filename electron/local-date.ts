import type { IsoDate } from '../shared/domain/calendar';
import { dateIn } from '../shared/domain/local-time';

/**
 * The desk's time zone: the machine's own, which on the district's computers is Baltimore's.
 * Intake deadlines, consent dates and "not in the future" are about the day the team lives in,
 * and the renderer's date inputs use the same zone, so both sides agree on what "today" is.
 */
export const DESK_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function localDate(at: Date): IsoDate {
  return dateIn(at, DESK_TIME_ZONE);
}
