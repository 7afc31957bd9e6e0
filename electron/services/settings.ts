import { z } from 'zod';
import { Settings } from '../../shared/ipc/settings-contract';
import { PROGRAM_SETTING_DEFAULTS } from '../../shared/domain/program-settings';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../shared/security-policy';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';

const StoredSettings = Settings.extend({ recoveryKeyConfirmed: z.boolean() });
type StoredSettings = z.infer<typeof StoredSettings>;

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

export function readSettings(db: Db): StoredSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return StoredRows.parse(Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown])));
}

function publicSettings({ recoveryKeyConfirmed: _internal, ...settings }: StoredSettings): Settings {
  return settings;
}

export function writeSettings(db: Db, values: Partial<StoredSettings>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
}

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { desk }) => publicSettings(readSettings(desk.requireDb())),
  'settings.update': (input, context) => {
    const db = context.desk.requireDb();
    const before = readSettings(db);
    const after = { ...before, ...input };
    if (after.contactOverdueDays <= after.contactAgingDays) {
      const message = 'Red must come after amber: choose more days for red than for amber.';
      throw new UserError('INVALID_INPUT', message, { contactOverdueDays: message });
    }
    const changes = Object.fromEntries(
      Object.entries(input)
        .filter(([key, value]) => before[key as keyof Settings] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof Settings], to: value }]),
    );
    context.audit({ detail: changes });
    context.transaction(() => writeSettings(db, input));
    return publicSettings(after);
  },
};
