import { useEffect, useRef, useState } from 'react';
import type { Reply } from '../../../../shared/ipc/reply';

/** How long typing must pause before the search asks the main process. */
export const SEARCH_DELAY_MS = 150;

export interface SearchAsYouType<T> {
  query: string;
  /** The answer to the last query sent, with that query; null while the field is empty. */
  result: { query: string; hits: T[] } | null;
  error: string | null;
  onQuery(value: string): void;
}

/**
 * A search that answers as the person types: it waits for a pause, and an answer to an older
 * query never replaces the answer to a newer one.
 */
export function useSearchAsYouType<T>(search: (query: string) => Promise<Reply<T[]>>): SearchAsYouType<T> {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: T[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const ticket = useRef(0);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      ticket.current += 1;
    },
    [],
  );

  function onQuery(value: string) {
    setQuery(value);
    if (timer.current !== null) window.clearTimeout(timer.current);
    const mine = ++ticket.current;
    const trimmed = value.trim();
    if (trimmed === '') {
      setResult(null);
      setError(null);
      return;
    }
    timer.current = window.setTimeout(async () => {
      const reply = await search(trimmed);
      if (mine !== ticket.current) return; // a newer keystroke has its own search
      if (reply.ok) {
        setResult({ query: trimmed, hits: reply.value });
        setError(null);
      } else if (reply.error.code !== 'NOT_SIGNED_IN') {
        setError(reply.error.message);
      }
    }, SEARCH_DELAY_MS);
  }

  return { query, result, error, onQuery };
}
