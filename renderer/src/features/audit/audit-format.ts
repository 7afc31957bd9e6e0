import type { AuditEntry } from '../../../../shared/ipc/audit-contract';
import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import { ROLE_LABELS } from '../../../../shared/roles';

/** What each recorded action means, in plain words. An action not listed shows as recorded. */
const ACTION_LABELS: Record<string, string> = {
  'setup.create': 'Set up LEAD Desk',
  'session.signIn': 'Signed in',
  'session.recover': 'Reset password with the recovery key',
  'session.lock': 'Locked the screen',
  'session.idleLock': 'Locked after idle time',
  'session.signOut': 'Signed out',
  'signIn.failed': 'Wrong password',
  'signIn.refusedWhileLocked': 'Sign-in refused: account locked',
  'signIn.unknownUsername': 'Sign-in with an unknown username',
  'account.lockedOut': 'Account locked after wrong passwords',
  'account.changePassword': 'Changed own password',
  'recovery.failed': 'Wrong recovery key',
  'recovery.refusedWhileLocked': 'Recovery refused: locked after wrong keys',
  'recovery.lockedOut': 'Recovery locked after wrong keys',
  'signIn.eventsCounted': 'Failed sign-ins too many to list (counted by kind)',
  'recoveryKey.replace': 'Issued a new recovery key',
  'recoveryKey.confirm': 'Confirmed the recovery key',
  'staff.create': 'Added a staff account',
  'staff.update': 'Edited a staff account',
  'staff.roleChanged': 'Changed a staff role',
  'staff.disable': 'Disabled a staff account',
  'staff.enable': 'Enabled a staff account',
  'staff.resetPassword': 'Reset a password',
  'settings.update': 'Changed settings',
  'audit.list': 'Viewed the audit log',
  'audit.verify': 'Checked the audit log’s integrity',
  'access.denied': 'Refused: not allowed for the role',
  'session.systemLock': 'Locked with the computer’s screen or sleep',
  'session.appClosed': 'Closed LEAD Desk',
  'pairs.create': 'Created a pair',
  'pairs.deactivate': 'Retired a pair',
  'referrals.create': 'Recorded a referral',
  'referrals.get': 'Opened a referral',
  'referrals.screen': 'Recorded an eligibility screen',
  'referrals.recordSao': 'Recorded the State’s Attorney’s verification',
  'referrals.recordDecision': 'Recorded the person’s decision',
  'participants.enroll': 'Enrolled a participant',
  'participants.get': 'Opened a participant’s record',
  'participants.timeline': 'Opened a participant’s record (more of its timeline)',
  'participants.list': 'Listed the participants',
  'people.search': 'Searched people by name or date of birth',
  'people.matches': 'Looked for people matching a referral',
  'contacts.search': 'Searched contact notes',
  'board.pair': 'Viewed a pair’s board',
  'board.team': 'Viewed the team board',
  'referrals.list': 'Listed the referrals',
  'caseload.capOverride': 'Enrolled over a pair’s cap',
  'assessments.save': 'Saved an intake assessment',
  'consents.create': 'Recorded a consent',
  'consents.revoke': 'Recorded a revocation of consent',
  'consents.get': 'Opened a consent',
  'drafts.start': 'Started a draft',
  'print.document': 'Printed a document',
  'print.cancelled': 'Cancelled a printout',
  'print.refused': 'A printout could not be printed as asked',
};

/** The action filter's choices: each matches the actions that start with its value. */
export const ACTION_FILTERS = [
  { value: '', label: 'All actions' },
  { value: 'session.', label: 'Sign-ins, locks and sign-outs' },
  { value: 'signIn.', label: 'Refused sign-ins' },
  { value: 'account.', label: 'Password changes and lockouts' },
  { value: 'staff.', label: 'Staff account changes' },
  { value: 'settings.', label: 'Settings changes' },
  { value: 'recovery', label: 'Recovery key' },
  { value: 'audit.', label: 'Audit log views and checks' },
  { value: 'access.', label: 'Refused for the role' },
  { value: 'pairs.', label: 'Pairs' },
  { value: 'referrals.', label: 'Referrals' },
  { value: 'participants.', label: 'Participants: enrollments, lists and records opened' },
  { value: 'people.', label: 'People searches' },
  { value: 'board.', label: 'Boards viewed' },
  { value: 'caseload.', label: 'Caseload cap overrides' },
  { value: 'assessments.', label: 'Intake assessments' },
  { value: 'consents.', label: 'Consents' },
  { value: 'print.', label: 'Printouts' },
];

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function subjectLabel(entry: AuditEntry, staff: readonly StaffMember[]): string {
  if (!entry.subjectType) return '';
  if (entry.subjectType === 'staff') {
    const member = staff.find((candidate) => String(candidate.id) === entry.subjectId);
    if (member) return `${member.displayName} (${member.username})`;
  }
  return `${entry.subjectType} #${entry.subjectId ?? '?'}`;
}

/** The detail object as short "name: value" phrases; a change reads "from → to". */
export function detailLabel(detail: AuditEntry['detail']): string {
  return detail ? describe(detail) : '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value)) return ROLE_LABELS[value as keyof typeof ROLE_LABELS];
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(describe).join(', ');
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
  if (entries.length === 0) return '(none)';
  if (entries.length === 2 && 'from' in value && 'to' in value) return `${describe(value.from)} → ${describe(value.to)}`;
  return entries.map(([key, inner]) => `${key}: ${describe(inner)}`).join('; ');
}
