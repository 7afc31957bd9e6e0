import { PATHWAY_LABELS } from '../../../../shared/domain/referral';
import { STAGE_LABELS } from '../../../../shared/domain/stages';
import type { ParticipantRecord, ParticipantSummary } from '../../../../shared/ipc/participant-record-contract';
import { dateLabel } from '../../ui/dates';

export { PATHWAY_LABELS, STAGE_LABELS };

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

export interface IntakeState {
  text: string;
  /** Set while the assessment is outstanding and its due date has passed. */
  overdue: boolean;
  /** Set while an assessment is outstanding with a due date. */
  due: boolean;
}

/** Where the intake assessment stands: a countdown for arrest diversions, overdue flagged. */
export function intakeState(participant: Pick<ParticipantSummary, 'intakeDaysLeft' | 'intakeDueOn' | 'stage'>): IntakeState {
  const { intakeDaysLeft: left, intakeDueOn } = participant;
  // No window runs once a participant has exited (the main process sends no days left).
  if (participant.stage === 'exited') return { text: 'No deadline (exited)', overdue: false, due: false };
  if (left !== null) {
    const on = intakeDueOn ? dateLabel(intakeDueOn) : '';
    if (left < 0) return { text: `Overdue by ${plural(-left, 'day')} (was due ${on})`, overdue: true, due: true };
    if (left === 0) return { text: `Due today (${on})`, overdue: false, due: true };
    return { text: `Due in ${plural(left, 'day')} (${on})`, overdue: false, due: true };
  }
  if (participant.stage === 'awaiting_intake' || participant.stage === 'intake_in_progress') {
    return { text: 'Not done yet (no deadline)', overdue: false, due: false };
  }
  return { text: 'Done', overdue: false, due: false };
}

export const CONSENT_GLANCE_LABELS: Record<ParticipantSummary['consent'], string> = {
  none: 'No consent on file',
  active: 'Active consent',
  expired: 'Consent expired',
  revoked: 'Consent revoked',
};

export const CONSENT_STATUS_LABELS: Record<ParticipantRecord['consents'][number]['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
  not_yet_signed: 'Not yet in effect',
};
