import type { SessionView } from '../../shared/ipc/session-contract';
import { readsRecords } from '../../shared/roles';
import type { Desk } from '../desk';
import type { Db } from '../db/open-database';
import { readSettings } from '../db/tables/settings';
import { listStaff, type StaffRecord } from '../db/tables/staff';

/** Signs `member` in at this desk and describes the session for the renderer. */
export function startSession(desk: Desk, member: StaffRecord): SessionView {
  desk.session.user = {
    id: member.id,
    username: member.username,
    displayName: member.displayName,
    role: member.role,
    mustChangePassword: member.mustChangePassword,
  };
  desk.session.lastActivityMs = desk.clock.now().getTime();
  desk.session.openedRecords = new Set();
  return sessionView(desk, desk.requireDb());
}

export function sessionView(desk: Desk, db: Db): SessionView {
  const user = desk.session.user;
  if (!user) throw new Error('sessionView without a signed-in user');
  const settings = readSettings(db);
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    programName: settings.programName,
    idleLockMinutes: settings.idleLockMinutes,
    mustChangePassword: user.mustChangePassword,
    // A pending key left by a replacement that was never confirmed must be issued again.
    recoveryKeyConfirmed: settings.recoveryKeyConfirmed && !desk.vault.hasPendingRecoveryKey() && desk.vault.recoveryKeyCurrent(),
    recordsAccess: !readsRecords(user.role) ? 'notNeeded' : desk.hasRecords() ? 'granted' : 'awaitingSupervisor',
    awaitingSupervisor: user.role === 'supervisor' && desk.hasRecords() ? awaitingSupervisor(desk, db) : [],
  };
}

/** Team accounts without the records key: what the supervisor's home lists for them to complete. */
function awaitingSupervisor(desk: Desk, db: Db): SessionView['awaitingSupervisor'] {
  return listStaff(db)
    .filter((member) => member.enabled && readsRecords(member.role) && desk.vault.access(member.username) === 'desk')
    .map((member) => ({ id: member.id, displayName: member.displayName, role: member.role, readyToComplete: !member.mustChangePassword }));
}
