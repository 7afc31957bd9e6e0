import type { ReactNode } from 'react';
import { HOUSING_STATUSES, HOUSING_STATUS_LABELS, type HousingStatus } from '../../../../shared/domain/assessment';
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { CheckboxField, SelectField, TextField, WholeNumberField, type Option } from '../../ui/Field';
import { FLAG_FILTERS, FLAG_FILTER_LABELS, noContactDays, type BoardFilters as Filters, type FlagFilter } from './board-filters';
import { setFilters } from './board-store';

const ANY: Option<''> = { value: '', label: 'Any' };
const STAGE_OPTIONS: readonly Option<Stage | ''>[] = [
  { value: '', label: 'All stages' },
  ...STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
];
const FLAG_OPTIONS: readonly Option<FlagFilter | ''>[] = [
  ANY,
  ...FLAG_FILTERS.map((value) => ({ value, label: FLAG_FILTER_LABELS[value] })),
];
const HOUSING_OPTIONS: readonly Option<HousingStatus | ''>[] = [
  ANY,
  ...HOUSING_STATUSES.map((value) => ({ value, label: HOUSING_STATUS_LABELS[value] })),
];

interface BoardFiltersProps {
  filters: Filters;
  /** The lanes' pairs, for the team view's pair filter; null on a pair's own board. */
  pairs: PairView[] | null;
  /** A case manager's or peer's choice of pair board, first in the row. */
  picker: ReactNode;
  /** False until there is a board to filter: the picker alone shows. */
  showFilters: boolean;
}

/** Narrows the cards on screen; the board itself stays loaded, so filtering answers as you type. */
export function BoardFilters({ filters, pairs, picker, showFilters }: BoardFiltersProps) {
  const days = noContactDays(filters.noContactDays);
  return (
    <div className="board-filters" role="search" aria-label="Filter the board">
      <div className="board-filter-fields">
        {picker}
        {showFilters && (
          <>
            <TextField
              label="Search by name"
              type="search"
              value={filters.name}
              onChange={(name) => setFilters({ name })}
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
            />
            {pairs && (
              <SelectField
                label="Pair"
                value={filters.pairId}
                options={[{ value: '', label: 'All pairs' }, ...pairs.map((pair) => ({ value: String(pair.id), label: pair.label }))]}
                onChange={(pairId) => setFilters({ pairId })}
              />
            )}
            <SelectField label="Stage" value={filters.stage} options={STAGE_OPTIONS} onChange={(stage) => setFilters({ stage })} />
            <SelectField label="Flag" value={filters.flag} options={FLAG_OPTIONS} onChange={(flag) => setFilters({ flag })} />
            <SelectField
              label="Housing"
              value={filters.housing}
              options={HOUSING_OPTIONS}
              onChange={(housing) => setFilters({ housing })}
            />
            <WholeNumberField
              label="No contact in (days)"
              min={1}
              value={filters.noContactDays}
              onChange={(noContactDays) => setFilters({ noContactDays })}
              error={days.problem ?? undefined}
            />
            <CheckboxField
              label="Intake overdue"
              checked={filters.intakeOverdue}
              onChange={(intakeOverdue) => setFilters({ intakeOverdue })}
            />
          </>
        )}
      </div>
    </div>
  );
}
