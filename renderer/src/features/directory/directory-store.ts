import type { DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { createStore } from '../../state/store';

/** What the directory page shows: a list, one entry, or the form. */
export type DirectoryScreen =
  { kind: 'list' } | { kind: 'entry'; serviceAtLocationId: string } | { kind: 'edit'; serviceAtLocationId: string | null };

interface DirectoryState {
  screen: DirectoryScreen;
  /** The search as last typed, kept while an entry is open so going back finds the same list. */
  search: DirectorySearch;
}

export const EMPTY_SEARCH: DirectorySearch = { text: '', need: null, attributes: [], capacity: null };

/** Made with createStore, so a lock clears it (renderer/src/state/store.ts). */
export const useDirectory = createStore<DirectoryState>(() => ({ screen: { kind: 'list' }, search: EMPTY_SEARCH }));

export function showScreen(screen: DirectoryScreen): void {
  useDirectory.setState({ screen });
}

export function setSearch(search: DirectorySearch): void {
  useDirectory.setState({ search });
}
