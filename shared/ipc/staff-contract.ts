import { z } from 'zod';
import { ADMINISTRATOR_OR_SUPERVISOR_ROLES, ADMINISTRATOR_ROLES, Role, SUPERVISOR_ROLES } from '../roles';
import { channel, Empty, Id, IsoDateTime } from './channel';
import { Phone } from '../domain/assessment';
import { DisplayName, NewPassword, Username } from './session-contract';

/** Staff accounts: administrators create and change them; a supervisor completes a team account. */

export const StaffMember = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  enabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Printed on the referral slips and wallet cards this person hands out. */
  workPhone: z.string().nullable(),
  lockedUntil: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  /**
   * Whether the account holds the key to participant records: `awaitingSupervisor` for a team
   * account an administrator created, reset or gave a team role, until a supervisor completes
   * it; `needsReset` for a slot from before the key split that a key rotation dropped.
   */
  recordsAccess: z.enum(['granted', 'awaitingSupervisor', 'notNeeded', 'needsReset']),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const staffChannels = {
  'staff.list': channel({ access: ADMINISTRATOR_OR_SUPERVISOR_ROLES, audit: 'none', input: Empty, output: z.array(StaffMember) }),
  'staff.create': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z
      .object({
        displayName: DisplayName,
        username: Username,
        role: Role,
        workPhone: Phone.nullable().default(null),
        temporaryPassword: NewPassword,
      })
      .strict(),
    output: StaffMember,
  }),
  'staff.update': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, displayName: DisplayName, role: Role, workPhone: Phone.nullable() }).strict(),
    output: StaffMember,
  }),
  'staff.disable': channel({ access: ADMINISTRATOR_ROLES, audit: 'write', input: z.object({ id: Id }).strict(), output: StaffMember }),
  'staff.enable': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, temporaryPassword: NewPassword }).strict(),
    output: StaffMember,
  }),
  'staff.resetPassword': channel({
    access: ADMINISTRATOR_ROLES,
    audit: 'write',
    input: z.object({ id: Id, temporaryPassword: NewPassword }).strict(),
    output: StaffMember,
  }),
  /** A supervisor completes a team account: seals the records key to it. */
  'staff.grantRecords': channel({ access: SUPERVISOR_ROLES, audit: 'write', input: z.object({ id: Id }).strict(), output: StaffMember }),
} as const;
