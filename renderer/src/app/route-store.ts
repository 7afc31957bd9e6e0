import { createStore } from '../state/store';
import type { PageId } from './pages';

interface RouteState {
  page: PageId;
}

/** Which page of the signed-in app is showing. Reset at lock, so the next person starts at Home. */
export const useRoute = createStore<RouteState>(() => ({ page: 'home' }));

export function go(page: PageId): void {
  useRoute.setState({ page });
}
