import { useEffect, useRef, useState } from 'react';
import type { Reply } from '../../../shared/ipc/reply';

/** How long typing must pause before the search asks the main process. */
export const SEARCH_DELAY_MS = 150;

/** What a search answers: one page of hits, and how many match in all. */
export interface SearchPageOf<T> {
  hits: T[];
  total: number;
}

export interface SearchAsYouType<T, P extends SearchPageOf<T> = SearchPageOf<T>> {
  query: string;
  /**
   * The answer to the last query sent, with that query: every hit loaded so far (the first page
   * and any "show more"), and the last page as answered (its true total). Null while the field is empty.
   */
  result: { query: string; hits: T[]; page: P } | null;
  error: string | null;
  /** True while the next page is being fetched. */
  loadingMore: boolean;
  onQuery(value: string): void;
  /** Fetches the next page of the same query and appends it. */
  showMore(): Promise<void>;
}

/**
 * A search that answers as the person types: it waits for a pause, and an answer to an older
 * query never replaces the answer to a newer one. Answers come a page at a time with the true
 * count; `showMore` appends the next page.
 */
export function useSearchAsYouType<T, P extends SearchPageOf<T> = SearchPageOf<T>>(
  search: (query: string, offset: number) => Promise<Reply<P>>,
): SearchAsYouType<T, P> {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: T[]; page: P } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const timer = useRef<number | null>(null);
  const ticket = useRef(0);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      ticket.current += 1;
    },
    [],
  );

  function answered(reply: Reply<P>, apply: (page: P) => void) {
    if (reply.ok) {
      apply(reply.value);
      setError(null);
    } else if (reply.error.code !== 'NOT_SIGNED_IN') {
      setError(reply.error.message);
    }
  }

  function onQuery(value: string) {
    setQuery(value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    const mine = ++ticket.current;
    setLoadingMore(false);
    const trimmed = value.trim();
    if (trimmed === '') {
      setResult(null);
      setError(null);
      return;
    }
    timer.current = window.setTimeout(async () => {
      const reply = await search(trimmed, 0);
      if (mine !== ticket.current) return; // a newer keystroke has its own search
      answered(reply, (page) => setResult({ query: trimmed, hits: page.hits, page }));
    }, SEARCH_DELAY_MS);
  }

  async function showMore() {
    if (!result || result.hits.length >= result.page.total) return;
    const mine = ticket.current;
    setLoadingMore(true);
    const reply = await search(result.query, result.hits.length);
    if (mine !== ticket.current) return;
    setLoadingMore(false);
    answered(reply, (page) => setResult({ query: result.query, hits: [...result.hits, ...page.hits], page }));
  }

  return { query, result, error, loadingMore, onQuery, showMore };
}
