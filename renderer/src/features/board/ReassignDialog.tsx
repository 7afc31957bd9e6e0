import { useState } from 'react';
import type { BoardCard } from '../../../../shared/ipc/caseload-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { cardName, loadFact } from './card-facts';

interface ReassignDialogProps {
  card: BoardCard;
  /** The pair the card was dropped on, if it was dragged to another lane. */
  pairId: number | null;
  onReassigned(card: BoardCard, pair: PairView): void;
  onClose(): void;
}

function pairOption(pair: PairView): string {
  const load = loadFact(pair);
  return `${pair.label}: ${load.text} participants${load.warning ? ` (${load.warning.toLowerCase()})` : ''}`;
}

/**
 * The supervisor gives a participant to another active pair. A pair at its cap takes them only
 * with a written reason: the main process refuses first and says so, the reason field shows, and
 * the supervisor can try again.
 */
export function ReassignDialog({ card, pairId, onReassigned, onClose }: ReassignDialogProps) {
  const [pairs, setPairs] = useState<PairView[] | null>(null);
  const [chosenId, setChosenId] = useState(pairId === null ? '' : String(pairId));
  const [reason, setReason] = useState('');
  const load = useAction(
    () => call('pairs.list', {}),
    (list) => setPairs(list.filter((pair) => pair.active && pair.id !== card.pairId)),
  );
  useOnMount(() => void load.run());

  const chosen = pairs?.find((pair) => String(pair.id) === chosenId) ?? null;
  const reassign = useAction(
    async () => {
      if (!chosen) return invalid({ pairId: 'Choose the pair who will work with this participant.' });
      return call('participants.reassign', {
        participantId: card.participantId,
        pairId: chosen.id,
        capOverrideReason: reason.trim() ? reason : null,
      });
    },
    (moved) => onReassigned(moved, chosen!),
    ['pairId', 'capOverrideReason'],
  );
  const askedForReason = reassign.fieldError('capOverrideReason') !== undefined;
  const atCap = chosen !== null && chosen.caseload >= chosen.cap;
  const name = cardName(card);

  return (
    <Dialog title={`Reassign ${name}`} onClose={onClose}>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {!pairs && !load.formError && <p role="status">Loading the pairs…</p>}
      {pairs && pairs.length === 0 && <p>There is no other active pair to take {name} on.</p>}
      {pairs && pairs.length > 0 && (
        <ActionForm
          action={reassign}
          submitLabel="Reassign"
          busyLabel="Reassigning…"
          onSubmit={() => void reassign.run()}
          secondary={<Button onClick={onClose}>Cancel</Button>}
        >
          <ChoiceGroup
            legend="New pair (case manager and peer)"
            type="radio"
            options={pairs.map((pair) => ({ value: String(pair.id), label: pairOption(pair) }))}
            selected={chosenId ? [chosenId] : []}
            onChange={(values) => setChosenId(values[0] ?? '')}
            hint="Each pair’s caseload against its cap. The stage stays as it is."
            error={reassign.fieldError('pairId')}
          />
          {(atCap || askedForReason) && (
            <TextAreaField
              label="Reason to go over the cap"
              hint={
                chosen
                  ? `${chosen.label} has ${chosen.caseload} of ${chosen.cap} participants. Going over the cap needs your written reason; the override is recorded in the audit log.`
                  : undefined
              }
              rows={3}
              value={reason}
              onChange={setReason}
              error={reassign.fieldError('capOverrideReason')}
            />
          )}
        </ActionForm>
      )}
    </Dialog>
  );
}
