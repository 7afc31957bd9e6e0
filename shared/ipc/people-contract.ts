import { z } from 'zod';
import { Stage } from '../domain/stages';
import { TEAM_ROLES } from '../roles';
import { channel, Id } from './channel';
import { Offset, SearchScope, pageSize } from './list-contract';
import { ParticipantSummary } from './participant-record-contract';

/**
 * People search: everyone ever referred, by name or alias. A new referral looks for the person
 * first (people.matches); the participants page searches by name (people.search).
 */

export const PersonMatch = z.object({
  personId: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  aliases: z.array(z.string()),
  matchedOn: z.enum(['name_and_birth_date', 'alias', 'name']),
  participant: z.object({ id: Id, stage: Stage }).nullable(),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

export const SearchHit = z.object({
  personId: Id,
  participantId: Id.nullable(),
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  aliases: z.array(z.string()),
  stage: Stage.nullable(),
  /** The participant as the participants list shows them; null for someone referred and never enrolled. */
  summary: ParticipantSummary.nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** One page of a name search, best match first, with how many matched in all. */
export const SearchPage = z.object({
  hits: z.array(SearchHit),
  /** Everyone in the search's scope who matches (within the caller's pairs), not just this page. */
  total: z.number().int(),
  /** Of those matching, people referred but never enrolled (counted whatever the scope). */
  notEnrolled: z.number().int(),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const peopleChannels = {
  'people.matches': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ name: z.string().max(100), dateOfBirth: z.string().max(10).nullable().default(null) }).strict(),
    output: z.array(PersonMatch),
  }),
  'people.search': channel({
    access: TEAM_ROLES,
    audit: 'read',
    input: z.object({ query: z.string().max(100), scope: SearchScope.default('everyone'), offset: Offset, limit: pageSize(25) }).strict(),
    output: SearchPage,
  }),
} as const;
