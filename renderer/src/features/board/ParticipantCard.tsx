import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { neighbourStage } from './board-moves';
import { cardFlags, cardNames, contactFact, intakeFact, type CardContext } from './card-facts';
import type { OnCardCommand } from './card-command';
import { CardMenu } from './CardMenu';

interface CardProps {
  card: BoardCard;
  context: CardContext;
  onCommand: OnCardCommand;
  /**
   * Whether this card holds its lane's Tab stop (a roving tabindex): Tab reaches one card per
   * lane and the arrow keys move between the lane's cards, so Tab goes from lane to lane.
   */
  tabbable?: boolean;
}

/** The draggable slot of a card. It re-renders whenever a drag starts or passes a column; the face inside does not. */
export const DraggableCard = memo(function DraggableCard({ card, context, onCommand, tabbable = true }: CardProps) {
  const data = useMemo(() => ({ card }), [card]);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: card.participantId, data });
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      className={isDragging ? 'board-slot board-slot-lifted' : 'board-slot'}
      data-card-id={card.participantId}
    >
      <CardFace card={card} context={context} onCommand={onCommand} tabbable={tabbable} />
    </li>
  );
});

/** The card as it follows the pointer during a drag: the same face, without its buttons. */
export function DraggedCard({ card, context }: Omit<CardProps, 'onCommand'>) {
  return (
    <div className="board-dragged">
      <CardFace card={card} context={context} />
    </div>
  );
}

const isTyping = (target: EventTarget) => target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

const CardFace = memo(function CardFace({
  card,
  context,
  onCommand,
  tabbable = true,
}: Omit<CardProps, 'onCommand'> & { onCommand?: OnCardCommand }) {
  const tabIndex = tabbable ? undefined : -1;
  const [menuOpen, setMenuOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const { first, legal } = cardNames(card);
  const contact = contactFact(card.daysSinceContact, context, card.stage === 'exited');
  const intake = intakeFact(card.intakeDaysLeft);
  const flags = cardFlags(card, context);
  const nameId = `board-card-${card.participantId}${onCommand ? '' : '-dragged'}`;

  /** The shortcuts listed under "Keyboard shortcuts" above the board, from anywhere on the card. */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!onCommand || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (!(event.target instanceof Node) || !root.current?.contains(event.target)) return;
    const key = event.key.toLowerCase();
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const to = neighbourStage(card.stage, event.key === 'ArrowLeft' ? -1 : 1);
      if (to) onCommand(card, { kind: 'move', to });
    } else if (event.altKey || event.shiftKey) {
      return;
    } else if (key === 'm') {
      setMenuOpen(true);
    } else if (key === 'c') {
      onCommand(card, { kind: 'contact' });
    } else if (key === 'r' && context.supervisor) {
      onCommand(card, { kind: 'reassign' });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      stepFocus(root.current, event.key === 'ArrowDown' ? 1 : -1);
    } else {
      return;
    }
    // Alt+ArrowLeft is also the browser's "Back": the board keeps it.
    event.preventDefault();
  }

  return (
    <article ref={root} className={`board-card board-card-${contact.age}`} aria-labelledby={nameId} onKeyDown={onKeyDown}>
      <h4 className="board-card-heading">
        {onCommand ? (
          <button
            id={nameId}
            type="button"
            className="board-card-open"
            tabIndex={tabIndex}
            onClick={() => onCommand(card, { kind: 'open' })}
          >
            <CardName first={first} legal={legal} />
          </button>
        ) : (
          <span id={nameId} className="board-card-open">
            <CardName first={first} legal={legal} />
          </span>
        )}
      </h4>
      <p className="board-card-contact">
        <span className="board-card-age-mark" aria-hidden="true" />
        {contact.word && <strong>{contact.word}: </strong>}
        {contact.text}
      </p>
      {intake && <p className={intake.overdue ? 'board-card-intake board-card-intake-overdue' : 'board-card-intake'}>{intake.text}</p>}
      {flags.length > 0 && (
        <ul className="board-card-flags" aria-label="Flags">
          {flags.map((flag, index) => (
            <li key={`${flag.kind}-${index}`} className={`board-flag board-flag-${flag.kind}`}>
              {flag.text}
            </li>
          ))}
        </ul>
      )}
      {onCommand && (
        <div className="board-card-actions">
          <CardMenu
            card={card}
            supervisor={context.supervisor}
            open={menuOpen}
            onOpenChange={setMenuOpen}
            onCommand={(command) => onCommand(card, command)}
            tabIndex={tabIndex}
          />
          <button
            type="button"
            className="button button-link board-card-action"
            tabIndex={tabIndex}
            onClick={() => onCommand(card, { kind: 'contact' })}
          >
            Log contact
          </button>
        </div>
      )}
    </article>
  );
});

function CardName({ first, legal }: { first: string; legal: string | null }) {
  return (
    <>
      <span className="board-card-name">{first}</span>
      {legal && <span className="board-card-legal"> ({legal})</span>}
    </>
  );
}

/** Up and down walk the cards of a column, landing on each card's name. */
function stepFocus(card: HTMLElement | null, step: 1 | -1): void {
  const slot = card?.closest('.board-slot');
  const next = step === 1 ? slot?.nextElementSibling : slot?.previousElementSibling;
  next?.querySelector<HTMLElement>('.board-card-open')?.focus();
}
