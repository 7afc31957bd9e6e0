import { useEffect, useRef, useState } from 'react';
import type { DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { SelectField, TextField } from '../../ui/Field';
import { ChoiceGroup } from '../../ui/form-parts';
import { SEARCH_DELAY_MS } from '../../ui/use-search-as-you-type';
import { ATTRIBUTE_OPTIONS, CAPACITY_FILTER, NEED_OPTIONS } from './directory-format';
import { DirectoryResultList } from './DirectoryResultList';
import { setResults, setSearch, useDirectory } from './directory-store';

/**
 * The search: text as it is typed (after a short pause), need, attributes and capacity. Every
 * change asks again; an answer to an older search never replaces a newer one's.
 */
export function DirectorySearchPanel() {
  const search = useDirectory((state) => state.search);
  const results = useDirectory((state) => state.results);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const timer = window.setTimeout(async () => {
      const reply = await call('directory.search', search);
      if (mine !== ticket.current) return;
      if (reply.ok) {
        setResults(reply.value);
        setError(null);
      } else if (reply.error.code !== 'NOT_SIGNED_IN') setError(reply.error.message);
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  const change = (changes: Partial<DirectorySearch>) => setSearch({ ...search, ...changes });

  return (
    <>
      <div role="search" aria-label="Provider directory" className="directory-search">
        <TextField
          label="Search by name or what they offer"
          hint="For example: shelter, buprenorphine, ID."
          type="search"
          value={search.text}
          onChange={(text) => change({ text })}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          className="input-wide"
        />
        <div className="directory-filters">
          <SelectField label="Need" value={search.need ?? ''} options={NEED_OPTIONS} onChange={(need) => change({ need: need || null })} />
          <SelectField
            label="Capacity"
            value={search.capacity ?? ''}
            options={CAPACITY_FILTER}
            onChange={(capacity) => change({ capacity: capacity || null })}
          />
        </div>
        <ChoiceGroup
          legend="Offers"
          type="checkbox"
          options={ATTRIBUTE_OPTIONS}
          selected={search.attributes}
          onChange={(attributes) => change({ attributes })}
          columns
        />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {results && <DirectoryResultList results={results} />}
    </>
  );
}
