import { z } from 'zod';

/**
 * A participant's stage of engagement. There is no "failed": LEAD participants do not fail out;
 * inactive people ("in the wind") can come back, and exited people can be referred again.
 */
export const STAGES = ['awaiting_intake', 'intake_in_progress', 'active', 'inactive', 'exited'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const STAGE_LABELS: Record<Stage, string> = {
  awaiting_intake: 'Awaiting intake',
  intake_in_progress: 'Intake in progress',
  active: 'Active',
  inactive: 'Inactive',
  exited: 'Exited',
};

/** Stages that hold a place in a pair's caseload. */
export const CASELOAD_STAGES: readonly Stage[] = ['awaiting_intake', 'intake_in_progress', 'active', 'inactive'];
