import type { MeetingItemView } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/use-action';
import { ItemNotesForm } from './ItemNotesForm';
import { ItemReasons } from './ItemReasons';
import { setMeeting } from './meeting-store';
import { RoomPreviewPanel } from './RoomPreviewPanel';

interface AgendaItemCardProps {
  item: MeetingItemView;
  /** Its place among the items still on the agenda (1-based). */
  place: number;
  /** The items just before and after it still on the agenda: a move takes the neighbour's position. */
  before: MeetingItemView | null;
  after: MeetingItemView | null;
  editable: boolean;
  withDecision: boolean;
}

/** One agenda item as the team curates it: why it is on the agenda, its notes, its order, and what the room would see. */
export function AgendaItemCard({ item, place, before, after, editable, withDecision }: AgendaItemCardProps) {
  const move = useAction((position: number) => call('meetings.moveItem', { itemId: item.id, position }), setMeeting);
  const drop = useAction((dropped: boolean) => call('meetings.updateItem', { itemId: item.id, dropped }), setMeeting);
  const headingId = `agenda-item-${item.id}`;
  return (
    <li className={item.dropped ? 'agenda-item agenda-item-dropped' : 'agenda-item'} aria-labelledby={headingId}>
      <div className="agenda-item-head">
        <h3 id={headingId}>
          {item.dropped ? 'Dropped: ' : `${place}. `}
          {item.name}
        </h3>
        <p className="cell-second-line">
          {item.stage}
          {item.pairLabel && ` · ${item.pairLabel}`}
          {item.addedByHand && ' · added by hand'}
        </p>
      </div>
      <ItemReasons item={item} />
      {editable && (
        <div className="row-actions" role="group" aria-label={`Order of ${item.name}`}>
          {!item.dropped && (
            <>
              <Button aria-label={`Move up: ${item.name}`} disabled={!before} onClick={() => before && void move.run(before.position)}>
                Move up
              </Button>
              <Button aria-label={`Move down: ${item.name}`} disabled={!after} onClick={() => after && void move.run(after.position)}>
                Move down
              </Button>
            </>
          )}
          <Button
            aria-label={`${item.dropped ? 'Put back on the agenda' : 'Drop from the agenda'}: ${item.name}`}
            onClick={() => void drop.run(!item.dropped)}
          >
            {item.dropped ? 'Put back on the agenda' : 'Drop from the agenda'}
          </Button>
        </div>
      )}
      {(move.formError ?? drop.formError) && <Alert tone="error">{move.formError ?? drop.formError}</Alert>}
      {!item.dropped && (
        <div className="agenda-item-body">
          {editable ? <ItemNotesForm item={item} withDecision={withDecision} /> : <ReadOnlyNotes item={item} />}
          <RoomPreviewPanel preview={item.room} label={`What the room would see of ${item.name}`} />
        </div>
      )}
    </li>
  );
}

function ReadOnlyNotes({ item }: { item: MeetingItemView }) {
  return (
    <dl className="agenda-notes">
      <dt>Team note (stays with the team)</dt>
      <dd>{item.teamNote || 'None'}</dd>
      <dt>Shared summary</dt>
      <dd>{item.sharedSummary || 'None'}</dd>
    </dl>
  );
}
