import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { allowedMoves } from '../../../../shared/domain/stage-moves';
import { STAGE_LABELS } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { moveBlocked, needsReason } from './board-moves';
import type { CardCommand } from './card-command';

interface MenuItem {
  key: string;
  /** Ends in "…" when choosing it asks for more (a reason, a pair). */
  label: string;
  /** Why it cannot be chosen; the item stays in the menu, disabled, so the reason can be read. */
  problem: string | null;
  command: CardCommand;
}

/** Below the button, or above it when the window has no room below; always inside the window. */
function placeMenu(list: HTMLElement | null, anchor: HTMLElement | null): void {
  if (!list || !anchor) return;
  const at = anchor.getBoundingClientRect();
  const size = list.getBoundingClientRect();
  const below = at.bottom + 4;
  const top = below + size.height > window.innerHeight - 8 ? Math.max(8, at.top - 4 - size.height) : below;
  list.style.top = `${top}px`;
  list.style.left = `${Math.max(8, Math.min(at.left, window.innerWidth - size.width - 8))}px`;
}

function menuItems(card: BoardCard, supervisor: boolean): MenuItem[] {
  const moves = allowedMoves(card.stage).map((to) => ({
    key: to,
    label: `${STAGE_LABELS[to]}${needsReason(to) ? '…' : ''}`,
    problem: moveBlocked(card, to),
    command: { kind: 'move', to } as const,
  }));
  const items: MenuItem[] = moves.length
    ? moves
    : // Only "exited" has no moves; any target gives the rule that explains it.
      [{ key: 'none', label: 'No stage moves', problem: moveBlocked(card, 'active'), command: { kind: 'move', to: 'active' } }];
  if (supervisor) {
    items.push({
      key: 'reassign',
      label: 'Reassign to another pair…',
      problem: card.stage === 'exited' ? 'Someone who has exited is on no pair’s caseload.' : null,
      command: { kind: 'reassign' },
    });
  }
  return items;
}

interface CardMenuProps {
  card: BoardCard;
  supervisor: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
  onCommand(command: CardCommand): void;
  /** -1 while another card of the lane holds the lane's Tab stop. */
  tabIndex?: number;
}

/**
 * The "Move to…" menu button of a card: the stages the card may go to (disabled ones say why)
 * and, for the supervisor, reassignment. The way to move a card without dragging it. The menu is
 * drawn over the page, so a column that scrolls never cuts it off.
 */
export function CardMenu({ card, supervisor, open, onOpenChange, onCommand, tabIndex }: CardMenuProps) {
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const buttonId = useId();
  const menuId = useId();
  const items = open ? menuItems(card, supervisor) : [];

  function close(refocus: boolean) {
    onOpenChange(false);
    if (refocus) button.current?.focus({ preventScroll: true });
  }

  useLayoutEffect(() => {
    if (!open) return;
    placeMenu(menu.current, button.current);
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onOpenChange(false);
    };
    // The menu stays beside its button when the column, the page or the window moves under it.
    const follow = () => placeMenu(menu.current, button.current);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open, onOpenChange]);

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    // The card's own shortcuts must not fire from inside its menu.
    event.stopPropagation();
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(at + 1);
    else if (event.key === 'ArrowUp') focusAt(at - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(true);
    else return;
    event.preventDefault();
  }

  function choose(item: MenuItem) {
    if (item.problem) return;
    close(true);
    onCommand(item.command);
  }

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button button-link board-card-action"
        tabIndex={tabIndex}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        Move to…
      </button>
      {open &&
        createPortal(
          <ul
            ref={menu}
            id={menuId}
            role="menu"
            aria-labelledby={buttonId}
            className="board-menu"
            onKeyDown={onMenuKeyDown}
            onPointerDown={(event) => event.stopPropagation()}
          >
            {items.map((item, index) => (
              <MenuEntry key={item.key} item={item} separated={item.key === 'reassign' && index > 0} onChoose={choose} />
            ))}
          </ul>,
          // In the page's <main> (outside the card, whose containment would clip it), so the menu
          // stays inside a landmark for screen readers.
          document.querySelector('main') ?? document.body,
        )}
    </>
  );
}

function MenuEntry({ item, separated, onChoose }: { item: MenuItem; separated: boolean; onChoose(item: MenuItem): void }) {
  const id = useId();
  return (
    <>
      {separated && <li role="separator" className="board-menu-separator" />}
      <li role="none">
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="board-menu-item"
          aria-labelledby={`${id}-label`}
          aria-describedby={item.problem ? `${id}-why` : undefined}
          aria-disabled={item.problem ? true : undefined}
          onClick={() => onChoose(item)}
        >
          <span id={`${id}-label`}>{item.label}</span>
          {item.problem && (
            <span id={`${id}-why`} className="board-menu-why">
              {item.problem}
            </span>
          )}
        </button>
      </li>
    </>
  );
}
