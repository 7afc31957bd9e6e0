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

/** The roles that work with participants, and so hold the key to their records (docs/architecture.md). */
export const TEAM_ROLES = ['supervisor', 'case_manager', 'peer'] as const satisfies readonly Role[];

export function readsRecords(role: Role): boolean {
  return (TEAM_ROLES as readonly Role[]).includes(role);
}
