import type { Board, BoardCard } from '../../../../shared/ipc/caseload-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { call } from '../../lead';
import { createStore } from '../../state/store';
import { NO_FILTERS, type BoardFilters } from './board-filters';
import { keepUnchanged, placeCard } from './board-moves';

/** Which board is on screen: the supervisor's whole team, or one pair's caseload. */
export type BoardSource = { kind: 'team' } | { kind: 'pair'; pairId: number };

interface BoardState {
  source: BoardSource | null;
  /** The board as last loaded for `source`, or null while the first load runs. */
  board: Board | null;
  /** Why the board could not be loaded, or null. */
  problem: string | null;
  /** Every pair, for the pair picker; null before they are loaded. */
  pairs: PairView[] | null;
  filters: BoardFilters;
}

/**
 * Board data and filters (a name typed in the search is about a person): cleared at every lock
 * with the other stores. Kept between pages, so coming back from a record shows the board at once
 * while it refreshes.
 */
export const useBoard = createStore<BoardState>(() => ({ source: null, board: null, problem: null, pairs: null, filters: NO_FILTERS }));

const sameSource = (a: BoardSource | null, b: BoardSource | null) =>
  a !== null && b !== null && a.kind === b.kind && (a.kind === 'team' || (b.kind === 'pair' && a.pairId === b.pairId));

let running: Promise<void> | null = null;
let again = false;

/**
 * Loads the board again. Calls that come while a load runs are folded into one more load after
 * it, so a burst of changes costs at most two loads and the last one sees every change.
 */
export function refreshBoard(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await loadOnce();
      } while (again);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function loadOnce(): Promise<void> {
  const source = useBoard.getState().source;
  if (!source) return;
  const reply = source.kind === 'team' ? await call('board.team', {}) : await call('board.pair', { pairId: source.pairId });
  // The person may have picked another board meanwhile: this answer is for the old one.
  if (!sameSource(source, useBoard.getState().source)) return;
  if (reply.ok) {
    useBoard.setState((state) => {
      const board = keepUnchanged(state.board, reply.value);
      // The same state object tells the store nothing changed: no one is drawn again.
      return board === state.board && state.problem === null ? state : { board, problem: null };
    });
  } else if (reply.error.code !== 'NOT_SIGNED_IN') useBoard.setState({ problem: reply.error.message });
}

export function showBoard(source: BoardSource): Promise<void> {
  if (!sameSource(source, useBoard.getState().source)) useBoard.setState({ source, board: null, problem: null });
  return refreshBoard();
}

/**
 * The board a person starts on: the whole team for the supervisor; for a case manager or peer,
 * the pair they picked earlier in this session, else their own pair.
 */
export async function openBoard(user: { id: number; role: string }): Promise<void> {
  if (user.role === 'supervisor') return showBoard({ kind: 'team' });
  const reply = await call('pairs.list', {});
  if (!reply.ok) {
    if (reply.error.code !== 'NOT_SIGNED_IN') useBoard.setState({ problem: reply.error.message });
    return;
  }
  useBoard.setState({ pairs: reply.value });
  const current = useBoard.getState().source;
  if (current) return showBoard(current);
  const own = reply.value.find((pair) => pair.active && (pair.caseManager.id === user.id || pair.peer.id === user.id));
  if (own) return showBoard({ kind: 'pair', pairId: own.id });
}

/**
 * Puts a card the main process returned (a move, a reassignment, a contact logged) in its place.
 * The reply is the whole change, so the board does not load again: one action, one call.
 */
export function cardChanged(card: BoardCard): void {
  useBoard.setState((state) => (state.board ? { board: placeCard(state.board, card) } : {}));
}

export function setFilters(change: Partial<BoardFilters>): void {
  useBoard.setState((state) => ({ filters: { ...state.filters, ...change } }));
}

export function clearFilters(): void {
  useBoard.setState({ filters: NO_FILTERS });
}
