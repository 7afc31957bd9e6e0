import { rmSync } from 'node:fs';
import type { AppStatus } from '../../shared/ipc/contract';
import { damagedDatabase } from '../db/database-problem';
import { DATABASE_FILE, KEYSLOTS_FILE, type Desk } from '../desk';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { readKeySlots } from '../vault/keyslots-file';
import { generateRecoveryKey, pickCheckGroups } from '../vault/recovery-key';
import { newDatabaseKey } from '../vault/vault';
import { join } from 'node:path';
import { sessionView, startSession } from './session-view';
import { writeSettings } from './settings';
import { insertStaff, requireStaff } from './staff-records';
import { TRAINING_ACCOUNTS } from '../synthetic/synthetic-accounts';

export function appStatus(desk: Desk): AppStatus {
  const slots = readKeySlots(join(desk.options.dataDir, KEYSLOTS_FILE));
  const hasDatabase = desk.databaseExists();
  if (slots.status === 'missing' && !hasDatabase) return { phase: 'setup' };
  if (slots.status === 'missing') {
    return {
      phase: 'problem',
      problem: 'keyslots-missing',
      message: `The key file (${KEYSLOTS_FILE}) is missing from the data folder, so the database cannot be opened. Restore the file from a backup of this machine's data folder. Nothing has been changed.`,
    };
  }
  if (slots.status === 'damaged') {
    return {
      phase: 'problem',
      problem: 'keyslots-damaged',
      message: `The key file (${KEYSLOTS_FILE}) is damaged (${slots.detail}), so the database cannot be opened. Restore the file from a backup of this machine's data folder. Nothing has been changed.`,
    };
  }
  if (!hasDatabase) {
    return {
      phase: 'problem',
      problem: 'database-missing',
      message: `The database file (${DATABASE_FILE}) is missing from the data folder. Restore it from a backup of this machine's data folder. Nothing has been changed.`,
    };
  }
  if (desk.isDamaged()) return { phase: 'problem', problem: 'database-damaged', message: damagedDatabase().message };
  return { phase: 'ready', signedIn: desk.session.user && desk.isOpen() ? sessionView(desk, desk.requireDb()) : null };
}

export const setupHandlers: Pick<Handlers, 'app.status' | 'app.mode' | 'setup.create'> = {
  'app.status': (_input, { desk }) => appStatus(desk),
  'app.mode': (_input, { desk }) => (desk.options.training ? { training: true, trainingAccounts: TRAINING_ACCOUNTS } : { training: false, trainingAccounts: null }),

  'setup.create': async (input, context) => {
    const { desk } = context;
    if (appStatus(desk).phase !== 'setup') {
      throw new UserError('CONFLICT', 'LEAD Desk is already set up on this machine.');
    }
    const key = newDatabaseKey();
    const recoveryKey = generateRecoveryKey();
    await desk.vault.create(key, recoveryKey, input.username, input.password);
    let adminId: number;
    try {
      const db = desk.open(key, { create: true });
      adminId = context.transaction(() => {
        writeSettings(db, { programName: input.programName, recoveryKeyConfirmed: false });
        return insertStaff(db, { username: input.username, displayName: input.displayName, role: 'administrator', mustChangePassword: false }, desk.now());
      });
    } catch (error) {
      // A setup that did not finish leaves nothing behind, so it can simply be tried again.
      desk.close();
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEYSLOTS_FILE]) {
        rmSync(join(desk.options.dataDir, file), { force: true });
      }
      throw error;
    }
    const db = desk.requireDb();
    const session = startSession(desk, requireStaff(db, adminId));
    const groups = pickCheckGroups();
    desk.session.pendingRecoveryKey = { key: recoveryKey, groups };
    context.audit({ subjectType: 'staff', subjectId: String(adminId), detail: { role: 'administrator' } });
    return { recoveryKey, check: { groups }, session };
  },
};
