import type { DirectoryEntryView, DirectoryResults, DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { createStore } from '../../state/store';

/**
 * What the directory page shows: the list, one entry, or the form. An entry carries the view the
 * last reply gave (a save's, a confirmation's), so showing it asks nothing again; null: fetch it.
 */
export type DirectoryScreen =
  | { kind: 'list' }
  | { kind: 'entry'; serviceAtLocationId: string; entry: DirectoryEntryView | null }
  | { kind: 'edit'; serviceAtLocationId: string | null; entry: DirectoryEntryView | null };

interface DirectoryState {
  screen: DirectoryScreen;
  /** The search as last typed, kept while an entry is open so going back finds the same list. */
  search: DirectorySearch;
  /** The answer to that search (or to the import, which asks it again), or null before the first. */
  results: DirectoryResults | null;
}

export const EMPTY_SEARCH: DirectorySearch = { text: '', need: null, attributes: [], capacity: null };

/** Made with createStore, so a lock clears it (renderer/src/state/store.ts). */
export const useDirectory = createStore<DirectoryState>(() => ({ screen: { kind: 'list' }, search: EMPTY_SEARCH, results: null }));

export function showScreen(screen: DirectoryScreen): void {
  useDirectory.setState({ screen });
}

export function setSearch(search: DirectorySearch): void {
  useDirectory.setState({ search });
}

export function setResults(results: DirectoryResults): void {
  useDirectory.setState({ results });
}
