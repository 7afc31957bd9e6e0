import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { timeLabel } from '../../ui/dates';

/** What a reader needs to know about an account, most important first. */
export function staffStatus(member: StaffMember): string[] {
  if (!member.enabled) return ['Disabled'];
  const status = ['Active'];
  if (member.lockedUntil) status.push(`Locked until ${timeLabel(member.lockedUntil)}`);
  if (member.mustChangePassword) status.push('Must change password');
  if (member.recordsAccess === 'awaitingSupervisor') status.push('Waiting for a supervisor to complete it');
  if (member.recordsAccess === 'needsReset') status.push('Needs a new password (its key slot was retired)');
  return status;
}
