import type { ChannelInput } from '../../../shared/ipc/contract';
import type { TestApp } from '../harness';
import { STAFF, localDay, ok } from './participant-arrange';

type ConsentInput = ChannelInput<'consents.create'>['consent'];

/** A complete consent naming every kind of recipient, each with its own scope. */
export function fullConsent(app: TestApp, patientName: string, overrides: Partial<ConsentInput> = {}): ConsentInput {
  const now = app.clock.now();
  return {
    patientName,
    discloser: 'Central District LEAD case management team',
    recipients: [
      { recipient: { kind: 'police' }, scope: 'status' },
      { recipient: { kind: 'states_attorney' }, scope: 'progress' },
      { recipient: { kind: 'public_defender' }, scope: 'progress' },
      { recipient: { kind: 'bhsb' }, scope: 'status' },
      { recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' },
    ],
    purpose: 'Care coordination and progress updates at the LEAD partner meeting.',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: localDay(now, 365) },
    signedOn: localDay(now),
    witness: STAFF.caseManager.displayName,
    irrevocableUntil: localDay(now, 90),
    ...overrides,
  };
}

export async function recordConsent(app: TestApp, participantId: number, consent: ConsentInput): Promise<number> {
  return (await ok(app, 'consents.create', { participantId, consent })).id;
}

export async function completeAssessment(
  app: TestApp,
  participantId: number,
  person: { name: string; dateOfBirth: string },
  extra: { preferredName?: string; aliases?: string[] } = {},
) {
  return ok(app, 'assessments.save', {
    participantId,
    assessment: {
      legalName: person.name,
      preferredName: extra.preferredName ?? null,
      aliases: extra.aliases ?? [],
      dateOfBirth: person.dateOfBirth,
      sex: 'not_disclosed',
      genderIdentity: null,
      races: ['not_disclosed'],
      ethnicity: 'not_disclosed',
      preferredLanguage: 'English',
      phone: '410-555-0142',
      whereabouts: null,
      housingStatus: 'emergency_shelter',
      needs: ['housing'],
      goals: 'Keep a phone charged and check in weekly.',
    },
  });
}
