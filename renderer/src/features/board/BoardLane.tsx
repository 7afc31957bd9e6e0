import { memo, useId } from 'react';
import { STAGES } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import type { ShownLane } from './board-filters';
import { BoardColumn } from './BoardColumn';
import { loadFact, type CardContext } from './card-facts';
import type { OnCardCommand } from './card-command';

interface BoardLaneProps {
  lane: ShownLane;
  dragged: BoardCard | null;
  context: CardContext;
  onCommand: OnCardCommand;
}

/** One pair's swimlane: its load against the cap, then a column per stage. Drawn again only when its own lane changes (or a drag starts). */
export const BoardLane = memo(function BoardLane({ lane, dragged, context, onCommand }: BoardLaneProps) {
  const { pair } = lane;
  const headingId = useId();
  const load = loadFact(pair);
  return (
    <section className="board-lane" aria-labelledby={headingId}>
      <div className="board-lane-header">
        <h2 id={headingId}>{pair.label}</h2>
        <p className={load.warning ? 'board-load board-load-full' : 'board-load'}>
          {load.warning && <strong>{load.warning}: </strong>}
          {load.text} participants
        </p>
        {!pair.active && <p className="board-lane-note">This pair is no longer active: reassign the people still with it.</p>}
      </div>
      <div className="board-columns">
        {STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            pairId={pair.id}
            stage={stage}
            cards={lane.columns[stage]}
            dragged={dragged}
            context={context}
            onCommand={onCommand}
          />
        ))}
      </div>
    </section>
  );
});
