import { createStore } from '../state/store';
import type { PageId } from './pages';

interface RouteState {
  page: PageId;
  /** The record a page shows, e.g. the participant's id on the participant page; null for lists. */
  recordId: number | null;
}

/** Which page of the signed-in app is showing. Reset at lock, so the next person starts at Home. */
export const useRoute = createStore<RouteState>(() => ({ page: 'home', recordId: null }));

export function go(page: PageId, recordId: number | null = null): void {
  useRoute.setState({ page, recordId });
}
