import { z } from 'zod';
import { plainText } from '../text';
import { DEFAULT_REFERRAL_AREA } from './referral';

/** A pair's caseload cap: DOMAIN.md's 28 (national guidance says 25 per case manager). */
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

export const PROGRAM_SETTING_DEFAULTS = {
  caseloadCap: CASELOAD_CAP_DEFAULT,
  intakeWindowDays: INTAKE_WINDOW_DEFAULT_DAYS,
  referralArea: DEFAULT_REFERRAL_AREA,
};
