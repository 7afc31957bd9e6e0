import { describe, expect, it } from 'vitest';
import { allowedMoves, stageMoveProblem } from '../../../shared/domain/stage-moves';
import { STAGES, type Stage } from '../../../shared/domain/stages';

const move = (from: Stage, to: Stage, reason: string | null = null, assessmentComplete = true) =>
  stageMoveProblem({ from, to, reason, assessmentComplete });

describe('stage moves', () => {
  it('lets an inactive participant come back, and never fails anyone out', () => {
    expect(move('inactive', 'active')).toBeNull();
    expect(STAGES).not.toContain('failed');
  });

  it('needs a reason to go inactive or exit, and not otherwise', () => {
    for (const from of ['awaiting_intake', 'intake_in_progress', 'active'] as const) {
      expect(move(from, 'inactive')).toMatch(/reason/);
      expect(move(from, 'inactive', '   ')).toMatch(/reason/);
      expect(move(from, 'inactive', 'Not seen in six weeks')).toBeNull();
      expect(move(from, 'exited')).toMatch(/reason for the exit/);
      expect(move(from, 'exited', 'Moved out of state')).toBeNull();
    }
    expect(move('awaiting_intake', 'intake_in_progress')).toBeNull();
  });

  it('moves to active only with a completed assessment', () => {
    expect(move('intake_in_progress', 'active', null, false)).toMatch(/assessment/);
    expect(move('intake_in_progress', 'active', null, true)).toBeNull();
    expect(move('inactive', 'active', null, false)).toMatch(/assessment/);
  });

  it('sends an exited person back through a new referral', () => {
    for (const to of STAGES) expect(move('exited', to, 'reason')).not.toBeNull();
    expect(allowedMoves('exited')).toEqual([]);
  });

  it('refuses a move to the same stage and moves the table does not list', () => {
    expect(move('active', 'active')).toMatch(/already/);
    expect(move('active', 'awaiting_intake')).toMatch(/not possible/);
    expect(move('awaiting_intake', 'active')).toMatch(/not possible/);
  });

  it('lists, for every stage, only moves the check accepts', () => {
    for (const from of STAGES) {
      for (const to of allowedMoves(from)) expect(move(from, to, 'a reason', true)).toBeNull();
    }
  });
});
