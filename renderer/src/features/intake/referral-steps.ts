import type { ReferralView } from '../../../../shared/ipc/referrals-contract';

export type StepKey = 'screen' | 'sao' | 'decision' | 'enroll';
/** Done: recorded. Next: can be recorded now. Waiting: an earlier step comes first. Closed: the referral ended before it. */
export type StepState = 'done' | 'next' | 'waiting' | 'closed';

export const STEP_STATE_LABELS: Record<StepState, string> = {
  done: 'Recorded',
  next: 'To do',
  waiting: 'Not yet',
  closed: 'Not needed',
};

/** Where each intake step stands for this referral, read from its status and what was recorded. */
export function stepStates(referral: ReferralView): Record<StepKey, StepState> {
  const { status } = referral;
  const ended = status === 'ineligible' || status === 'not_approved' || status === 'declined';
  const screen: StepState = status === 'screening' ? 'next' : 'done';
  const sao: StepState =
    referral.sao && referral.sao.status !== 'pending' ? 'done' : status === 'awaiting_sao' ? 'next' : ended ? 'closed' : 'waiting';
  const decision: StepState = referral.decision
    ? 'done'
    : status === 'awaiting_sao' || status === 'awaiting_decision'
      ? 'next'
      : ended
        ? 'closed'
        : 'waiting';
  const enroll: StepState = status === 'enrolled' ? 'done' : status === 'ready_to_enroll' ? 'next' : ended ? 'closed' : 'waiting';
  return { screen, sao, decision, enroll };
}

/** The step to bring the reader to after something was recorded: the first one still to do. */
export function firstOpenStep(referral: ReferralView): StepKey | null {
  const states = stepStates(referral);
  return (['screen', 'sao', 'decision', 'enroll'] as const).find((key) => states[key] === 'next') ?? null;
}
