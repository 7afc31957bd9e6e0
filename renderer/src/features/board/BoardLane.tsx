import { memo, useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { STAGES, type Stage } from '../../../../shared/domain/stages';
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

const cardIdOf = (target: EventTarget) => {
  const slot = target instanceof Element ? target.closest<HTMLElement>('[data-card-id]') : null;
  return slot ? Number(slot.dataset.cardId) : null;
};

const focusCard = (section: HTMLElement, participantId: number) =>
  section.querySelector<HTMLElement>(`[data-card-id="${participantId}"] .board-card-open`)?.focus();

/**
 * Where Left, Right, Home and End go from a card: the card at the same height in the nearest
 * column that has cards, or the lane's first or last card. Up and Down are the card's own keys.
 */
function cardToward(lane: ShownLane, from: number, key: string): number | null {
  const columns = STAGES.map((stage: Stage) => lane.columns[stage]).filter((cards) => cards.length > 0);
  const all = columns.flat();
  if (key === 'Home') return all[0]?.participantId ?? null;
  if (key === 'End') return all.at(-1)?.participantId ?? null;
  const column = columns.findIndex((cards) => cards.some((card) => card.participantId === from));
  if (column < 0) return null;
  const row = columns[column]!.findIndex((card) => card.participantId === from);
  const next = columns[column + (key === 'ArrowRight' ? 1 : -1)];
  return next ? next[Math.min(row, next.length - 1)]!.participantId : null;
}

const LANE_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * One pair's swimlane: its load against the cap, then a column per stage. Drawn again only when
 * its own lane changes (or a drag starts). The lane is one Tab stop (the card last used in it,
 * at first its first card, with that card's buttons), so Tab goes from lane to lane; the arrow
 * keys, Home and End move between the lane's cards.
 */
export const BoardLane = memo(function BoardLane({ lane, dragged, context, onCommand }: BoardLaneProps) {
  const { pair } = lane;
  const headingId = useId();
  const load = loadFact(pair);
  const [current, setCurrent] = useState<number | null>(null);
  const cards = STAGES.flatMap((stage) => lane.columns[stage]);
  const tabbableId = cards.some((card) => card.participantId === current) ? current : (cards[0]?.participantId ?? null);

  function onFocus(event: FocusEvent<HTMLElement>) {
    const id = cardIdOf(event.target);
    if (id !== null && id !== current) setCurrent(id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !LANE_KEYS.includes(event.key))
      return;
    if (!(event.target instanceof Element) || event.target.closest('[role="menu"], input, select, textarea')) return;
    const from = cardIdOf(event.target);
    const to = from === null ? null : cardToward(lane, from, event.key);
    if (to === null) return;
    event.preventDefault();
    focusCard(event.currentTarget, to);
  }

  return (
    <section className="board-lane" aria-labelledby={headingId} onFocus={onFocus} onKeyDown={onKeyDown}>
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
            tabbableId={tabbableId}
          />
        ))}
      </div>
    </section>
  );
});
