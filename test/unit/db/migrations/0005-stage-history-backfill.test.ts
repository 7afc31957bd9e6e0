import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/db/open-database';
import { timelineOf } from '../../../../electron/services/timeline';
import { databaseAtVersion, migrate, seedParticipant } from '../../../support/migration-db';
import { makeDataDir, removeDataDir } from '../../../support/data-dir';

const CASEY = 1;
const PAT = 2;

describe('migration 0005: stage history back-filled', () => {
  let dir: string;
  let db: Db;
  let line: (personId: number, at: string, kind: string, summary: string, actorId: number) => void;
  let move: (participantId: number, personId: number, from: string, to: string, reason: string | null, at: string) => void;

  const history = (participantId: number) =>
    db
      .prepare(
        'SELECT from_stage, to_stage, reason, moved_by, moved_at, backfilled FROM stage_moves WHERE participant_id = ? ORDER BY moved_at, id',
      )
      .all(participantId);

  beforeEach(() => {
    dir = makeDataDir('m0005');
    db = databaseAtVersion(dir, 4);
    seedParticipant(db);
    line = (personId, at, kind, summary, actorId) =>
      db
        .prepare('INSERT INTO person_events (person_id, at, kind, summary, actor_id) VALUES (?, ?, ?, ?, ?)')
        .run(personId, at, kind, summary, actorId);
    move = (participantId, personId, from, to, reason, at) => {
      db.prepare(
        'INSERT INTO stage_moves (participant_id, from_stage, to_stage, reason, moved_by, moved_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(participantId, from, to, reason, CASEY, at);
      line(personId, at, 'participant.moved', `Moved from ${from} to ${to}.`, CASEY);
    };

    // Jordan (participant 1), as version 4 recorded them: in intake, assessed, exited, back again, assessed again.
    line(1, '2026-01-02T10:00:00.000Z', 'participant.enrolled', 'Enrolled with Casey Casework & Pat Peerson.', CASEY);
    move(1, 1, 'awaiting_intake', 'intake_in_progress', null, '2026-01-05T10:00:00.000Z');
    line(1, '2026-01-10T10:00:00.000Z', 'assessment.completed', 'Intake assessment completed.', PAT);
    move(1, 1, 'active', 'exited', 'Moved out of state', '2026-03-01T10:00:00.000Z');
    line(1, '2026-05-01T10:00:00.000Z', 'participant.enrolled', 'Re-enrolled with Casey Casework & Pat Peerson.', CASEY);
    line(1, '2026-05-01T10:00:00.000Z', 'assessment.completed', 'Intake assessment completed.', CASEY);

    // Riley (participant 2) went inactive before the assessment, which then left them inactive.
    db.prepare(`INSERT INTO people (id, name, name_key, created_at) VALUES (2, 'Riley Samplewood', 'riley samplewood', 'x')`).run();
    db.prepare(
      `INSERT INTO referrals (id, person_id, pathway, status, occurred_at, details, created_by, created_at, updated_at)
       VALUES (2, 2, 'arrest_diversion', 'enrolled', 'x', '{}', 1, 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO participants (id, person_id, referral_id, pair_id, stage, enrolled_at, updated_at)
       VALUES (2, 2, 2, 1, 'inactive', '2026-02-01T10:00:00.000Z', '2026-02-20T10:00:00.000Z')`,
    ).run();
    line(2, '2026-02-01T10:00:00.000Z', 'participant.enrolled', 'Enrolled with Casey Casework & Pat Peerson.', CASEY);
    move(2, 2, 'awaiting_intake', 'inactive', 'Not seen in six weeks', '2026-02-10T10:00:00.000Z');
    line(2, '2026-02-20T10:00:00.000Z', 'assessment.completed', 'Intake assessment completed.', CASEY);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('adds the moves an assessment and a re-enrolment made, by whom and when, marked as back-filled', () => {
    migrate(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(history(1)).toEqual([
      {
        from_stage: 'awaiting_intake',
        to_stage: 'intake_in_progress',
        reason: null,
        moved_by: CASEY,
        moved_at: '2026-01-05T10:00:00.000Z',
        backfilled: 0,
      },
      {
        from_stage: 'intake_in_progress',
        to_stage: 'active',
        reason: 'Assessment completed',
        moved_by: PAT,
        moved_at: '2026-01-10T10:00:00.000Z',
        backfilled: 1,
      },
      {
        from_stage: 'active',
        to_stage: 'exited',
        reason: 'Moved out of state',
        moved_by: CASEY,
        moved_at: '2026-03-01T10:00:00.000Z',
        backfilled: 0,
      },
      {
        from_stage: 'exited',
        to_stage: 'awaiting_intake',
        reason: 'Re-enrolled',
        moved_by: CASEY,
        moved_at: '2026-05-01T10:00:00.000Z',
        backfilled: 1,
      },
      {
        from_stage: 'awaiting_intake',
        to_stage: 'active',
        reason: 'Assessment completed',
        moved_by: CASEY,
        moved_at: '2026-05-01T10:00:00.000Z',
        backfilled: 1,
      },
    ]);
    const stage = db.prepare('SELECT stage FROM participants WHERE id = 1').pluck().get();
    expect(history(1).at(-1)).toMatchObject({ to_stage: stage });
  });

  it('adds nothing where the stage did not change: an assessment completed while inactive', () => {
    migrate(db, 5);
    expect(history(2)).toEqual([
      {
        from_stage: 'awaiting_intake',
        to_stage: 'inactive',
        reason: 'Not seen in six weeks',
        moved_by: CASEY,
        moved_at: '2026-02-10T10:00:00.000Z',
        backfilled: 0,
      },
    ]);
  });

  it('puts each added move in the timeline, saying it was added later', () => {
    migrate(db, 5);
    const moves = timelineOf(db, { personId: 1, participantId: 1 })
      .filter((event) => event.kind === 'participant.moved')
      .map((event) => [event.at, event.summary, event.actorName]);
    expect(moves).toEqual([
      [
        '2026-05-01T10:00:00.000Z',
        'Moved from Awaiting intake to Active: Assessment completed. (Added to the history later, when LEAD Desk was updated.)',
        'Casey Casework',
      ],
      [
        '2026-05-01T10:00:00.000Z',
        'Moved from Exited to Awaiting intake: Re-enrolled. (Added to the history later, when LEAD Desk was updated.)',
        'Casey Casework',
      ],
      ['2026-03-01T10:00:00.000Z', 'Moved from active to exited.', 'Casey Casework'],
      [
        '2026-01-10T10:00:00.000Z',
        'Moved from Intake in progress to Active: Assessment completed. (Added to the history later, when LEAD Desk was updated.)',
        'Pat Peerson',
      ],
      ['2026-01-05T10:00:00.000Z', 'Moved from awaiting_intake to intake_in_progress.', 'Casey Casework'],
    ]);
  });

  it('leaves the history of a desk with nothing missing as it was', () => {
    db.prepare('DELETE FROM person_events WHERE kind = ?').run('assessment.completed');
    db.prepare(`DELETE FROM person_events WHERE kind = 'participant.enrolled' AND at = '2026-05-01T10:00:00.000Z'`).run();
    const recorded = () => db.prepare('SELECT id, from_stage, to_stage, reason, moved_by, moved_at FROM stage_moves ORDER BY id').all();
    const before = recorded();
    const lines = db.prepare('SELECT count(*) FROM person_events').pluck().get();
    migrate(db, 5);
    expect(recorded()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM person_events').pluck().get()).toBe(lines);
  });
});
