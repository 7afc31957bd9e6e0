import { go } from '../../app/route-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { participantName } from '../../ui/participant-name';

/** The way back from a participant's form to their record. */
export function BackToParticipant({ record }: { record: { id: number; name: string; preferredName: string | null } }) {
  return (
    <p className="participant-back">
      <Button variant="link" onClick={() => go('participant', record.id)}>
        ← Back to {participantName(record)}
      </Button>
    </p>
  );
}

/** Says a form was filled from a draft left earlier, and offers to throw it away. */
export function DraftRestoredNotice({ updatedAt, onStartOver }: { updatedAt: string; onStartOver(): void }) {
  return (
    <Alert tone="info">
      <p>
        Restored what you typed on {dateLabel(updatedAt)} at {timeLabel(updatedAt)}. It is not saved to the record yet.
      </p>
      <Button onClick={onStartOver}>Discard the draft and start over</Button>
    </Alert>
  );
}
