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
import { readSettings } from '../db/tables/settings';
import { findStaffByUsername, updateStaff } from '../db/tables/staff';
import { zeroUnlocked, type PasswordUnlock } from '../vault/vault';
import { readsRecords } from '../../shared/roles';

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
  | 'session.signIn'
  | 'session.recover'
  | 'session.touch'
  | 'session.lock'
  | 'session.signOut'
  | 'account.changePassword'
  | 'account.completeWithRecoveryKey'
> = {
  'session.signIn': async (input, context) => {
    const { desk } = context;
    desk.close();
    const result = await desk.vault.unlockWithPassword(input.username, input.password);
    if (!result.ok) throw refusal(result);
    const legacySlot = result.unlocked.layout === 'combined' || result.unlocked.legacySlot;
    const db = desk.open(result.unlocked);
    const member = findStaffByUsername(db, input.username);
    if (!member?.enabled) {
      desk.close();
      throw refusal({ ok: false, reason: 'bad-credentials' });
    }
    if (!readsRecords(member.role)) desk.dropRecords();
    // A slot from before the key split is rewritten now that its password is known, keeping the
    // keys this role holds; the last one rewritten retires the old key (vault.ts).
    if (legacySlot) await desk.vault.setPassword(member.username, input.password, desk.requireKeys());
    desk.settleOwedKeyWork();
    const view = startSession(desk, member);
    context.audit({ subjectType: 'staff', subjectId: String(member.id) });
    return view;
  },

  'session.recover': async (input, context) => {
    const { desk } = context;
    desk.close();
    const unlocked = desk.vault.unlockWithRecoveryKey(input.recoveryKey);
    if (!unlocked) throw recoveryRefusal(desk.vault.recoveryLockedUntil());
    const legacyRecovery = unlocked.layout === 'combined' || unlocked.legacySlot;
    const db = desk.open(unlocked);
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
    if (legacyRecovery) desk.vault.rewriteRecoverySlot(input.recoveryKey, desk.requireKeys());
    if (!readsRecords(member.role)) desk.dropRecords();
    await desk.vault.setPassword(member.username, input.newPassword, desk.requireKeys());
    desk.settleOwedKeyWork();
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
    const { desk, user } = context;
    const check = await desk.vault.unlockWithPassword(user.username, input.currentPassword);
    if (!check.ok) {
      if (check.reason === 'locked') endSession(desk, 'session.lock', 'lock');
      throw check.reason === 'locked'
        ? refusal(check)
        : new UserError('BAD_CREDENTIALS', 'Your current password is not right.', {
            currentPassword: 'Your current password is not right.',
          });
    }
    zeroUnlocked(check.unlocked);
    if (input.newPassword === input.currentPassword) {
      throw new UserError('INVALID_INPUT', 'Choose a password different from the current one.', {
        newPassword: 'Choose a password different from the current one.',
      });
    }
    requireStrongPassword(input.newPassword, user, 'newPassword');
    // A new key pair, with the keys this sign-in holds sealed to it.
    await desk.vault.setPassword(user.username, input.newPassword, desk.requireKeys());
    const { db } = context;
    context.audit({ subjectType: 'staff', subjectId: String(user.id) });
    context.transaction(() => updateStaff(db, user.id, { mustChangePassword: false }, desk.now()));
    user.mustChangePassword = false;
    return sessionView(desk, db);
  },

  'account.completeWithRecoveryKey': (input, context) => {
    const { desk, user } = context;
    if (desk.hasRecords()) throw new UserError('CONFLICT', 'Your account already opens participant records.');
    const unlocked = desk.vault.unlockWithRecoveryKey(input.recoveryKey);
    if (!unlocked) throw recoveryRefusal(desk.vault.recoveryLockedUntil());
    const records = unlocked.layout === 'split' ? unlocked.keys.records : null;
    if (unlocked.layout === 'split') unlocked.keys.desk.fill(0);
    else zeroUnlocked(unlocked);
    if (!records) {
      throw new UserError(
        'CONFLICT',
        'This recovery key does not open participant records yet: it was issued by an administrator, and it is completed at the next sign-in of a team member who holds them. Ask another supervisor to complete your account.',
      );
    }
    desk.vault.grantRecords(user.username, records);
    desk.takeRecords(records);
    desk.settleOwedKeyWork();
    context.audit({ action: 'staff.recordsGranted', subjectType: 'staff', subjectId: String(user.id), detail: { method: 'recovery key' } });
    return sessionView(desk, context.db);
  },
};
