import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

type Stage = 'awaiting_intake' | 'intake_in_progress' | 'active' | 'inactive' | 'exited';

/** As the app labelled stages when this migration was written; a migration does not follow later renames. */
const LABELS: Record<Stage, string> = {
  awaiting_intake: 'Awaiting intake',
  intake_in_progress: 'Intake in progress',
  active: 'Active',
  inactive: 'Inactive',
  exited: 'Exited',
};

interface TimelineRow {
  at: string;
  kind: 'participant.enrolled' | 'assessment.completed' | 'participant.moved';
  actor_id: number | null;
}

interface Move {
  from: Stage;
  to: Stage;
  reason: string;
  by: number;
  at: string;
}

/**
 * Walks one participant's timeline in the order it was written (every step wrote its line in
 * the transaction of its change, so line ids order enrolments, assessments and moves even at the
 * same instant) and returns the stage moves that were made without a stage_moves row: the first
 * enrolment starts at "awaiting intake", a later one comes back to it from wherever the person
 * was, a completed assessment made someone awaiting or in intake active, and each recorded move
 * lands where its row says.
 */
function missingMoves(db: Database.Database, participant: { id: number; person_id: number }): Move[] {
  const lines = db
    .prepare(
      `SELECT at, kind, actor_id FROM person_events
       WHERE person_id = ? AND kind IN ('participant.enrolled', 'assessment.completed', 'participant.moved') ORDER BY id`,
    )
    .all(participant.person_id) as TimelineRow[];
  const recorded = db
    .prepare('SELECT to_stage FROM stage_moves WHERE participant_id = ? ORDER BY id')
    .pluck()
    .all(participant.id) as Stage[];
  const missing: Move[] = [];
  let stage: Stage | null = null;
  for (const line of lines) {
    if (line.kind === 'participant.moved') {
      stage = recorded.shift() ?? stage;
    } else if (line.kind === 'participant.enrolled') {
      if (stage !== null && stage !== 'awaiting_intake' && line.actor_id !== null) {
        missing.push({ from: stage, to: 'awaiting_intake', reason: 'Re-enrolled', by: line.actor_id, at: line.at });
      }
      stage = 'awaiting_intake';
    } else if ((stage === 'awaiting_intake' || stage === 'intake_in_progress') && line.actor_id !== null) {
      missing.push({ from: stage, to: 'active', reason: 'Assessment completed', by: line.actor_id, at: line.at });
      stage = 'active';
    }
  }
  return missing;
}

/**
 * Stage history made whole. Until this version, completing the intake assessment (which makes a
 * participant active) and re-enrolling someone changed the stage without a stage_moves row or a
 * timeline line, and the program's evaluation reads that history. This adds the missing moves,
 * worked out from each participant's timeline, with a line in the timeline for each. They are
 * marked `backfilled`, so an evaluator can tell a move recorded when it was made from one
 * reconstructed afterwards (their time and author are those of the step that made them).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'stage history back-filled',
  up(db) {
    db.exec(`ALTER TABLE stage_moves ADD COLUMN backfilled INTEGER NOT NULL DEFAULT 0 CHECK (backfilled IN (0, 1));`);
    const addMove = db.prepare(
      'INSERT INTO stage_moves (participant_id, from_stage, to_stage, reason, moved_by, moved_at, backfilled) VALUES (?, ?, ?, ?, ?, ?, 1)',
    );
    const addLine = db.prepare(
      `INSERT INTO person_events (person_id, at, kind, summary, actor_id) VALUES (?, ?, 'participant.moved', ?, ?)`,
    );
    const participants = db.prepare('SELECT id, person_id FROM participants ORDER BY id').all() as { id: number; person_id: number }[];
    for (const participant of participants) {
      for (const move of missingMoves(db, participant)) {
        addMove.run(participant.id, move.from, move.to, move.reason, move.by, move.at);
        addLine.run(
          participant.person_id,
          move.at,
          `Moved from ${LABELS[move.from]} to ${LABELS[move.to]}: ${move.reason}. (Added to the history later, when LEAD Desk was updated.)`,
          move.by,
        );
      }
    }
  },
};
