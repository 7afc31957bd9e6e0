import { z } from 'zod';
import { plainText } from '../text';
import { DEFAULT_REFERRAL_AREA } from './referral';

/** A pair's caseload cap: the program's 28 per case manager and peer (national guidance says 25 per case manager). */
export const CASELOAD_CAP_DEFAULT = 28;
/** Days an arrest-diversion participant has to complete the intake assessment. */
export const INTAKE_WINDOW_DEFAULT_DAYS = 30;

export const CaseloadCap = z
  .number({ error: 'Caseload cap must be a number.' })
  .int({ error: 'Caseload cap must be a whole number.' })
  .min(1, { error: 'Caseload cap must be at least 1.' })
  .max(100, { error: 'Caseload cap can be at most 100.' });

export const IntakeWindowDays = z
  .number({ error: 'Intake window must be a number of days.' })
  .int({ error: 'Intake window must be a whole number of days.' })
  .min(1, { error: 'Intake window must be at least 1 day.' })
  .max(90, { error: 'Intake window can be at most 90 days.' });

export const ReferralArea = plainText('Referral area', 500);

export const CONTACT_AGING_DEFAULT_DAYS = 7;
export const CONTACT_OVERDUE_DEFAULT_DAYS = 14;
/** Tuesday: the weekly meeting's default day. */
export const MEETING_WEEKDAY_DEFAULT = 2;

const dayCount = (label: string) =>
  z
    .number({ error: `${label} must be a number of days.` })
    .int({ error: `${label} must be a whole number of days.` })
    .min(1, { error: `${label} must be at least 1 day.` })
    .max(365, { error: `${label} can be at most 365 days.` });

export const ContactAgingDays = dayCount('Amber after');
export const ContactOverdueDays = dayCount('Red after');
export const MeetingWeekday = z
  .number({ error: 'Choose the day of the weekly meeting.' })
  .int({ error: 'Choose the day of the weekly meeting.' })
  .min(0, { error: 'Choose the day of the weekly meeting.' })
  .max(6, { error: 'Choose the day of the weekly meeting.' });

export const PROGRAM_SETTING_DEFAULTS = {
  caseloadCap: CASELOAD_CAP_DEFAULT,
  intakeWindowDays: INTAKE_WINDOW_DEFAULT_DAYS,
  referralArea: DEFAULT_REFERRAL_AREA,
  contactAgingDays: CONTACT_AGING_DEFAULT_DAYS,
  contactOverdueDays: CONTACT_OVERDUE_DEFAULT_DAYS,
  meetingWeekday: MEETING_WEEKDAY_DEFAULT,
};
