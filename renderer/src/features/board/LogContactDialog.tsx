import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { Dialog } from '../../ui/Dialog';
import { ContactForm } from '../contacts';
import { cardName } from './card-facts';

interface LogContactDialogProps {
  card: BoardCard;
  /** With the participant's updated card. */
  onLogged(card: BoardCard): void;
  onClose(): void;
}

/** A contact logged straight from the board: the card's days since contact start again. */
export function LogContactDialog({ card, onLogged, onClose }: LogContactDialogProps) {
  return (
    <Dialog title={`Log a contact with ${cardName(card)}`} onClose={onClose}>
      <ContactForm participantId={card.participantId} onLogged={(logged) => onLogged(logged.card)} onCancel={onClose} />
    </Dialog>
  );
}
