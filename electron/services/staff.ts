import type { Handlers, HandlerContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
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
} from './staff-records';

function staffSubject(id: number) {
  return { subjectType: 'staff', subjectId: String(id) };
}

/** The program must always keep one administrator who can sign in. */
function keepAnAdministrator(context: HandlerContext, member: StaffRecord, what: string): void {
  const db = context.desk.requireDb();
  if (member.role === 'administrator' && member.enabled && countEnabledAdministrators(db) <= 1) {
    throw new UserError('CONFLICT', `${what}: ${member.displayName} is the only active administrator. Make someone else an administrator first.`);
  }
}

export const staffHandlers: Pick<
  Handlers,
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.disable' | 'staff.enable' | 'staff.resetPassword'
> = {
  'staff.list': (_input, { desk }) => listStaff(desk.requireDb()).map((member) => toStaffMember(member, desk.vault)),

  'staff.create': async (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    if (findStaffByUsername(db, input.username)) {
      throw new UserError('CONFLICT', 'That username is taken.', { username: 'That username is taken.' });
    }
    requireStrongPassword(input.temporaryPassword, input, 'temporaryPassword');
    await desk.vault.setPassword(input.username, input.temporaryPassword, desk.requireKey());
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
    const { desk } = context;
    const db = desk.requireDb();
    const member = requireStaff(db, input.id);
    if (member.role !== input.role && member.id === desk.session.user?.id) {
      // Separation of duties: a role is always given by someone else, so no one widens their own.
      throw new UserError('CONFLICT', 'You cannot change your own role. Ask another administrator.', { role: 'You cannot change your own role.' });
    }
    if (member.role !== input.role) keepAnAdministrator(context, member, 'Role not changed');
    context.transaction(() => {
      updateStaff(db, member.id, { displayName: input.displayName, role: input.role }, desk.now());
      if (member.role !== input.role) {
        context.audit({ action: 'staff.roleChanged', ...staffSubject(member.id), detail: { from: member.role, to: input.role } });
      }
      if (member.displayName !== input.displayName) {
        context.audit({ ...staffSubject(member.id), detail: { displayName: { from: member.displayName, to: input.displayName } } });
      }
    });
    if (desk.session.user?.id === member.id) {
      Object.assign(desk.session.user, { displayName: input.displayName, role: input.role });
    }
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.disable': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const member = requireStaff(db, input.id);
    if (member.id === desk.session.user?.id) throw new UserError('CONFLICT', 'You cannot disable your own account.');
    if (!member.enabled) return toStaffMember(member, desk.vault);
    keepAnAdministrator(context, member, 'Account not disabled');
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { enabled: false }, desk.now()));
    // The slot goes only after the database says disabled, so a failure never leaves an
    // enabled account that cannot sign in.
    desk.vault.removePassword(member.username);
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.enable': async (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const member = requireStaff(db, input.id);
    if (member.enabled) throw new UserError('CONFLICT', `${member.displayName}'s account is already active.`);
    requireStrongPassword(input.temporaryPassword, member, 'temporaryPassword');
    await desk.vault.setPassword(member.username, input.temporaryPassword, desk.requireKey());
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { enabled: true, mustChangePassword: true }, desk.now()));
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },

  'staff.resetPassword': async (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const member = requireStaff(db, input.id);
    if (!member.enabled) throw new UserError('CONFLICT', 'Enable the account to give it a new password.');
    if (member.id === desk.session.user?.id) {
      throw new UserError('CONFLICT', 'To change your own password, use Change password: it asks for the current one.');
    }
    requireStrongPassword(input.temporaryPassword, member, 'temporaryPassword');
    await desk.vault.setPassword(member.username, input.temporaryPassword, desk.requireKey());
    context.audit(staffSubject(member.id));
    context.transaction(() => updateStaff(db, member.id, { mustChangePassword: true }, desk.now()));
    return toStaffMember(requireStaff(db, member.id), desk.vault);
  },
};
