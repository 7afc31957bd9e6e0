import type { AssessmentInput } from '../../shared/domain/assessment';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Role } from '../../shared/roles';
import { ADMIN, recoveryKeyOf, type Caller } from './core';

/** Synthetic staff: invented names only. */
export const TEAM = {
  caseManager: { displayName: 'Casey Casework', username: 'casey', role: 'case_manager', password: 'copper lantern wisdom' },
  peer: { displayName: 'Pat Peerson', username: 'pat', role: 'peer', password: 'velvet harbor compass!' },
  supervisor: { displayName: 'Sky Supervisor', username: 'sky', role: 'supervisor', password: 'granite meadow tuesday!' },
} as const satisfies Record<string, { displayName: string; username: string; role: Role; password: string }>;

export async function signInAs(t: Caller, member: { username: string; password: string }): Promise<void> {
  await t.call('session.signOut', {});
  await t.ok('session.signIn', { username: member.username, password: member.password });
}

/**
 * Creates the team as the administrator and has each person set a password; the supervisor
 * completes their own account with the recovery key and then the others', and makes one pair
 * (docs/architecture.md, "The vault"). Signs in the case manager.
 */
export async function setUpTeam(t: Caller): Promise<{ pairId: number; ids: Record<keyof typeof TEAM, number> }> {
  const ids = {} as Record<keyof typeof TEAM, number>;
  for (const [key, member] of Object.entries(TEAM) as [keyof typeof TEAM, (typeof TEAM)[keyof typeof TEAM]][]) {
    const created = await t.ok('staff.create', {
      displayName: member.displayName,
      username: member.username,
      role: member.role,
      temporaryPassword: 'temporary pass 1',
    });
    ids[key] = created.id;
  }
  for (const member of Object.values(TEAM)) {
    await signInAs(t, { username: member.username, password: 'temporary pass 1' });
    await t.ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: member.password });
  }
  await signInAs(t, TEAM.supervisor);
  await t.ok('account.completeWithRecoveryKey', { recoveryKey: recoveryKeyOf(t) });
  await t.ok('staff.grantRecords', { id: ids.caseManager });
  await t.ok('staff.grantRecords', { id: ids.peer });
  const pair = await t.ok('pairs.create', { caseManagerId: ids.caseManager, peerId: ids.peer });
  await signInAs(t, TEAM.caseManager);
  return { pairId: pair.id, ids };
}

export async function signInAdmin(t: Caller): Promise<void> {
  await signInAs(t, ADMIN);
}

type ReferralInput = ChannelInput<'referrals.create'>['referral'];

export function arrestReferral(occurredAt: string, overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    pathway: 'arrest_diversion',
    occurredAt,
    officer: { name: 'Officer Sample', badge: 'S-1024', unit: 'Central District' },
    location: { description: 'Eutaw St. & Lexington St.', insideReferralArea: true },
    offenses: ['cds_possession'],
    approval: null,
    ...overrides,
  } as ReferralInput;
}

export const ALL_NO = {
  under_supervision: 'no',
  disqualifying_record: 'no',
  public_safety_threat: 'no',
  open_case: 'no',
  open_warrant: 'no',
} as const;

/** Walks a new referral to "ready to enroll"; returns the referral id. */
export async function readyReferral(t: Caller, person: { name: string; dateOfBirth: string }, occurredAt: string): Promise<number> {
  const referral = await t.ok('referrals.create', { person, referral: arrestReferral(occurredAt) });
  await t.ok('referrals.screen', { referralId: referral.id, dateOfBirth: person.dateOfBirth, exclusions: ALL_NO });
  await t.ok('referrals.recordSao', {
    referralId: referral.id,
    status: 'verified',
    decidedOn: occurredAt.slice(0, 10),
    saoPerson: 'ASA Example',
  });
  await t.ok('referrals.recordDecision', { referralId: referral.id, decision: 'accepted', reason: null });
  return referral.id;
}

export const SAMPLE_ASSESSMENT: AssessmentInput = {
  legalName: 'Jordan Testcase',
  preferredName: 'Jo',
  aliases: ['JT'],
  dateOfBirth: '1990-05-12',
  sex: 'not_disclosed',
  genderIdentity: null,
  races: ['not_disclosed'],
  ethnicity: 'not_disclosed',
  preferredLanguage: 'English',
  phone: '410-555-0142',
  whereabouts: 'Near the market, mornings',
  housingStatus: 'unsheltered',
  needs: ['housing', 'id_documents'],
  goals: 'Get an ID card and a bed.',
};
