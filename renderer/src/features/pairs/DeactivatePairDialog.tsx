import type { PairView } from '../../../../shared/ipc/intake-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/use-action';

interface DeactivatePairDialogProps {
  pair: PairView;
  onClose(): void;
  onDeactivated(pair: PairView): void;
}

export function DeactivatePairDialog({ pair, onClose, onDeactivated }: DeactivatePairDialogProps) {
  const deactivate = useAction(() => call('pairs.deactivate', { id: pair.id }), onDeactivated);
  return (
    <Dialog title={`Deactivate ${pair.label}?`} onClose={onClose}>
      <p>
        The pair takes no more participants. {pair.caseManager.displayName} and {pair.peer.displayName} can then be paired with
        someone else. The pair stays on record.
      </p>
      <ActionForm
        action={deactivate}
        submitLabel="Deactivate pair"
        busyLabel="Deactivating…"
        onSubmit={() => void deactivate.run()}
        danger
        secondary={
          <Button data-autofocus onClick={onClose}>
            Cancel
          </Button>
        }
      />
    </Dialog>
  );
}
