import type { Settings } from '../../shared/ipc/settings-contract';
import { readSettings, writeSettings, type StoredSettings } from '../db/tables/settings';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';

function publicSettings({ recoveryKeyConfirmed: _internal, ...settings }: StoredSettings): Settings {
  return settings;
}

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => publicSettings(readSettings(db)),
  'settings.update': (input, context) => {
    const { db } = context;
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
