import type { KeyboardEvent } from 'react';
import type { DirectorySearch } from '../../../../shared/ipc/directory-contract';
import { SelectField, TextField } from '../../ui/Field';
import { ChoiceGroup } from '../../ui/form-parts';
import { ATTRIBUTE_OPTIONS, CAPACITY_FILTER, NEED_OPTIONS } from './directory-format';

interface DirectorySearchFieldsProps {
  search: DirectorySearch;
  onChange(search: DirectorySearch): void;
  /** The search landmark's name. */
  label: string;
}

/** Enter in the search box only searches: inside a referral form it would save the referral. */
function keepEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

/** What a directory search asks: text, need, capacity and what the place offers. */
export function DirectorySearchFields({ search, onChange, label }: DirectorySearchFieldsProps) {
  const change = (changes: Partial<DirectorySearch>) => onChange({ ...search, ...changes });
  return (
    <div role="search" aria-label={label} className="directory-search">
      <TextField
        label="Search by name or what they offer"
        hint="For example: shelter, buprenorphine, ID."
        type="search"
        value={search.text}
        onChange={(text) => change({ text })}
        onKeyDown={keepEnter}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        className="input-wide"
        data-autofocus
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
  );
}
