import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { dateLabel } from '../../ui/dates';
import { useAction } from '../../ui/use-action';

interface ReopenDialogProps {
  meeting: MeetingView;
  onClose(): void;
  onReopened(meeting: MeetingView): void;
}

/** Asks before the supervisor reopens closed minutes: the reopening and every change after it go into the audit log. */
export function ReopenDialog({ meeting, onClose, onReopened }: ReopenDialogProps) {
  const reopen = useAction(() => call('meetings.correct', { meetingId: meeting.id }), onReopened);
  return (
    <ConfirmDialog
      title={`Reopen the minutes of ${dateLabel(meeting.meetsOn)}?`}
      action={reopen}
      confirmLabel="Reopen for correction"
      busyLabel="Reopening…"
      onClose={onClose}
    >
      <p>
        You can then correct each item’s decision, shared summary and team note. Reopening is recorded in the audit log with your name and
        the time, and so is every correction you save: which fields changed, not what they say.
      </p>
      <p>What the room was shown stays as it was: each of those disclosures is logged and is not changed.</p>
    </ConfirmDialog>
  );
}
