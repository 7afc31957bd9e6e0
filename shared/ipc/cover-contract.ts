import { z } from 'zod';
import { PAIR_ROLES, Role, SUPERVISOR_ROLES } from '../roles';
import { plainText } from '../text';
import { channel, Empty, Id, IsoDateTime } from './channel';

/**
 * Covering for another pair: a case manager or peer opens and writes to another pair's
 * participants for the rest of the day at the desk, having said why; the supervisor sees who
 * covers whom. Boards show every pair's cards without a cover: pairs cover for each other.
 */

export const COVER_REASON_MIN_WORDS = 3;
export const COVER_REASON_MAX_LENGTH = 200;

export const CoverReason = plainText('Reason', COVER_REASON_MAX_LENGTH).refine(
  (reason) => reason.split(/\s+/).length >= COVER_REASON_MIN_WORDS,
  { error: `Say in a few words (at least ${COVER_REASON_MIN_WORDS}) why you are covering for this pair.` },
);

export const CoverView = z.object({
  id: Id,
  staff: z.object({ id: Id, displayName: z.string(), role: Role }),
  pair: z.object({ id: Id, label: z.string() }),
  reason: z.string(),
  /** The desk's calendar day the cover holds for; it ends at that day's midnight. */
  coveredOn: z.string(),
  since: IsoDateTime,
});
export type CoverView = z.infer<typeof CoverView>;

export const coverChannels = {
  'covers.start': channel({
    access: PAIR_ROLES,
    audit: 'write',
    input: z.object({ pairId: Id, reason: CoverReason }).strict(),
    output: CoverView,
  }),
  /** Today's covers, for the supervisor's home. */
  'covers.today': channel({ access: SUPERVISOR_ROLES, audit: 'none', input: Empty, output: z.array(CoverView) }),
} as const;
