import type { Settings } from '../../shared/ipc/contract';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../shared/security-policy';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';

interface StoredSettings extends Settings {
  recoveryKeyConfirmed: boolean;
}

const DEFAULTS: StoredSettings = {
  programName: 'LEAD',
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
  recoveryKeyConfirmed: false,
};

export function readSettings(db: Db): StoredSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...DEFAULTS, ...stored } as StoredSettings;
}

export function writeSettings(db: Db, values: Partial<StoredSettings>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
}

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { desk }) => {
    const { programName, idleLockMinutes } = readSettings(desk.requireDb());
    return { programName, idleLockMinutes };
  },
  'settings.update': (input, context) => {
    const db = context.desk.requireDb();
    const before = readSettings(db);
    context.audit({
      detail: {
        programName: before.programName === input.programName ? undefined : { from: before.programName, to: input.programName },
        idleLockMinutes:
          before.idleLockMinutes === input.idleLockMinutes ? undefined : { from: before.idleLockMinutes, to: input.idleLockMinutes },
      },
    });
    context.transaction(() => writeSettings(db, input));
    return input;
  },
};
