import { z } from 'zod';
import { TEAM_ROLES } from '../roles';
import { channel, Done, IsoDateTime, jsonRecord } from './channel';

/** Drafts: a form's fields as typed, kept (encrypted, per account) until it is sent or discarded. */

/** A form's fields as typed, nested a few levels at most (a referral's officer, a consent's recipients). */
export const DRAFT_LIMITS = { maxDepth: 10, maxBytes: 100 * 1024 } as const;
export const DraftKey = z
  .string()
  .regex(/^[a-z]+(:[a-z0-9]+)*$/, { error: 'Not a draft key.' })
  .max(60);
/**
 * Free-form on purpose: a draft holds whatever a half-filled form holds (empty fields, a date
 * still being typed), which no domain schema accepts, and each form reads its own draft back
 * field by field. It is bounded plain JSON, and the domain schema checks the form when it is sent.
 */
const DraftData = jsonRecord(DRAFT_LIMITS);

export const draftsChannels = {
  'drafts.get': channel({
    access: TEAM_ROLES,
    audit: 'none',
    input: z.object({ key: DraftKey }).strict(),
    output: z.object({ data: DraftData.nullable(), updatedAt: IsoDateTime.nullable() }),
  }),
  'drafts.save': channel({
    access: TEAM_ROLES,
    audit: 'none',
    input: z.object({ key: DraftKey, data: DraftData }).strict(),
    output: Done,
  }),
  'drafts.discard': channel({ access: TEAM_ROLES, audit: 'none', input: z.object({ key: DraftKey }).strict(), output: Done }),
} as const;
