import { useEffect, useRef, useState } from 'react';
import type { DirectoryResults, DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { call } from '../../lead';
import { SEARCH_DELAY_MS } from '../../ui/use-search-as-you-type';

/**
 * Asks the directory again after each change of the search, once typing pauses; an answer to an
 * older search never replaces a newer one's. `answered` takes the results (the page keeps them in
 * its store, the picker in its own state) and must keep its identity (a store's setter, a state
 * setter) or every render searches again; what is returned is the refusal's message, if any.
 */
export function useDirectorySearch(search: DirectorySearch, answered: (results: DirectoryResults) => void): string | null {
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const timer = window.setTimeout(async () => {
      const reply = await call('directory.search', search);
      if (mine !== ticket.current) return;
      if (reply.ok) {
        answered(reply.value);
        setError(null);
      } else if (reply.error.code !== 'NOT_SIGNED_IN') setError(reply.error.message);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, answered]);

  return error;
}
