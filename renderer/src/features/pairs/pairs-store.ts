import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { createStore } from '../../state/store';

interface PairsState {
  /** The pairs as last loaded, or null before the first load. */
  pairs: PairView[] | null;
}

export const usePairs = createStore<PairsState>(() => ({ pairs: null }));

export function setPairs(pairs: PairView[]): void {
  usePairs.setState({ pairs });
}
