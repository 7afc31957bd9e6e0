import type { Db } from '../db/open-database';
import type { Handlers, HandlerContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { readsRecords } from '../../shared/roles';
import type { DeskKeys } from '../vault/vault';
import { requireStrongPassword } from './password-strength';
import {
  countEnabledAdministrators,
  findStaffByUsername,
  insertStaff,
  listStaff,
  requireStaff,
  toStaffMember,
  updateStaff,
  type StaffRecord,
} from '../db/tables/staff';

function staffSubject(id: number) {
  return { subjectType: 'staff', subjectId: String(id) };
}

/** The program must always keep one administrator who can sign in. */
function keepAnAdministrator(db: Db, member: StaffRecord, what: string): void {
  if (member.role === 'administrator' && member.enabled && countEnabledAdministrators(db) <= 1) {
    throw new UserError(
      'CONFLICT',
      `${what}: ${member.displayName} is the only active administrator. Make someone else an administrator first.`,
    );
  }
}

export const staffHandlers: Pick<
  Handlers,
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.disable' | 'staff.enable' | 'staff.resetPassword' | 'staff.grantRecords'
> = {
  'staff.list': (_input, { desk, db }) => listStaff(db).map((member) => toStaffMember(member, desk.vault)),

  'staff.create': async (input, context) => {
    const { desk, db } = context;
    if (findStaffByUsername(db, input.username)) {
      throw new UserError('CONFLICT', 'That username is taken.', { username: 'That username is taken.' });
    }
    requireStrongPassword(input.temporaryPassword, input, 'temporaryPassword');
    // The desk key only: a team account gets the records key from a supervisor (staff.grantRecords).
    await desk.vault.setPassword(input.username, input.temporaryPassword, deskKeyOnly(desk));
    try {
      const id = context.transaction(() => {
        const newId = insertStaff(db, { ...input, mustChangePassword: true }, desk.now());
        context.audit({ ...staffSubject(newId), detail: { username: input.username, role: input.role } });
        return newId;
      });
      return toStaffMember(requireStaff(db, id), desk.vault);
    } catch (error) {
      desk.vault.removePassword(input.username);
      throw error;
    }
  },

  'staff.update': (input, context) => {
    const { desk, db, user } = context;
    const member = requireStaff(db, input.id);
    if (member.role !== input.role && member.id === user.id) {
      // Separation of duties: a role is always given by someone else, so no one widens their own.
      throw new UserError('CONFLICT', 'You cannot change your own role. Ask another administrator.', {
        role: 'You cannot change your own role.',
      });
    }
    if (member.role !== input.role) keepAnAdministrator(db, member, 'Role not changed');
    // Records access follows the role: a team role given by an administrator waits for a
    // supervisor; a role that does not read records gives the key up, and it is rotated.
    if (readsRecords(member.role) && !readsRecords(input.role)) desk.vault.revokeRecords(member.username);
    context.transaction(() => {
      updateStaff(db, member.id, { displayName: input.displayName, role: input.role, workPhone: input.workPhone }, desk.now());
      if (member.role !== input.role) {
        context.audit({ action: 'staff.roleChanged', ...staffSubject(member.id), detail: { from: member.role, to: input.role } });
      }
      if (member.displayName !== input.displayName) {
        context.audit({ ...staffSubject(member.id), detail: { displayName: { from: member.displayName, to: input.displayName } } });
      }
      if (member.workPhone !== input.workPhone) {
        context.audit({ ...staffSubject(member.id), detail: { workPhone: { from: member.workPhone, to: input.workPhone } } });
      }
    });
    if (user.id === member.id) Object.assign(user, { displayName: input.displayName, role: input.role });
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.disable': (input, context) => {
    const { desk, db, user } = context;
    const member = requireStaff(db, input.id);
    if (member.id === user.id) throw new UserError('CONFLICT', 'You cannot disable your own account.');
    if (!member.enabled) return toStaffMember(member, desk.vault);
    keepAnAdministrator(db, member, 'Account not disabled');
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { enabled: false }, desk.now()));
    // The slot goes only after the database says disabled, so a failure never leaves an
    // enabled account that cannot sign in. Then the keys it held are rotated, so an old key
    // file and this password open nothing made from now on (the records key at once if this
    // sign-in holds it, else at the next sign-in that does).
    desk.vault.removePassword(member.username);
    desk.rotateKeys({ records: desk.vault.recordsKeyRotationDue() });
    // The rotation reopened the database: context.db is the new connection.
    return toStaffMember(requireStaff(context.db, member.id), desk.vault);
  },

  'staff.enable': async (input, context) => {
    const { desk, db } = context;
    const member = requireStaff(db, input.id);
    if (member.enabled) throw new UserError('CONFLICT', `${member.displayName}'s account is already active.`);
    requireStrongPassword(input.temporaryPassword, member, 'temporaryPassword');
    await desk.vault.setPassword(member.username, input.temporaryPassword, deskKeyOnly(desk));
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { enabled: true, mustChangePassword: true }, desk.now()));
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.resetPassword': async (input, context) => {
    const { desk, db, user } = context;
    const member = requireStaff(db, input.id);
    if (!member.enabled) throw new UserError('CONFLICT', 'Enable the account to give it a new password.');
    if (member.id === user.id) {
      throw new UserError('CONFLICT', 'To change your own password, use Change password: it asks for the current one.');
    }
    requireStrongPassword(input.temporaryPassword, member, 'temporaryPassword');
    // A new key pair under the temporary password: the records key the old one held is not
    // carried over (the administrator knows this password), so a supervisor completes it again.
    await desk.vault.setPassword(member.username, input.temporaryPassword, deskKeyOnly(desk));
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { mustChangePassword: true }, desk.now()));
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.grantRecords': (input, context) => {
    const { desk, db } = context;
    const member = requireStaff(db, input.id);
    if (!member.enabled || !readsRecords(member.role)) {
      throw new UserError('CONFLICT', `${member.displayName}'s account does not need the key to participant records.`);
    }
    if (member.mustChangePassword) {
      // The administrator who set the temporary password could otherwise sign in with it and read.
      throw new UserError(
        'CONFLICT',
        `${member.displayName} must sign in and choose their own password first; then you can complete the account.`,
      );
    }
    const access = desk.vault.access(member.username);
    if (access === 'records' || access === 'legacy') return toStaffMember(member, desk.vault);
    if (access === 'none')
      throw new UserError('CONFLICT', `${member.displayName}'s account needs a new password from an administrator first.`);
    desk.vault.grantRecords(member.username, desk.requireRecordsKey());
    context.audit({ action: 'staff.recordsGranted', ...staffSubject(member.id) });
    return toStaffMember(member, desk.vault);
  },
};

/** What an administrator's action may give an account: never the records key. */
function deskKeyOnly(desk: HandlerContext['desk']): DeskKeys {
  return { desk: desk.requireKeys().desk, records: null };
}
