import type { Stage } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';

/** What a card asks the board to do: by pointer, by its menu, or by a shortcut. */
export type CardCommand = { kind: 'open' } | { kind: 'move'; to: Stage } | { kind: 'contact' } | { kind: 'reassign' };

/** One handler for every card, stable for the board's life, so cards can be memoised. */
export type OnCardCommand = (card: BoardCard, command: CardCommand) => void;
