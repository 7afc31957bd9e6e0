import { z } from 'zod';

/** Staff roles, from the most to the least privileged. */
export const ROLES = ['administrator', 'supervisor', 'case_manager', 'peer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  supervisor: 'Supervisor',
  case_manager: 'Case manager',
  peer: 'Peer recovery specialist',
};

/*
 * The groups of roles that channels, pages and services name: declared here only, so who may do
 * what is read in one place.
 */

/** The roles that work with participants, and so hold the key to their records (docs/architecture.md). */
export const TEAM_ROLES = ['supervisor', 'case_manager', 'peer'] as const satisfies readonly Role[];
/** Who writes intake records (referrals, enrollment, the assessment, consents); peers read and print. */
export const INTAKE_ROLES = ['supervisor', 'case_manager'] as const satisfies readonly Role[];
/** The staff of a pair, who may cover for another pair for a day. */
export const PAIR_ROLES = ['case_manager', 'peer'] as const satisfies readonly Role[];
/** Who manages accounts and the desk's settings, and sees no participant data. */
export const ADMINISTRATOR_ROLES = ['administrator'] as const satisfies readonly Role[];
export const SUPERVISOR_ROLES = ['supervisor'] as const satisfies readonly Role[];
/** Who sees the staff list and the audit logs. */
export const ADMINISTRATOR_OR_SUPERVISOR_ROLES = ['administrator', 'supervisor'] as const satisfies readonly Role[];

export function hasRole(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role);
}

export function readsRecords(role: Role): boolean {
  return hasRole(TEAM_ROLES, role);
}
