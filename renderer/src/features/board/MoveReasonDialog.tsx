import { useState } from 'react';
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/stages';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/form-parts';
import { useAction } from '../../ui/use-action';
import { cardName } from './card-facts';

interface MoveReasonDialogProps {
  card: BoardCard;
  to: Stage;
  onMoved(card: BoardCard): void;
  onClose(): void;
}

/** Going inactive or exiting is a judgement the team explains: the reason goes on the participant's timeline. */
export function MoveReasonDialog({ card, to, onMoved, onClose }: MoveReasonDialogProps) {
  const [reason, setReason] = useState('');
  // An empty reason goes as none, so the main process answers with its own words for this move.
  const move = useAction(
    () => call('participants.move', { participantId: card.participantId, to, reason: reason.trim() ? reason : null }),
    onMoved,
    ['reason'],
  );
  const name = cardName(card);
  return (
    <Dialog title={`Move ${name} to ${STAGE_LABELS[to]}`} onClose={onClose}>
      <p>
        From {STAGE_LABELS[card.stage]} to {STAGE_LABELS[to]}.{' '}
        {to === 'exited'
          ? 'Someone who exits can come back later through a new referral.'
          : 'Participants do not fail out: an inactive participant can come back to active.'}
      </p>
      <ActionForm
        action={move}
        submitLabel={`Move to ${STAGE_LABELS[to]}`}
        busyLabel="Moving…"
        onSubmit={() => void move.run()}
        secondary={<Button onClick={onClose}>Cancel</Button>}
      >
        <TextAreaField
          label="Reason"
          hint="Required. It goes on the participant’s timeline with your name."
          rows={3}
          value={reason}
          onChange={setReason}
          error={move.fieldError('reason')}
          data-autofocus
        />
      </ActionForm>
    </Dialog>
  );
}
