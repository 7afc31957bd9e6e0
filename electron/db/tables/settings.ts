import type { Settings } from '../../../shared/ipc/contract';
import { PROGRAM_SETTING_DEFAULTS } from '../../../shared/domain/program-settings';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../../shared/security-policy';
import type { Db } from '../open-database';
import { preparedFor } from '../prepared';

export interface StoredSettings extends Settings {
  recoveryKeyConfirmed: boolean;
}

const DEFAULTS: StoredSettings = {
  programName: 'LEAD',
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
  ...PROGRAM_SETTING_DEFAULTS,
  recoveryKeyConfirmed: false,
};

/** The settings table (in the desk database), one JSON value per key. */
const statements = preparedFor({
  all: (db) => db.prepare('SELECT key, value FROM settings'),
  upsert: (db) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
});

export function readSettings(db: Db): StoredSettings {
  const rows = statements(db).all.all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...DEFAULTS, ...stored } as StoredSettings;
}

export function writeSettings(db: Db, values: Partial<StoredSettings>): void {
  const { upsert } = statements(db);
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
}
