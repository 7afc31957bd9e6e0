import { useEffect, useState } from 'react';
import { COVER_REASON_MIN_WORDS } from '../../../../shared/ipc/cover-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/form-parts';
import { useAction } from '../../ui/use-action';
import { useCoverRequest } from './cover-store';

/**
 * Opening another pair's participant asks for a cover first: the reason goes to the supervisor's
 * home, and the refused action runs again once the cover is granted. Mounted once in the shell.
 */
export function CoverDialog() {
  const request = useCoverRequest((state) => state.request);
  // Leaving the signed-in app (a lock) answers no, so nothing waits on a question no one sees.
  useEffect(() => () => useCoverRequest.getState().request?.settle(false), []);
  if (!request) return null;
  return <CoverForm key={request.cover.pairId} pairId={request.cover.pairId} pairLabel={request.cover.pairLabel} settle={request.settle} />;
}

function CoverForm({ pairId, pairLabel, settle }: { pairId: number; pairLabel: string; settle(granted: boolean): void }) {
  const [reason, setReason] = useState('');
  const start = useAction(
    () => call('covers.start', { pairId, reason }),
    () => settle(true),
    ['reason'],
  );
  const cancel = () => settle(false);
  return (
    <Dialog title={`Cover for ${pairLabel}?`} onClose={cancel}>
      <p>
        This participant is on {pairLabel}’s caseload. To open or change their record, cover for that pair: you can then work with their
        participants until the end of today. Your supervisor sees who covers which pair, and why.
      </p>
      <ActionForm
        action={start}
        submitLabel="Cover for this pair"
        busyLabel="Starting the cover…"
        onSubmit={() => void start.run()}
        secondary={<Button onClick={cancel}>Cancel</Button>}
      >
        <TextAreaField
          label="Why are you covering?"
          hint={`A few words (at least ${COVER_REASON_MIN_WORDS}), e.g. “Their peer is off sick today”.`}
          rows={2}
          value={reason}
          onChange={setReason}
          error={start.fieldError('reason')}
          data-autofocus
        />
      </ActionForm>
    </Dialog>
  );
}
