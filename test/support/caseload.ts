import type { Caller } from './core';
import { SAMPLE_ASSESSMENT, TEAM, readyReferral, signInAdmin, signInAs } from './intake';

/** Adds a second pair of invented staff (made by the administrator, paired by the supervisor); signs `then` back in. */
export async function addPair(
  t: Caller,
  names: { caseManager: string; peer: string; prefix: string },
  then: { username: string; password: string },
): Promise<number> {
  await signInAdmin(t);
  const ids: number[] = [];
  for (const [displayName, role] of [
    [names.caseManager, 'case_manager'],
    [names.peer, 'peer'],
  ] as const) {
    const created = await t.ok('staff.create', {
      displayName,
      username: `${names.prefix}.${role.replace('_', '')}`,
      role,
      temporaryPassword: 'temporary pass 1',
    });
    ids.push(created.id);
  }
  await signInAs(t, TEAM.supervisor);
  const pair = await t.ok('pairs.create', { caseManagerId: ids[0]!, peerId: ids[1]! });
  await signInAs(t, then);
  return pair.id;
}

/** Enrolls an invented person with `pairId` (as whoever is signed in); returns the participant id. */
export async function enrollPerson(
  t: Caller,
  person: { name: string; dateOfBirth: string },
  pairId: number,
  occurredAt: string,
  capOverrideReason: string | null = null,
): Promise<number> {
  const referralId = await readyReferral(t, person, occurredAt);
  const record = await t.ok('participants.enroll', { referralId, pairId, capOverrideReason });
  return record.id;
}

export async function completeAssessment(t: Caller, participantId: number, person: { name: string; dateOfBirth: string }): Promise<void> {
  await t.ok('assessments.save', {
    participantId,
    assessment: { ...SAMPLE_ASSESSMENT, legalName: person.name, dateOfBirth: person.dateOfBirth },
  });
}

/** The supervisor completes accounts that have chosen their own passwords (docs/architecture.md, "The vault"). */
export async function completeAccounts(t: Caller, usernames: readonly string[]): Promise<void> {
  await signInAs(t, TEAM.supervisor);
  const staff = await t.ok('staff.list', {});
  for (const username of usernames) await t.ok('staff.grantRecords', { id: staff.find((member) => member.username === username)!.id });
}
