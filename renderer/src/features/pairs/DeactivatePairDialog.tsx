import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { call } from '../../lead';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAction } from '../../ui/use-action';

interface DeactivatePairDialogProps {
  pair: PairView;
  onClose(): void;
  onDeactivated(pair: PairView): void;
}

export function DeactivatePairDialog({ pair, onClose, onDeactivated }: DeactivatePairDialogProps) {
  const deactivate = useAction(() => call('pairs.deactivate', { id: pair.id }), onDeactivated);
  return (
    <ConfirmDialog
      title={`Deactivate ${pair.label}?`}
      action={deactivate}
      confirmLabel="Deactivate pair"
      busyLabel="Deactivating…"
      onClose={onClose}
    >
      <p>
        The pair takes no more participants. {pair.caseManager.displayName} and {pair.peer.displayName} can then be paired with someone
        else. The pair stays on record.
      </p>
    </ConfirmDialog>
  );
}
