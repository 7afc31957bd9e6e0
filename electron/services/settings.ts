import type { Settings } from '../../shared/ipc/settings-contract';
import { PROGRAM_SETTING_DEFAULTS } from '../../shared/domain/program-settings';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../shared/security-policy';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';

interface StoredSettings extends Settings {
  recoveryKeyConfirmed: boolean;
}

const DEFAULTS: StoredSettings = {
  programName: 'LEAD',
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
  ...PROGRAM_SETTING_DEFAULTS,
  recoveryKeyConfirmed: false,
};

export function readSettings(db: Db): StoredSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...DEFAULTS, ...stored } as StoredSettings;
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
