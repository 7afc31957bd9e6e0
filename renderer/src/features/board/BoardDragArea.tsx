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
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { STAGE_LABELS, STAGES } from '../../../../shared/domain/stages';
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

interface Point {
  x: number;
  y: number;
}

/** The column drawn at a point of the window, if any (the dragged copy of the card floats above it). */
function columnAt(point: Point): DropTarget | null {
  for (const element of document.elementsFromPoint(point.x, point.y)) {
    const column = element.closest<HTMLElement>('[data-drop-pair]');
    const stage = STAGES.find((candidate) => candidate === column?.dataset.stage);
    if (column && stage) return { pairId: Number(column.dataset.dropPair), stage };
  }
  return null;
}

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
  const releasedAt = useRef<Point | null>(null);

  // dnd-kit decides the drop from the column it last drew the card over, which lags behind the
  // pointer when the page is busy: a quick hand let go over one column while the board still
  // showed the card over another (or over none), and the drop landed there or nowhere. Where the
  // pointer really was at release is read before dnd-kit's own listener sees the release.
  useEffect(() => {
    const remember = (event: PointerEvent) => {
      releasedAt.current = { x: event.clientX, y: event.clientY };
    };
    window.addEventListener('pointerup', remember, { capture: true });
    return () => window.removeEventListener('pointerup', remember, { capture: true });
  }, []);
  /** Where a drop lands: the column under the pointer at release; between columns, the one dnd-kit chose. */
  const landing = useCallback((over: Over | null) => (releasedAt.current && columnAt(releasedAt.current)) ?? dropTarget(over), []);

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
          const target = landing(over);
          if (!target || (target.pairId === card.pairId && target.stage === card.stage))
            return `${name} was put back in ${STAGE_LABELS[card.stage]}.`;
          return `${name} was dropped on ${place(card, target)}.`;
        }),
      onDragCancel: ({ active }) =>
        say(active, (card, name) => `Moving ${name} was cancelled. ${name} stays in ${STAGE_LABELS[card.stage]}.`),
    };
  }, [laneLabel, landing]);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const card = draggedCard(active);
    const target = landing(over);
    if (card && target && (target.pairId !== card.pairId || target.stage !== card.stage)) onDrop(card, target);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements }}
      onDragStart={({ active }) => {
        releasedAt.current = null;
        setDragged(draggedCard(active));
      }}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {children(dragged)}
      {/* No drop animation: a refused card is simply back in its place, an accepted one in its new column. */}
      <DragOverlay dropAnimation={null}>{dragged && <DraggedCard card={dragged} context={context} />}</DragOverlay>
    </DndContext>
  );
}
