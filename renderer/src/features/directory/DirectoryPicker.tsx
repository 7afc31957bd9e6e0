import { useState } from 'react';
import type { Need } from '../../../../shared/domain/assessment';
import type { DirectoryResults, DirectoryRow, DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { Alert } from '../../ui/Alert';
import { DirectoryResultList } from './DirectoryResultList';
import { DirectorySearchFields } from './DirectorySearchFields';
import { EMPTY_SEARCH } from './directory-store';
import { useDirectorySearch } from './use-directory-search';
import '../../styles/directory.css';

interface DirectoryPickerProps {
  /** The need being referred for: the search starts narrowed to it. */
  need: Need;
  onChoose(row: DirectoryRow): void;
}

/**
 * The directory searched from a referral form: the same search as the directory page, in the
 * form's own state (the page's list is not disturbed), each match with a "Choose" button.
 */
export function DirectoryPicker({ need, onChoose }: DirectoryPickerProps) {
  const [search, setSearch] = useState<DirectorySearch>({ ...EMPTY_SEARCH, need });
  const [results, setResults] = useState<DirectoryResults | null>(null);
  const error = useDirectorySearch(search, setResults);
  return (
    <div className="directory-picker">
      <DirectorySearchFields search={search} onChange={setSearch} label="Find the provider in the directory" />
      {error && <Alert tone="error">{error}</Alert>}
      {results && <DirectoryResultList results={results} choose={onChoose} />}
    </div>
  );
}
