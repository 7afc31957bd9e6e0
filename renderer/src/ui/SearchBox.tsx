import { TextField } from './Field';
import type { SearchAsYouType } from './use-search-as-you-type';

interface SearchBoxProps {
  /** The search landmark's name, e.g. "Participants". */
  region: string;
  label: string;
  hint: string;
  search: Pick<SearchAsYouType<unknown>, 'query' | 'onQuery'>;
}

/** A search-as-you-type box in its own search landmark, as the participant and note searches share it. */
export function SearchBox({ region, label, hint, search }: SearchBoxProps) {
  return (
    <div role="search" className="participant-search" aria-label={region}>
      <TextField
        label={label}
        hint={hint}
        type="search"
        value={search.query}
        onChange={search.onQuery}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        className="input-wide"
      />
    </div>
  );
}
