import { stageMoveProblem, STAGES_NEEDING_A_REASON } from '../../shared/domain/stage-moves';
import { STAGE_LABELS, type Stage } from '../../shared/domain/stages';
import type { Db } from '../db/open-database';
import { assignPair, moveStage } from '../db/tables/participants';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { boardCard } from './board';
import { auditCapOverride, capOverrideFor, requirePair } from './pairs';
import { requireParticipantRow } from './participant-records';

/**
 * The one way a participant's stage changes, by hand on the board or as part of another step
 * (completing the assessment, re-enrolling): the stage, the stage_moves row the evaluation reads
 * and the timeline line, together. Whether the move is allowed is the caller's rule; call inside
 * the caller's transaction, whose handler audits it.
 */
export function changeStage(
  db: Db,
  participant: { participantId: number; personId: number; from: Stage },
  move: { to: Stage; reason: string | null; actorId: number; at: string },
): void {
  const { participantId, personId, from } = participant;
  const { to, reason, actorId, at } = move;
  moveStage(db, participantId, { from, to, reason, actorId, at });
  addTimelineEvent(db, {
    personId,
    at,
    kind: 'participant.moved',
    summary: `Moved from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}${reason ? `: ${reason}` : ''}.`,
    actorId,
  });
}

export const participantMovesHandlers: Pick<Handlers, 'participants.move' | 'participants.reassign'> = {
  /** Moves a card to another stage: who, when, from, to and why go to the history and the timeline. */
  'participants.move': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const from = participant.stage;
    const reason = input.reason?.trim() || null;
    const problem = stageMoveProblem({ from, to: input.to, reason, assessmentComplete: participant.assessment_completed_at !== null });
    if (problem) {
      const missingReason = STAGES_NEEDING_A_REASON.includes(input.to) && !reason && from !== input.to && from !== 'exited';
      throw new UserError(missingReason ? 'INVALID_INPUT' : 'CONFLICT', problem, missingReason ? { reason: problem } : undefined);
    }
    const now = desk.now();
    context.transaction(() => {
      changeStage(
        db,
        { participantId: participant.id, personId: participant.person_id, from },
        { to: input.to, reason, actorId: user.id, at: now },
      );
      // Stages only: the reason may describe the person, and administrators read this log.
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: { from, to: input.to } });
    });
    return boardCard(context, participant.id);
  },

  /** Gives a participant to another pair; the cap rules of enrollment apply to the pair taking them on. */
  'participants.reassign': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    if (participant.stage === 'exited') throw new UserError('CONFLICT', "Someone who has exited is on no pair's caseload.");
    if (participant.pair_id === input.pairId)
      throw new UserError('CONFLICT', `${participant.pair_label} already works with this participant.`);
    const target = requirePair(db, input.pairId);
    if (!target.active) throw new UserError('CONFLICT', `${target.label} is no longer an active pair.`);
    const overrideReason = capOverrideFor(target, input.capOverrideReason?.trim() || null, user.role);
    const now = desk.now();
    context.transaction(() => {
      assignPair(db, participant.id, {
        fromPairId: participant.pair_id,
        toPairId: target.id,
        capOverrideReason: overrideReason,
        actorId: user.id,
        at: now,
      });
      addTimelineEvent(db, {
        personId: participant.person_id,
        at: now,
        kind: 'participant.reassigned',
        summary: `Reassigned from ${participant.pair_label} to ${target.label}.${overrideReason ? ` Over the cap (${target.caseload + 1} of ${target.cap}), approved by ${user.displayName}: ${overrideReason}` : ''}`,
        actorId: user.id,
      });
      context.audit({
        subjectType: 'participant',
        subjectId: String(participant.id),
        detail: { fromPairId: participant.pair_id, toPairId: target.id },
      });
      if (overrideReason) auditCapOverride(context, target, participant.id);
    });
    return boardCard(context, participant.id);
  },
};
