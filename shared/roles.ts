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
