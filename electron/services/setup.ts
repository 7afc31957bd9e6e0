import { existsSync, readdirSync, rmSync } from 'node:fs';
import type { AppStatus } from '../../shared/ipc/session-contract';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import { damagedDatabase } from '../db/database-problem';
import { isDatabaseArtifact } from '../db/desk-databases';
import { KEYSLOTS_FILE, type Desk } from '../desk';
import { removeFileDurably, writeFileAtomic } from '../fs-atomic';
import type { HandlerContext, Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { readKeySlots } from '../vault/keyslots-file';
import { generateRecoveryKey, pickCheckGroups } from '../vault/recovery-key';
import { newDeskKeys } from '../vault/vault';
import { join } from 'node:path';
import { sessionView, startSession } from './session-view';
import { writeSettings } from '../db/tables/settings';
import { insertStaff, requireStaff } from '../db/tables/staff';
import { TRAINING_ACCOUNTS } from '../synthetic/synthetic-accounts';
import { requireStrongPassword } from './password-strength';

/**
 * First-run setup writes the key file and then the database; no crash point can be avoided
 * between them, and a key file without its database looks exactly like a finished desk that
 * lost its database. So setup writes this marker (atomically) before either file and removes
 * it (durably) only once the administrator exists in the database. While it is there, whatever
 * else is in the folder is an unfinished setup that nobody ever used (its recovery key was
 * never shown), and setup is offered again from scratch. Without it a missing file is a real
 * loss, reported and never wiped.
 */
const SETUP_MARKER_FILE = 'setup-in-progress';
/** Setup awaits the key derivation; a second request meanwhile (a double click) would wipe the first's files. */
const setupsUnderWay = new WeakSet<Desk>();

export function appStatus(desk: Desk): AppStatus {
  if (existsSync(setupMarker(desk))) return { phase: 'setup' };
  const slots = readKeySlots(join(desk.options.dataDir, KEYSLOTS_FILE));
  if (slots.status === 'missing' && !desk.anyDatabaseFile()) return { phase: 'setup' };
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
  const missing = desk.missingDatabaseFile();
  if (missing) {
    return {
      phase: 'problem',
      problem: 'database-missing',
      message: `The database file (${missing}) is missing from the data folder. Restore it from a backup of this machine's data folder. Nothing has been changed.`,
    };
  }
  if (desk.isDamaged()) return { phase: 'problem', problem: 'database-damaged', message: damagedDatabase().message };
  return { phase: 'ready', signedIn: desk.session.user && desk.isOpen() ? sessionView(desk, desk.requireDb()) : null };
}

export const setupHandlers: Pick<Handlers, 'app.status' | 'app.mode' | 'setup.create'> = {
  'app.status': (_input, { desk }) => appStatus(desk),
  'app.mode': (_input, { desk }) =>
    desk.options.training ? { training: true, trainingAccounts: TRAINING_ACCOUNTS } : { training: false, trainingAccounts: null },

  'setup.create': async (input, context) => {
    const { desk } = context;
    if (setupsUnderWay.has(desk)) throw new UserError('CONFLICT', 'LEAD Desk is already being set up.');
    if (appStatus(desk).phase !== 'setup') {
      throw new UserError('CONFLICT', 'LEAD Desk is already set up on this machine.');
    }
    requireStrongPassword(input.password, input, 'password');
    setupsUnderWay.add(desk);
    try {
      return await createDesk(input, context);
    } finally {
      setupsUnderWay.delete(desk);
    }
  },
};

/** The files, in the order that makes a crash at any point recoverable (see SETUP_MARKER_FILE). */
async function createDesk(input: ParsedInput<'setup.create'>, context: HandlerContext): Promise<ChannelOutput<'setup.create'>> {
  const { desk } = context;
  writeFileAtomic(setupMarker(desk), `${JSON.stringify({ startedAt: desk.now() })}\n`);
  removeSetupFiles(desk);
  const keys = newDeskKeys();
  const recoveryKey = generateRecoveryKey();
  let adminId: number;
  try {
    const databases = desk.createDatabases(keys);
    await desk.vault.create(keys, databases, recoveryKey, input.username, input.password);
    const db = desk.openNew(keys);
    adminId = context.transaction(() => {
      writeSettings(db, { programName: input.programName, recoveryKeyConfirmed: false });
      return insertStaff(
        db,
        { username: input.username, displayName: input.displayName, role: 'administrator', mustChangePassword: false },
        desk.now(),
      );
    });
  } catch (error) {
    // A setup that did not finish leaves nothing behind, so it can simply be tried again.
    keys.desk.fill(0);
    keys.records.fill(0);
    desk.close();
    removeSetupFiles(desk);
    removeFileDurably(setupMarker(desk));
    throw error;
  }
  removeFileDurably(setupMarker(desk));
  // The administrator holds the desk key only (docs/architecture.md, "The vault").
  desk.dropRecords();
  const db = desk.requireDb();
  const session = startSession(desk, requireStaff(db, adminId));
  const groups = pickCheckGroups();
  desk.session.pendingRecoveryKey = { key: recoveryKey, groups };
  context.audit({ subjectType: 'staff', subjectId: String(adminId), detail: { role: 'administrator' } });
  return { recoveryKey, check: { groups }, session };
}

function setupMarker(desk: Desk): string {
  return join(desk.options.dataDir, SETUP_MARKER_FILE);
}

/** Only ever called while the marker says no setup has finished, so nothing used is lost. */
function removeSetupFiles(desk: Desk): void {
  for (const name of readdirSync(desk.options.dataDir))
    if (isDatabaseArtifact(name) || name === KEYSLOTS_FILE) rmSync(join(desk.options.dataDir, name), { force: true });
}
