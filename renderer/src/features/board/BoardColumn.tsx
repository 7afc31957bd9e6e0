import { useDroppable } from '@dnd-kit/core';
import { useId, useMemo } from 'react';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { moveBlocked } from './board-moves';
import type { CardContext } from './card-facts';
import type { OnCardCommand } from './card-command';
import { DraggableCard } from './ParticipantCard';

/** Where a column stands while a card is dragged: it says so in words as well as colour. */
function dropHint(column: { pairId: number; stage: Stage }, dragged: BoardCard | null): { ok: boolean; text: string } | null {
  if (!dragged) return null;
  if (dragged.pairId !== column.pairId) return { ok: true, text: 'Drop to reassign' };
  if (dragged.stage === column.stage) return null;
  return moveBlocked(dragged, column.stage) ? { ok: false, text: 'Cannot move here' } : { ok: true, text: 'Drop here' };
}

export interface DropTarget {
  pairId: number;
  stage: Stage;
}

interface BoardColumnProps {
  pairId: number;
  stage: Stage;
  cards: BoardCard[];
  /** The card being dragged, or null. */
  dragged: BoardCard | null;
  context: CardContext;
  onCommand: OnCardCommand;
  /** The card of the lane that holds the lane's one Tab stop. */
  tabbableId: number | null;
}

/**
 * One stage of one pair's lane: a drop target. Its cards grow the lane rather than scroll inside
 * the column: a column that scrolled inside itself clipped the buttons of the cards at its edge.
 */
export function BoardColumn({ pairId, stage, cards, dragged, context, onCommand, tabbableId }: BoardColumnProps) {
  const data = useMemo<DropTarget>(() => ({ pairId, stage }), [pairId, stage]);
  const { setNodeRef, isOver } = useDroppable({ id: `${pairId}:${stage}`, data });
  const headingId = useId();
  const hint = dropHint(data, dragged);
  const classes = ['board-column', hint && (hint.ok ? 'board-column-open' : 'board-column-closed'), isOver && hint && 'board-column-over'];
  // A group, not a region: a team board has five columns per pair, too many landmarks to be of use.
  return (
    <div
      ref={setNodeRef}
      role="group"
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-drop-pair={pairId}
      data-stage={stage}
    >
      <h3 id={headingId} className="board-column-heading">
        {STAGE_LABELS[stage]} <span className="board-column-count">({cards.length})</span>
      </h3>
      {hint && (
        <p className="board-drop-hint" aria-hidden="true">
          {hint.text}
        </p>
      )}
      {cards.length > 0 ? (
        <ul className="board-column-cards">
          {cards.map((card) => (
            <DraggableCard
              key={card.participantId}
              card={card}
              context={context}
              onCommand={onCommand}
              tabbable={card.participantId === tabbableId}
            />
          ))}
        </ul>
      ) : (
        <p className="board-column-empty">No one</p>
      )}
    </div>
  );
}
