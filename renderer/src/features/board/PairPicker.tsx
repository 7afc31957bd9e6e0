import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { SelectField } from '../../ui/Field';
import { showBoard, type BoardSource } from './board-store';

/** A case manager or peer looks at their own pair's board, or another pair's when covering for them. */
export function PairPicker({ pairs, source }: { pairs: PairView[]; source: BoardSource | null }) {
  const current = source?.kind === 'pair' ? source.pairId : null;
  const shown = pairs.filter((pair) => pair.active || pair.id === current);
  const options = shown.map((pair) => ({ value: String(pair.id), label: pair.label }));
  return (
    <div className="board-filter-wide">
      <SelectField
        label="Board of"
        value={current === null ? '' : String(current)}
        options={current === null ? [{ value: '', label: 'Choose a pair…' }, ...options] : options}
        onChange={(pairId) => pairId && void showBoard({ kind: 'pair', pairId: Number(pairId) })}
        hint={current === null ? 'You are not in a pair. Choose one to see its board.' : undefined}
      />
    </div>
  );
}
