import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type Over,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { moveBlocked } from './board-moves';
import type { DropTarget } from './BoardColumn';
import { cardName, type CardContext } from './card-facts';
import { DraggedCard } from './ParticipantCard';

/** A press becomes a drag only after this many pixels, so a click still opens the card. */
const DRAG_DISTANCE_PX = 8;

/** The column under the pointer; near an edge, the one the card overlaps most. */
const collisionDetection: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

const draggedCard = (active: Active) => (active.data.current as { card: BoardCard } | undefined)?.card ?? null;
const dropTarget = (over: Over | null) => (over?.data.current as DropTarget | undefined) ?? null;

interface BoardDragAreaProps {
  context: CardContext;
  laneLabel(pairId: number): string;
  /** A card let go over a column other than its own. */
  onDrop(card: BoardCard, target: DropTarget): void;
  children(dragged: BoardCard | null): ReactNode;
}

/**
 * Dragging cards between columns with a pointer. What happens is said aloud in plain words; the
 * card's "Move to…" menu and shortcuts do the same without a pointer.
 */
export function BoardDragArea({ context, laneLabel, onDrop, children }: BoardDragAreaProps) {
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE_PX } }));

  const announcements = useMemo<Announcements>(() => {
    const place = (card: BoardCard, target: DropTarget) =>
      target.pairId === card.pairId ? STAGE_LABELS[target.stage] : `${laneLabel(target.pairId)}’s lane (to reassign)`;
    const say = (active: Active, speak: (card: BoardCard, name: string) => string) => {
      const card = draggedCard(active);
      return card ? speak(card, cardName(card)) : undefined;
    };
    return {
      onDragStart: ({ active }) => say(active, (card, name) => `Picked up ${name}, in ${STAGE_LABELS[card.stage]}.`),
      onDragOver: ({ active, over }) =>
        say(active, (card, name) => {
          const target = dropTarget(over);
          if (!target) return `${name} is not over a column.`;
          const problem = target.pairId === card.pairId ? moveBlocked(card, target.stage) : null;
          return problem && target.stage !== card.stage
            ? `${name} is over ${place(card, target)}, where it cannot go: ${problem}`
            : `${name} is over ${place(card, target)}.`;
        }),
      onDragEnd: ({ active, over }) =>
        say(active, (card, name) => {
          const target = dropTarget(over);
          if (!target || (target.pairId === card.pairId && target.stage === card.stage)) return `${name} was put back in ${STAGE_LABELS[card.stage]}.`;
          return `${name} was dropped on ${place(card, target)}.`;
        }),
      onDragCancel: ({ active }) => say(active, (card, name) => `Moving ${name} was cancelled. ${name} stays in ${STAGE_LABELS[card.stage]}.`),
    };
  }, [laneLabel]);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const card = draggedCard(active);
    const target = dropTarget(over);
    if (card && target && (target.pairId !== card.pairId || target.stage !== card.stage)) onDrop(card, target);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements }}
      onDragStart={({ active }) => setDragged(draggedCard(active))}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {children(dragged)}
      {/* No drop animation: a refused card is simply back in its place, an accepted one in its new column. */}
      <DragOverlay dropAnimation={null}>{dragged && <DraggedCard card={dragged} context={context} />}</DragOverlay>
    </DndContext>
  );
}
