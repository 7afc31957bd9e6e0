import { z } from 'zod';
import { CASELOAD_STAGES, STAGES, type Stage } from '../domain/stages';
import { TIMELINE_GROUPS } from '../domain/timeline';
import { REFERRAL_STATUSES } from '../domain/referral-status';

/**
 * Lists that never lie: every list channel answers one page of rows with the true count of
 * everything that matched, so a screen can say "50 of 3,552" and page on, never "500" of more.
 * A page is bounded here, at the boundary, so no call can ask the main process for everything.
 */
export const MAX_PAGE_SIZE = 100;
export const MAX_OFFSET = 1_000_000;

export const Offset = z.number().int().min(0).max(MAX_OFFSET).default(0);
export const pageSize = (byDefault: number, max = MAX_PAGE_SIZE) => z.number().int().min(1).max(max).default(byDefault);

/** Which participants a list shows: those holding a place on a caseload, one stage, or everyone. */
export const PARTICIPANT_FILTERS = ['caseload', ...STAGES, 'all'] as const;
export const ParticipantFilter = z.enum(PARTICIPANT_FILTERS);
export type ParticipantFilter = z.infer<typeof ParticipantFilter>;

export function stagesOf(filter: ParticipantFilter): readonly Stage[] {
  if (filter === 'all') return STAGES;
  if (filter === 'caseload') return CASELOAD_STAGES;
  return [filter];
}

/** Active first: the order stages are listed in, and the order a list of participants is sorted by. */
export const STAGE_ORDER: readonly Stage[] = ['active', 'intake_in_progress', 'awaiting_intake', 'inactive', 'exited'];

export const ParticipantCounts = z.object(
  Object.fromEntries(PARTICIPANT_FILTERS.map((filter) => [filter, z.number().int()])) as Record<ParticipantFilter, z.ZodNumber>,
);
export type ParticipantCounts = z.infer<typeof ParticipantCounts>;

export const ReferralCounts = z.object(
  Object.fromEntries([...REFERRAL_STATUSES, 'all'].map((status) => [status, z.number().int()])) as Record<
    (typeof REFERRAL_STATUSES)[number] | 'all',
    z.ZodNumber
  >,
);
export type ReferralCounts = z.infer<typeof ReferralCounts>;

export const TimelineGroup = z.enum(TIMELINE_GROUPS);
export const TimelineCounts = z.object(
  Object.fromEntries(TIMELINE_GROUPS.map((group) => [group, z.number().int()])) as Record<(typeof TIMELINE_GROUPS)[number], z.ZodNumber>,
);
export type TimelineCounts = z.infer<typeof TimelineCounts>;

/** Who a name search looks among: participants (the participants page), or everyone ever referred. */
export const SearchScope = z.enum(['participants', 'everyone']);
export type SearchScope = z.infer<typeof SearchScope>;
