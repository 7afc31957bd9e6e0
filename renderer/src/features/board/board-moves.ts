import { stageMoveProblem, STAGES_NEEDING_A_REASON } from '../../../../shared/domain/stage-moves';
import { CASELOAD_STAGES, STAGES, type Stage } from '../../../../shared/domain/stages';
import type { Board, BoardCard } from '../../../../shared/ipc/caseload-contract';

/**
 * Why a card cannot go to `to` at all, or null. The reason a move may need is asked for later,
 * in a dialog, so it is taken as given here: only the rules a reason cannot fix are checked.
 */
export function moveBlocked(card: Pick<BoardCard, 'stage' | 'assessmentComplete'>, to: Stage): string | null {
  return stageMoveProblem({ from: card.stage, to, reason: 'given in the dialog', assessmentComplete: card.assessmentComplete });
}

export function needsReason(to: Stage): boolean {
  return STAGES_NEEDING_A_REASON.includes(to);
}

/** The stage in the column to the left (-1) or right (+1), or null at the board's edge. */
export function neighbourStage(stage: Stage, step: -1 | 1): Stage | null {
  return STAGES[STAGES.indexOf(stage) + step] ?? null;
}

const sortKey = (card: BoardCard) => (card.preferredName ?? card.name).toLocaleLowerCase();

/**
 * The board with `card` (a reply of the main process) in its new place: out of whichever lane held
 * it, into its pair's lane in the order the main process sorts by, each lane's caseload counted
 * again the way the main process counts it (every stage but exited counts against the cap). A
 * move changes nothing else on the board, so no reload follows.
 */
export function placeCard(board: Board, card: BoardCard): Board {
  const before = board.lanes.flatMap((lane) => lane.cards).find((c) => c.participantId === card.participantId);
  return {
    ...board,
    lanes: board.lanes.map((lane) => {
      const others = lane.cards.filter((c) => c.participantId !== card.participantId);
      const held = others.length !== lane.cards.length;
      const joins = lane.pair.id === card.pairId;
      const caseload = lane.pair.caseload - (held && before && counts(before) ? 1 : 0) + (joins && counts(card) ? 1 : 0);
      const pair = caseload === lane.pair.caseload ? lane.pair : { ...lane.pair, caseload };
      if (!joins) return held ? { ...lane, pair, cards: others } : lane;
      const cards = [...others, card].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.participantId - b.participantId);
      return { ...lane, pair, cards };
    }),
  };
}

const counts = (card: BoardCard) => CASELOAD_STAGES.includes(card.stage);

/**
 * A refreshed board that reuses every object that did not change: cards, lanes and the board
 * itself. Memoised cards and lanes then skip drawing, a refresh touches only what someone
 * changed, and a refresh that changed nothing returns `previous` and draws nothing at all.
 */
export function keepUnchanged(previous: Board | null, next: Board): Board {
  if (!previous) return next;
  const cardsBefore = new Map(previous.lanes.flatMap((lane) => lane.cards.map((card) => [card.participantId, card] as const)));
  const lanesBefore = new Map(previous.lanes.map((lane) => [lane.pair.id, lane]));
  const lanes = next.lanes.map((lane) => {
    const cards = lane.cards.map((card) => {
      const old = cardsBefore.get(card.participantId);
      return old && sameData(old, card) ? old : card;
    });
    const old = lanesBefore.get(lane.pair.id);
    return old && sameData(old.pair, lane.pair) && sameData(old.cards, cards) ? old : { ...lane, cards };
  });
  return sameData(previous, { ...next, lanes }) ? previous : { ...next, lanes };
}

/** Equal as data: the same values, arrays item by item, objects key by key (reused objects compare at once). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(b);
  return (
    keys.length === Object.keys(a).length &&
    keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
