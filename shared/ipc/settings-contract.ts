import { z } from 'zod';
import {
  CaseloadCap,
  ContactAgingDays,
  ContactOverdueDays,
  IntakeWindowDays,
  MeetingWeekday,
  ReferralArea,
} from '../domain/program-settings';
import { ADMINISTRATOR_ROLES } from '../roles';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from '../security-policy';
import { plainText } from '../text';
import { channel, Empty } from './channel';

/** The desk's settings: everyone signed in reads them, an administrator changes them. */

export const ProgramName = plainText('Program name', 120);
export const IdleLockMinutes = z
  .number({ error: 'Idle lock must be a number of minutes.' })
  .int({ error: 'Idle lock must be a whole number of minutes.' })
  .min(IDLE_LOCK_MIN_MINUTES, { error: `Idle lock must be at least ${IDLE_LOCK_MIN_MINUTES} minute.` })
  .max(IDLE_LOCK_MAX_MINUTES, { error: `Idle lock can be at most ${IDLE_LOCK_MAX_MINUTES} minutes.` });

export const Settings = z.object({
  programName: ProgramName,
  idleLockMinutes: IdleLockMinutes,
  caseloadCap: CaseloadCap,
  intakeWindowDays: IntakeWindowDays,
  referralArea: ReferralArea,
  contactAgingDays: ContactAgingDays,
  contactOverdueDays: ContactOverdueDays,
  meetingWeekday: MeetingWeekday,
});
export type Settings = z.infer<typeof Settings>;

export const settingsChannels = {
  'settings.get': channel({ access: 'signedIn', audit: 'none', input: Empty, output: Settings }),
  'settings.update': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    changesRecords: () => null,
    input: Settings.partial().strict(),
    output: Settings,
  }),
} as const;
