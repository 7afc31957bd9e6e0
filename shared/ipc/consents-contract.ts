import { z } from 'zod';
import { formDate } from '../domain/calendar';
import { consentSchema, type Consent } from '../domain/consent';
import { INTAKE_ROLES, TEAM_ROLES } from '../roles';
import { channel, Id, IsoDateTime, stored, type SchemaClock } from './channel';

/** Consents to share a participant's information: recorded, revoked and read (for the signed form). */

export const ConsentView = z.object({
  id: Id,
  participantId: Id,
  consent: stored<Consent>(),
  status: z.enum(['active', 'expired', 'revoked', 'not_yet_signed']),
  createdAt: IsoDateTime,
  createdBy: z.string(),
});
export type ConsentView = z.infer<typeof ConsentView>;

/** For records.changed: the participant a reply is about. */
const consentOf = (_input: unknown, consent: ConsentView) => [consent.participantId];

export const consentsChannels = {
  'consents.create': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: consentOf,
    subject: (input) => ({ participantId: input.participantId }),
    input: ({ today }: SchemaClock) => z.object({ participantId: Id, consent: consentSchema(today) }).strict(),
    output: ConsentView,
  }),
  'consents.revoke': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    changesRecords: consentOf,
    subject: (input) => ({ consentId: input.consentId }),
    input: ({ today }: SchemaClock) => z.object({ consentId: Id, revokedOn: formDate('Revocation date', today, 'past') }).strict(),
    output: ConsentView,
  }),
  'consents.get': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ id: Id }).strict(),
    output: ConsentView,
    subject: (input) => ({ consentId: input.id }),
  }),
} as const;
