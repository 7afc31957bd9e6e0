import { OFFENSE_LABELS, type Offense } from '../../../../shared/domain/offenses';
import { PATHWAY_LABELS, type Pathway } from '../../../../shared/domain/referral';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../../../shared/domain/referral-status';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import { dateLabel, timeLabel } from '../../ui/dates';

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
