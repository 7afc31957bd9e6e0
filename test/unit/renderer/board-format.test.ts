import { describe, expect, it } from 'vitest';
import type { Board, BoardCard } from '../../../shared/ipc/caseload-contract';
import { applyFilters, columnTemplate, filtersActive, noContactDays, NO_FILTERS } from '../../../renderer/src/features/board/board-filters';
import { keepUnchanged, moveBlocked, neighbourStage, placeCard } from '../../../renderer/src/features/board/board-moves';
import { cardFlags, cardName, contactFact, intakeFact, loadFact, type CardContext } from '../../../renderer/src/features/board/card-facts';
import { FIRST_DRAWING_CARDS, firstDrawing } from '../../../renderer/src/features/board/use-staged-lanes';

const CONTEXT: CardContext = {
  today: '2026-11-23',
  lastMeetingOn: '2026-11-17',
  contactAgingDays: 7,
  contactOverdueDays: 14,
  supervisor: false,
};

function cardOf(id: number, name: string, changes: Partial<BoardCard> = {}): BoardCard {
  return {
    participantId: id,
    name,
    preferredName: null,
    pairId: 1,
    stage: 'active',
    assessmentComplete: true,
    lastContactAt: null,
    daysSinceContact: null,
    intakeDueOn: null,
    intakeDaysLeft: null,
    newPoliceContacts: 0,
    housing: null,
    openServiceReferrals: 0,
    followUps: [],
    courtDateOn: null,
    stageSince: '2026-11-01T12:00:00.000Z',
    ...changes,
  };
}

function pair(id: number) {
  return {
    id,
    label: `Pair ${id}`,
    caseManager: { id: 10 + id, displayName: 'Case Manager' },
    peer: { id: 20 + id, displayName: 'Peer' },
    active: true,
    caseload: 2,
    cap: 28,
  };
}

function boardOf(...lanes: BoardCard[][]): Board {
  return {
    today: CONTEXT.today,
    lastMeetingOn: CONTEXT.lastMeetingOn,
    contactAgingDays: 7,
    contactOverdueDays: 14,
    lanes: lanes.map((cards, i) => ({ pair: pair(i + 1), cards })),
  };
}

describe('what a card says', () => {
  it('names the preferred name first and the legal name when it differs', () => {
    expect(cardName({ name: 'Jordan Testcase', preferredName: 'Jo' })).toBe('Jo (Jordan Testcase)');
    expect(cardName({ name: 'Jordan Testcase', preferredName: 'jordan testcase' })).toBe('Jordan Testcase');
    expect(cardName({ name: 'Jordan Testcase', preferredName: null })).toBe('Jordan Testcase');
  });

  it('reads the days since contact in words, with a word wherever the colour warns', () => {
    expect(contactFact(null, CONTEXT)).toEqual({ age: 'none', word: null, text: 'No contact yet' });
    expect(contactFact(0, CONTEXT)).toEqual({ age: 'recent', word: null, text: 'Contact today' });
    expect(contactFact(1, CONTEXT)).toEqual({ age: 'recent', word: null, text: '1 day since contact' });
    expect(contactFact(7, CONTEXT)).toEqual({ age: 'aging', word: 'Check in soon', text: '7 days since contact' });
    expect(contactFact(14, CONTEXT)).toEqual({ age: 'overdue', word: 'Overdue', text: '14 days since contact' });
  });

  it('counts the intake assessment down, and up once it is late', () => {
    expect(intakeFact(null)).toBeNull();
    expect(intakeFact(5)).toEqual({ text: 'Intake due in 5 days', overdue: false });
    expect(intakeFact(1)).toEqual({ text: 'Intake due tomorrow', overdue: false });
    expect(intakeFact(0)).toEqual({ text: 'Intake due today', overdue: false });
    expect(intakeFact(-3)).toEqual({ text: 'Intake 3 days overdue', overdue: true });
  });

  it('flags police contacts since the meeting, court dates, housing and open referrals', () => {
    const card = cardOf(1, 'Jordan Testcase', {
      newPoliceContacts: 2,
      courtDateOn: '2026-11-28',
      housing: 'unsheltered',
      openServiceReferrals: 1,
    });
    expect(cardFlags(card, CONTEXT).map((flag) => flag.text)).toEqual([
      '2 police contacts since the Nov 17 meeting',
      'Court date Nov 28 (in 5 days)',
      'Housing: Unsheltered',
      '1 open service referral',
    ]);
    expect(cardFlags(cardOf(1, 'Jordan Testcase', { courtDateOn: '2027-01-04' }), CONTEXT)[0]!.text).toBe(
      'Court date Jan 4, 2027 (in 42 days)',
    );
    expect(cardFlags(cardOf(1, 'Jordan Testcase', { courtDateOn: '2026-11-23' }), CONTEXT)[0]!.text).toBe('Court date today');
  });

  it('warns at the cap and over it', () => {
    expect(loadFact({ caseload: 27, cap: 28 })).toEqual({ text: '27 of 28', warning: null });
    expect(loadFact({ caseload: 28, cap: 28 })).toEqual({ text: '28 of 28', warning: 'At the cap' });
    expect(loadFact({ caseload: 29, cap: 28 })).toEqual({ text: '29 of 28', warning: 'Over the cap' });
  });
});

describe('moves on the board', () => {
  it('checks the rules a reason cannot fix, and leaves the reason to its dialog', () => {
    expect(moveBlocked({ stage: 'active', assessmentComplete: true }, 'inactive')).toBeNull();
    expect(moveBlocked({ stage: 'intake_in_progress', assessmentComplete: false }, 'active')).toBe(
      'Complete the intake assessment before moving to active.',
    );
    expect(moveBlocked({ stage: 'active', assessmentComplete: true }, 'awaiting_intake')).toBe(
      'That move is not possible from this stage.',
    );
  });

  it('steps to the neighbouring column, or nowhere at the edge', () => {
    expect(neighbourStage('active', 1)).toBe('inactive');
    expect(neighbourStage('active', -1)).toBe('intake_in_progress');
    expect(neighbourStage('awaiting_intake', -1)).toBeNull();
    expect(neighbourStage('exited', 1)).toBeNull();
  });

  it('puts a moved card in its pair’s lane, sorted as the main process sorts', () => {
    const board = boardOf([cardOf(1, 'Avery Sample'), cardOf(2, 'Jordan Testcase')], [cardOf(3, 'Riley Samplewood', { pairId: 2 })]);
    const moved = placeCard(board, cardOf(2, 'Jordan Testcase', { pairId: 2, preferredName: 'Bo' }));
    expect(moved.lanes.map((lane) => lane.cards.map((card) => card.participantId))).toEqual([[1], [2, 3]]);
  });

  it('counts each lane’s caseload again as the move changes it, so the board needs no reload', () => {
    const board = boardOf([cardOf(1, 'Avery Sample'), cardOf(2, 'Jordan Testcase')], [cardOf(3, 'Riley Samplewood', { pairId: 2 })]);
    const load = (b: Board) => b.lanes.map((lane) => lane.pair.caseload);
    // Exiting leaves the caseload; coming back through a new referral joins it again.
    const exited = placeCard(board, cardOf(2, 'Jordan Testcase', { stage: 'exited' }));
    expect(load(exited)).toEqual([1, 2]);
    expect(exited.lanes[1]).toBe(board.lanes[1]);
    expect(load(placeCard(exited, cardOf(2, 'Jordan Testcase', { stage: 'awaiting_intake' })))).toEqual([2, 2]);
    // A move between stages on the caseload changes no count, and keeps the pair as it was.
    const inactive = placeCard(board, cardOf(1, 'Avery Sample', { stage: 'inactive' }));
    expect(load(inactive)).toEqual([2, 2]);
    expect(inactive.lanes[0]!.pair).toBe(board.lanes[0]!.pair);
    // A reassignment moves one from a lane to the other.
    expect(load(placeCard(board, cardOf(1, 'Avery Sample', { pairId: 2 })))).toEqual([1, 3]);
    // A card the board did not hold (someone just enrolled with the pair) joins the count.
    expect(load(placeCard(board, cardOf(9, 'Sam Newcomer', { stage: 'awaiting_intake' })))).toEqual([3, 2]);
    // A contact logged changes the card only.
    const contacted = placeCard(board, cardOf(3, 'Riley Samplewood', { pairId: 2, daysSinceContact: 0 }));
    expect(load(contacted)).toEqual([2, 2]);
    expect(contacted.lanes[1]!.cards[0]!.daysSinceContact).toBe(0);
  });

  it('keeps the objects of unchanged cards across a refresh, so they are not drawn again', () => {
    const before = boardOf([cardOf(1, 'Avery Sample'), cardOf(2, 'Jordan Testcase')]);
    const after = keepUnchanged(before, boardOf([cardOf(1, 'Avery Sample'), cardOf(2, 'Jordan Testcase', { daysSinceContact: 0 })]));
    expect(after.lanes[0]!.cards[0]).toBe(before.lanes[0]!.cards[0]);
    expect(after.lanes[0]!.cards[1]).not.toBe(before.lanes[0]!.cards[1]);
    expect(after.lanes[0]!.cards[1]!.daysSinceContact).toBe(0);
  });

  it('keeps the board itself when a refresh brings nothing new, so nothing is drawn again', () => {
    const lanes = () => boardOf([cardOf(1, 'Avery Sample')], [cardOf(3, 'Riley Samplewood', { pairId: 2 })]);
    const before = lanes();
    expect(keepUnchanged(before, lanes())).toBe(before);
  });

  it('keeps the lanes nothing changed in, and replaces the lane whose card or pair changed', () => {
    const before = boardOf(
      [cardOf(1, 'Avery Sample')],
      [cardOf(3, 'Riley Samplewood', { pairId: 2 })],
      [cardOf(5, 'Sam Placeholder', { pairId: 3 })],
    );
    const next = boardOf(
      [cardOf(1, 'Avery Sample')],
      [cardOf(3, 'Riley Samplewood', { pairId: 2, stage: 'inactive' })],
      [cardOf(5, 'Sam Placeholder', { pairId: 3 })],
    );
    next.lanes[2]!.pair = { ...next.lanes[2]!.pair, caseload: 3 };
    const after = keepUnchanged(before, next);
    expect(after).not.toBe(before);
    expect(after.lanes[0]).toBe(before.lanes[0]);
    expect(after.lanes[1]).not.toBe(before.lanes[1]);
    expect(after.lanes[1]!.cards[0]!.stage).toBe('inactive');
    expect(after.lanes[2]).not.toBe(before.lanes[2]);
    expect(after.lanes[2]!.pair.caseload).toBe(3);
    expect(after.lanes[2]!.cards[0]).toBe(before.lanes[2]!.cards[0]);
  });

  it('gives a new board, with the same lanes, when only the day changed', () => {
    const before = boardOf([cardOf(1, 'Avery Sample')]);
    const after = keepUnchanged(before, { ...boardOf([cardOf(1, 'Avery Sample')]), today: '2026-11-24' });
    expect(after).not.toBe(before);
    expect(after.today).toBe('2026-11-24');
    expect(after.lanes[0]).toBe(before.lanes[0]);
  });
});

describe('drawing a large board', () => {
  const laneOf = (pairId: number, cards: number) =>
    Array.from({ length: cards }, (_, i) => cardOf(pairId * 100 + i, `Person ${i}`, { pairId }));

  it('draws first the lanes that bring the cards to the first drawing’s size, then every lane', () => {
    const { lanes } = applyFilters(boardOf(laneOf(1, 25), laneOf(2, 10), laneOf(3, 25), laneOf(4, 25)), NO_FILTERS);
    expect(FIRST_DRAWING_CARDS).toBe(40);
    expect(firstDrawing(lanes).map((lane) => lane.pair.id)).toEqual([1, 2, 3]);
  });

  it('draws a board no larger than that at once, and counts only the cards the filters show', () => {
    const small = applyFilters(boardOf(laneOf(1, 20), laneOf(2, 19)), NO_FILTERS).lanes;
    expect(firstDrawing(small)).toBe(small);
    const board = boardOf(
      laneOf(1, 30),
      [...laneOf(2, 30), cardOf(299, 'Sam Placeholder', { pairId: 2, stage: 'inactive' })],
      laneOf(3, 30),
    );
    const inactiveOnly = applyFilters(board, { ...NO_FILTERS, stage: 'inactive' }).lanes;
    expect(firstDrawing(inactiveOnly)).toBe(inactiveOnly);
  });
});

describe('filters', () => {
  it('keep what they showed of a lane that did not change, so only changed lanes are drawn again', () => {
    const before = boardOf([cardOf(1, 'Avery Sample')], [cardOf(3, 'Riley Samplewood', { pairId: 2 })]);
    const filters = { ...NO_FILTERS };
    const first = applyFilters(before, filters);
    const refreshed = keepUnchanged(
      before,
      boardOf([cardOf(1, 'Avery Sample')], [cardOf(3, 'Riley Samplewood', { pairId: 2, stage: 'inactive' })]),
    );
    const second = applyFilters(refreshed, filters);
    expect(second.lanes[0]).toBe(first.lanes[0]);
    expect(second.lanes[1]).not.toBe(first.lanes[1]);
    expect(applyFilters(refreshed, { ...NO_FILTERS }).lanes[0]).not.toBe(first.lanes[0]);
  });

  const board = boardOf(
    [
      cardOf(1, 'Jordan Testcase', { preferredName: 'Jo', daysSinceContact: 20, newPoliceContacts: 1 }),
      cardOf(2, 'Sofía Examplecase', { stage: 'awaiting_intake', intakeDaysLeft: -2, housing: 'unsheltered' }),
    ],
    [cardOf(3, 'Riley Samplewood', { pairId: 2, daysSinceContact: 3, openServiceReferrals: 1, courtDateOn: '2026-11-30' })],
  );
  const shownIds = (filters: Partial<typeof NO_FILTERS>) =>
    applyFilters(board, { ...NO_FILTERS, ...filters }).lanes.flatMap((lane) =>
      Object.values(lane.columns)
        .flat()
        .map((card) => card.participantId),
    );

  it('shows everyone without filters, and counts', () => {
    expect(shownIds({})).toEqual([2, 1, 3]);
    expect(applyFilters(board, { ...NO_FILTERS, name: 'jo' })).toMatchObject({ shown: 1, total: 3 });
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(filtersActive({ ...NO_FILTERS, intakeOverdue: true })).toBe(true);
  });

  it('finds a name by preferred or legal name, without case or accents', () => {
    expect(shownIds({ name: 'JO' })).toEqual([1]);
    expect(shownIds({ name: 'testcase' })).toEqual([1]);
    expect(shownIds({ name: 'sofia' })).toEqual([2]);
  });

  it('narrows by pair, stage, flag, housing, days without contact and overdue intake', () => {
    expect(shownIds({ pairId: '2' })).toEqual([3]);
    expect(shownIds({ stage: 'awaiting_intake' })).toEqual([2]);
    expect(shownIds({ flag: 'police' })).toEqual([1]);
    expect(shownIds({ flag: 'referral' })).toEqual([3]);
    expect(shownIds({ flag: 'court' })).toEqual([3]);
    expect(shownIds({ housing: 'unsheltered' })).toEqual([2]);
    expect(shownIds({ noContactDays: '14' })).toEqual([2, 1]);
    expect(shownIds({ intakeOverdue: true })).toEqual([2]);
  });

  it('ignores a number of days that is not one, and says why', () => {
    expect(noContactDays('abc')).toEqual({ days: null, problem: 'Enter a whole number of days, 1 or more.' });
    expect(noContactDays('0').problem).not.toBeNull();
    expect(noContactDays(' 10 ')).toEqual({ days: 10, problem: null });
    expect(shownIds({ noContactDays: 'abc' })).toEqual([2, 1, 3]);
  });
});

describe('column widths', () => {
  it('grow with the cards a stage holds per lane, the same for every lane; empty stages stay narrow', () => {
    const active = Array.from({ length: 16 }, (_, i) => cardOf(i + 1, `Person ${i}`));
    expect(columnTemplate(boardOf(active, [cardOf(40, 'Riley Samplewood', { pairId: 2, stage: 'inactive' })]))).toBe(
      'minmax(7.5rem, 0.6fr) minmax(7.5rem, 0.6fr) minmax(9rem, 2.83fr) minmax(9rem, 1.00fr) minmax(7.5rem, 0.6fr)',
    );
  });
});
