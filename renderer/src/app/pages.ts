import type { ComponentType } from 'react';
import type { SessionView } from '../../../shared/ipc/session-contract';
import {
  ADMINISTRATOR_OR_SUPERVISOR_ROLES,
  ADMINISTRATOR_ROLES,
  hasRole,
  INTAKE_ROLES,
  ROLES,
  SUPERVISOR_ROLES,
  TEAM_ROLES,
  type Role,
} from '../../../shared/roles';
import { ChangePasswordPage } from '../features/account/ChangePasswordPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BoardPage } from '../features/board/BoardPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { AssessmentPage } from '../features/participants/AssessmentPage';
import { ConsentPage } from '../features/participants/ConsentPage';
import { ParticipantPage } from '../features/participants/ParticipantPage';
import { ParticipantsPage } from '../features/participants/ParticipantsPage';
import { NewReferralPage } from '../features/intake/NewReferralPage';
import { ReferralPage } from '../features/intake/ReferralPage';
import { ReferralsPage } from '../features/intake/ReferralsPage';
import { PairsPage } from '../features/pairs/PairsPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingRecordPage } from '../features/meeting-history/MeetingRecordPage';
import { PastMeetingsPage } from '../features/meeting-history/PastMeetingsPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';

export interface PageProps {
  view: SessionView;
  /** The record the page was opened on (go('participant', 12)), or null. */
  recordId: number | null;
}

interface PageSpec {
  label: string;
  /** Who sees it; the main process checks the same roles on every call the page makes. */
  roles: readonly Role[];
  /** False for pages reached from elsewhere (Change password is in the header, a participant from a list). */
  inNav: boolean;
  /** Pages of participant data: shown only to a sign-in that holds the records key (SessionView.recordsAccess). */
  records?: true;
  component: ComponentType<PageProps>;
}

/** Every page of the signed-in app, in navigation order. A new feature adds its page here. */
export const PAGES = {
  home: { label: 'Home', roles: ROLES, inNav: true, component: HomePage },
  board: { label: 'Board', roles: TEAM_ROLES, inNav: true, records: true, component: BoardPage },
  staff: { label: 'Staff', roles: ADMINISTRATOR_OR_SUPERVISOR_ROLES, inNav: true, component: StaffPage },
  audit: { label: 'Audit log', roles: ADMINISTRATOR_OR_SUPERVISOR_ROLES, inNav: true, component: AuditPage },
  settings: { label: 'Settings', roles: ADMINISTRATOR_ROLES, inNav: true, component: SettingsPage },
  password: { label: 'Change password', roles: ROLES, inNav: false, component: ChangePasswordPage },
  participants: { label: 'Participants', roles: TEAM_ROLES, inNav: true, records: true, component: ParticipantsPage },
  participant: { label: 'Participant', roles: TEAM_ROLES, inNav: false, records: true, component: ParticipantPage },
  'participant-assessment': { label: 'Intake assessment', roles: INTAKE_ROLES, inNav: false, records: true, component: AssessmentPage },
  'participant-consent': { label: 'Record a consent', roles: INTAKE_ROLES, inNav: false, records: true, component: ConsentPage },
  referrals: { label: 'Referrals', roles: TEAM_ROLES, inNav: true, records: true, component: ReferralsPage },
  'referral-new': { label: 'New referral', roles: INTAKE_ROLES, inNav: false, records: true, component: NewReferralPage },
  referral: { label: 'Referral', roles: TEAM_ROLES, inNav: false, records: true, component: ReferralPage },
  meeting: { label: 'Meeting', roles: TEAM_ROLES, inNav: true, records: true, component: MeetingPage },
  'meetings-past': { label: 'Past meetings', roles: TEAM_ROLES, inNav: true, records: true, component: PastMeetingsPage },
  'meeting-record': { label: 'Past meeting', roles: TEAM_ROLES, inNav: false, records: true, component: MeetingRecordPage },
  directory: { label: 'Directory', roles: TEAM_ROLES, inNav: true, records: true, component: DirectoryPage },
  pairs: { label: 'Pairs', roles: SUPERVISOR_ROLES, inNav: true, records: true, component: PairsPage },
} satisfies Record<string, PageSpec>;

export type PageId = keyof typeof PAGES;

export function pageAllowed(page: PageId, view: SessionView): boolean {
  const spec: PageSpec = PAGES[page];
  return hasRole(spec.roles, view.user.role) && (!spec.records || view.recordsAccess === 'granted');
}
