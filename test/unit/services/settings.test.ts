import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/open-database';
import { readSettings } from '../../../electron/db/tables/settings';
import { PROGRAM_SETTING_DEFAULTS } from '../../../shared/domain/program-settings';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../../shared/security-policy';

/** A settings table holding these rows: readSettings only runs its one SELECT. */
function tableOf(rows: Record<string, unknown>): Db {
  const all = () => Object.entries(rows).map(([key, value]) => ({ key, value: JSON.stringify(value) }));
  return { prepare: () => ({ all }) } as unknown as Db;
}

describe('stored settings', () => {
  it('reads the defaults from an empty table', () => {
    expect(readSettings(tableOf({}))).toEqual({
      programName: 'LEAD',
      idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
      ...PROGRAM_SETTING_DEFAULTS,
      recoveryKeyConfirmed: false,
    });
  });

  it('reads what was saved', () => {
    const settings = readSettings(
      tableOf({ programName: 'LEAD Test County', idleLockMinutes: 5, caseloadCap: 20, recoveryKeyConfirmed: true }),
    );
    expect(settings).toMatchObject({ programName: 'LEAD Test County', idleLockMinutes: 5, caseloadCap: 20, recoveryKeyConfirmed: true });
  });

  it('reads a value its schema refuses as the default, and drops unknown keys', () => {
    const settings = readSettings(tableOf({ idleLockMinutes: 600, caseloadCap: 'many', retired: 1 }));
    expect(settings.idleLockMinutes).toBe(IDLE_LOCK_DEFAULT_MINUTES);
    expect(settings.caseloadCap).toBe(PROGRAM_SETTING_DEFAULTS.caseloadCap);
    expect(settings).not.toHaveProperty('retired');
  });
});
