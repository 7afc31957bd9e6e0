import type { Stage } from './stages';

/**
 * Where a participant's card may move on the board. LEAD participants do not fail out: an
 * inactive person can come back to active, and someone who exited returns through a new referral
 * (so nothing moves out of "exited" by hand). Going inactive or exiting is a judgement the team
 * must explain, so those moves need a reason.
 */
const ALLOWED: Record<Stage, readonly Stage[]> = {
  awaiting_intake: ['intake_in_progress', 'inactive', 'exited'],
  intake_in_progress: ['awaiting_intake', 'active', 'inactive', 'exited'],
  active: ['inactive', 'exited'],
  inactive: ['active', 'intake_in_progress', 'exited'],
  exited: [],
};

export const STAGES_NEEDING_A_REASON: readonly Stage[] = ['inactive', 'exited'];

export interface StageMove {
  from: Stage;
  to: Stage;
  reason: string | null;
  /** Whether the current enrollment's intake assessment is complete: "active" needs one. */
  assessmentComplete: boolean;
}

export function allowedMoves(from: Stage): readonly Stage[] {
  return ALLOWED[from];
}

/** Why the move cannot be made, or null when it can. */
export function stageMoveProblem(move: StageMove): string | null {
  if (move.from === move.to) return 'The participant is already in that stage.';
  if (move.from === 'exited') return 'Someone who has exited comes back through a new referral.';
  if (!ALLOWED[move.from].includes(move.to)) return 'That move is not possible from this stage.';
  if (move.to === 'active' && !move.assessmentComplete) return 'Complete the intake assessment before moving to active.';
  if (STAGES_NEEDING_A_REASON.includes(move.to) && !move.reason?.trim()) {
    return move.to === 'exited' ? 'Give a reason for the exit.' : 'Give a reason for moving to inactive.';
  }
  return null;
}
