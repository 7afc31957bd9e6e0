import { z } from 'zod';
import { Settings } from '../../../shared/ipc/settings-contract';
import { PROGRAM_SETTING_DEFAULTS } from '../../../shared/domain/program-settings';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../../shared/security-policy';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

const StoredSettings = Settings.extend({ recoveryKeyConfirmed: z.boolean() });
export type StoredSettings = z.infer<typeof StoredSettings>;

const DEFAULTS: StoredSettings = {
  programName: 'LEAD',
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
  ...PROGRAM_SETTING_DEFAULTS,
  recoveryKeyConfirmed: false,
};

/**
 * The stored rows, read through the settings' own schemas: a setting never saved, or one its
 * schema no longer accepts (a bound tightened since it was saved), reads as its default.
 */
const StoredRows = z.object({
  programName: StoredSettings.shape.programName.catch(DEFAULTS.programName),
  idleLockMinutes: StoredSettings.shape.idleLockMinutes.catch(DEFAULTS.idleLockMinutes),
  caseloadCap: StoredSettings.shape.caseloadCap.catch(DEFAULTS.caseloadCap),
  intakeWindowDays: StoredSettings.shape.intakeWindowDays.catch(DEFAULTS.intakeWindowDays),
  referralArea: StoredSettings.shape.referralArea.catch(DEFAULTS.referralArea),
  contactAgingDays: StoredSettings.shape.contactAgingDays.catch(DEFAULTS.contactAgingDays),
  contactOverdueDays: StoredSettings.shape.contactOverdueDays.catch(DEFAULTS.contactOverdueDays),
  meetingWeekday: StoredSettings.shape.meetingWeekday.catch(DEFAULTS.meetingWeekday),
  recoveryKeyConfirmed: StoredSettings.shape.recoveryKeyConfirmed.catch(DEFAULTS.recoveryKeyConfirmed),
} satisfies Record<keyof StoredSettings, z.ZodType>);

/** The settings table (in the desk database), one JSON value per key. */
const statements = preparedFor({
  all: (db) => db.prepare('SELECT key, value FROM settings'),
  upsert: (db) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
});

export function readSettings(db: Db): StoredSettings {
  const rows = statements(db).all.all() as { key: string; value: string }[];
  return StoredRows.parse(Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown])));
}

export function writeSettings(db: Db, values: Partial<StoredSettings>): void {
  const { upsert } = statements(db);
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
}
