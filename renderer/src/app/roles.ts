import type { Role } from '../../../shared/roles';

/** Who sees participant data: the team. Administrators manage the desk but see no participant data. */
export { TEAM_ROLES } from '../../../shared/roles';

/** Who writes intake records (assessment, consents); peers read and print. */
export const INTAKE_ROLES = ['case_manager', 'supervisor'] as const satisfies readonly Role[];

export function canWriteIntake(role: Role): boolean {
  return (INTAKE_ROLES as readonly Role[]).includes(role);
}
