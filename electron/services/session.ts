import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import type { Desk } from '../desk';
import {
  ACCOUNT_LOCKOUT_MINUTES,
  MAX_FAILED_RECOVERY_KEYS,
  MAX_FAILED_SIGN_INS,
  RECOVERY_LOCKOUT_MINUTES,
} from '../../shared/security-policy';
import { requireStrongPassword } from './password-strength';
import { sessionView, startSession } from './session-view';
import { readSettings } from './settings';
import { findStaffByUsername, updateStaff } from './staff-records';
import type { PasswordUnlock } from '../vault/vault';

function refusal(result: Exclude<PasswordUnlock, { ok: true }>): UserError {
  if (result.reason === 'locked') {
    return new UserError(
      'ACCOUNT_LOCKED',
      `This account is locked for ${ACCOUNT_LOCKOUT_MINUTES} minutes after ${MAX_FAILED_SIGN_INS} wrong passwords in a row. Try again after ${clockTime(result.lockedUntil)}, or ask an administrator to reset the password.`,
    );
  }
  return new UserError(
    'BAD_CREDENTIALS',
    `The username or password is not right. After ${MAX_FAILED_SIGN_INS} wrong passwords in a row the account locks for ${ACCOUNT_LOCKOUT_MINUTES} minutes.`,
  );
}

function clockTime(instant: string): string {
  return new Date(instant).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

function recoveryRefusal(lockedUntil: string | null): UserError {
  if (lockedUntil) {
    const message = `The recovery key is locked for ${RECOVERY_LOCKOUT_MINUTES} minutes after ${MAX_FAILED_RECOVERY_KEYS} wrong keys in a row. Try again after ${clockTime(lockedUntil)}.`;
    return new UserError('ACCOUNT_LOCKED', message, { recoveryKey: message });
  }
  return new UserError('BAD_CREDENTIALS', 'That recovery key is not right. Check each group of characters.', {
    recoveryKey: 'That recovery key is not right.',
  });
}

/** Locks the desk for an ending session, writing the audit entry while the database is still open. */
export function endSession(desk: Desk, action: string, reason: 'idle' | 'lock' | 'signOut'): void {
  const user = desk.session.user;
  if (user && desk.isOpen()) {
    const db = desk.requireDb();
    db.transaction(() => desk.audit(db, { actorId: user.id, action }))();
  }
  desk.close();
  desk.emit({ type: 'session.ended', reason });
}

/** Called on a timer by the main process (and by the test harness with its own clock). */
export function lockIfIdle(desk: Desk): boolean {
  if (!desk.session.user || !desk.isOpen()) return false;
  const idleMs = readSettings(desk.requireDb()).idleLockMinutes * 60_000;
  if (desk.clock.now().getTime() - desk.session.lastActivityMs < idleMs) return false;
  endSession(desk, 'session.idleLock', 'idle');
  return true;
}

export const sessionHandlers: Pick<
  Handlers,
  'session.signIn' | 'session.recover' | 'session.touch' | 'session.lock' | 'session.signOut' | 'account.changePassword'
> = {
  'session.signIn': async (input, context) => {
    const { desk } = context;
    desk.close();
    const result = await desk.vault.unlockWithPassword(input.username, input.password);
    if (!result.ok) throw refusal(result);
    const db = desk.open(result.key, { create: false });
    const member = findStaffByUsername(db, input.username);
    if (!member?.enabled) {
      desk.close();
      throw refusal({ ok: false, reason: 'bad-credentials' });
    }
    const view = startSession(desk, member);
    context.audit({ subjectType: 'staff', subjectId: String(member.id) });
    return view;
  },

  'session.recover': async (input, context) => {
    const { desk } = context;
    desk.close();
    const key = desk.vault.unlockWithRecoveryKey(input.recoveryKey);
    if (!key) throw recoveryRefusal(desk.vault.recoveryLockedUntil());
    const db = desk.open(key, { create: false });
    const member = findStaffByUsername(db, input.username);
    if (!member?.enabled) {
      desk.close();
      throw new UserError('NOT_FOUND', 'There is no active account with that username.', {
        username: 'There is no active account with that username.',
      });
    }
    try {
      requireStrongPassword(input.newPassword, member, 'newPassword');
    } catch (error) {
      desk.close();
      throw error;
    }
    await desk.vault.setPassword(member.username, input.newPassword, desk.requireKey());
    context.transaction(() => updateStaff(db, member.id, { mustChangePassword: false }, desk.now()));
    const view = startSession(desk, { ...member, mustChangePassword: false });
    context.audit({ subjectType: 'staff', subjectId: String(member.id), detail: { method: 'recovery key' } });
    return view;
  },

  'session.touch': () => ({ done: true }),

  'session.lock': (_input, { desk }) => {
    endSession(desk, 'session.lock', 'lock');
    return { done: true };
  },

  'session.signOut': (_input, { desk }) => {
    endSession(desk, 'session.signOut', 'signOut');
    return { done: true };
  },

  'account.changePassword': async (input, context) => {
    const { desk } = context;
    const user = desk.session.user!;
    const check = await desk.vault.unlockWithPassword(user.username, input.currentPassword);
    if (!check.ok) {
      if (check.reason === 'locked') endSession(desk, 'session.lock', 'lock');
      throw check.reason === 'locked'
        ? refusal(check)
        : new UserError('BAD_CREDENTIALS', 'Your current password is not right.', { currentPassword: 'Your current password is not right.' });
    }
    check.key.fill(0);
    if (input.newPassword === input.currentPassword) {
      throw new UserError('INVALID_INPUT', 'Choose a password different from the current one.', {
        newPassword: 'Choose a password different from the current one.',
      });
    }
    requireStrongPassword(input.newPassword, user, 'newPassword');
    await desk.vault.setPassword(user.username, input.newPassword, desk.requireKey());
    const db = desk.requireDb();
    context.audit({ subjectType: 'staff', subjectId: String(user.id) });
    context.transaction(() => updateStaff(db, user.id, { mustChangePassword: false }, desk.now()));
    user.mustChangePassword = false;
    return sessionView(desk, db);
  },
};
