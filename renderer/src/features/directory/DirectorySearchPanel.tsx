import { Alert } from '../../ui/Alert';
import { DirectoryResultList } from './DirectoryResultList';
import { DirectorySearchFields } from './DirectorySearchFields';
import { setResults, setSearch, useDirectory } from './directory-store';
import { useDirectorySearch } from './use-directory-search';

/** The directory page's search, kept in its store so going back from an entry finds the same list. */
export function DirectorySearchPanel() {
  const search = useDirectory((state) => state.search);
  const results = useDirectory((state) => state.results);
  const error = useDirectorySearch(search, setResults);
  return (
    <>
      <DirectorySearchFields search={search} onChange={setSearch} label="Provider directory" />
      {error && <Alert tone="error">{error}</Alert>}
      {results && <DirectoryResultList results={results} />}
    </>
  );
}
