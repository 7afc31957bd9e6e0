import { OFFENSE_LABELS, type Offense } from '../../../../shared/domain/offenses';
import { PATHWAY_LABELS, type Pathway } from '../../../../shared/domain/referral';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../../../shared/domain/referral-status';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import { dateLabel, timeLabel, timeNowIso, todayIso } from '../../ui/dates';

/** A calendar date (YYYY-MM-DD) as people read it, or says that none was recorded. */
export function calendarDateLabel(date: string | null | undefined): string {
  return date ? dateLabel(date) : 'Not recorded';
}

export function dateTimeLabel(iso: string): string {
  return `${dateLabel(iso)}, ${timeLabel(iso)}`;
}

export const statusLabel = (status: ReferralStatus) => REFERRAL_STATUS_LABELS[status];
export const pathwayLabel = (pathway: Pathway) => PATHWAY_LABELS[pathway];
export const offenseLabel = (offense: Offense) => OFFENSE_LABELS[offense];
export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];

export function daysLabel(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
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
