import { useState } from 'react';
import type { MeetingItemView, MeetingView } from '../../../../shared/ipc/meetings-contract';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAction } from '../../ui/use-action';
import { ActionsPanel } from './ActionsPanel';
import { AttendeesPanel } from './AttendeesPanel';
import { ItemNotesForm } from './ItemNotesForm';
import { ItemReasons } from './ItemReasons';
import { agendaItems, neighbourItem, othersItemsLine } from './meeting-format';
import { applyStep, setMeeting } from './meeting-store';
import { MeetingTimer } from './MeetingTimer';
import { PresenterAgenda } from './PresenterAgenda';
import { RoomPreviewPanel } from './RoomPreviewPanel';
import { usePresenterKeys } from './use-presenter-keys';

/**
 * The supervisor's screen while the meeting runs: the agenda, the item on the room's screen in
 * full with the team's notes, a preview of exactly what the room sees, the next item, a timer,
 * and the keys that step through items and blank the room's screen.
 */
export function PresenterView({ meeting, view }: { meeting: MeetingView; view: SessionView }) {
  const [audienceOpen, setAudienceOpen] = useState(false);
  const [closing, setClosing] = useState(false);
  const show = useAction((item: MeetingItemView) => call('meetings.show', { meetingId: meeting.id, itemId: item.id }), applyStep);
  const blank = useAction(() => call('meetings.blank', { meetingId: meeting.id, blanked: !meeting.blanked }), setMeeting);
  const audience = useAction(
    (open: boolean) => call('meetings.audience', { open }),
    (reply) => setAudienceOpen(reply.open),
  );
  const close = useAction(
    () => call('meetings.close', { meetingId: meeting.id }),
    (closed) => {
      setClosing(false);
      setMeeting(closed);
    },
  );
  const next = neighbourItem(meeting, 1);
  const previous = neighbourItem(meeting, -1);
  const step = (item: MeetingItemView | null) => {
    if (item && !show.busy) void show.run(item);
  };
  usePresenterKeys({ next: () => step(next), previous: () => step(previous), toggleBlank: () => !blank.busy && void blank.run() });

  const items = agendaItems(meeting);
  const current = items.find((item) => item.id === meeting.currentItemId) ?? null;
  const error = show.formError ?? blank.formError ?? audience.formError;
  return (
    <div className="presenter">
      <div className="presenter-controls" role="toolbar" aria-label="Room's screen">
        {meeting.startedAt && <MeetingTimer startedAt={meeting.startedAt} currentItemId={meeting.currentItemId} />}
        <Button variant="primary" disabled={!next} onClick={() => step(next)} aria-keyshortcuts="N ArrowRight">
          {next ? `Next: ${next.name}` : 'No next item'}
        </Button>
        <Button disabled={!previous} onClick={() => step(previous)} aria-keyshortcuts="P ArrowLeft">
          Previous
        </Button>
        <Button aria-pressed={meeting.blanked} onClick={() => void blank.run()} aria-keyshortcuts="B">
          {meeting.blanked ? 'Show the room’s screen again' : 'Blank the room’s screen'}
        </Button>
        <Button onClick={() => void audience.run(!audienceOpen)}>
          {audienceOpen ? 'Close the room’s screen' : 'Open the room’s screen'}
        </Button>
        <Button variant="danger" onClick={() => setClosing(true)}>
          Close the meeting
        </Button>
      </div>
      <p className="field-hint">
        Keys: <kbd>N</kbd> or <kbd>→</kbd> next item, <kbd>P</kbd> or <kbd>←</kbd> previous, <kbd>B</kbd> blank the room’s screen.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <p role="status" className="presenter-status">
        {meeting.blanked
          ? 'The room’s screen is blank.'
          : current
            ? `On the room’s screen: item ${items.indexOf(current) + 1} of ${items.length}.`
            : 'The room’s screen is waiting for the first item.'}
      </p>

      <div className="presenter-grid">
        <section className="presenter-current" aria-labelledby="current-item-heading">
          <h2 id="current-item-heading">{current ? `Now: ${current.name}` : 'No item on the screen yet'}</h2>
          {current && (
            <>
              <RoomPreviewPanel preview={current.room} label="What the room sees now" />
              <p className="cell-second-line">
                {current.stage}
                {current.pairLabel && ` · ${current.pairLabel}`}
              </p>
              <ItemReasons item={current} />
              <ItemNotesForm key={current.id} item={current} withDecision />
            </>
          )}
          {next && <RoomPreviewPanel preview={next.room} label={`Next: ${next.name}`} />}
        </section>
        <nav className="presenter-agenda" aria-labelledby="presenter-agenda-heading">
          <h2 id="presenter-agenda-heading">Agenda</h2>
          <PresenterAgenda items={items} currentItemId={meeting.currentItemId} onStep={step} />
          {othersItemsLine(meeting.othersItems) && <p className="cell-second-line">{othersItemsLine(meeting.othersItems)}</p>}
        </nav>
      </div>
      <AttendeesPanel meeting={meeting} editable />
      <ActionsPanel meeting={meeting} view={view} />
      {closing && (
        <ConfirmDialog
          title="Close the meeting?"
          action={close}
          confirmLabel="Close the meeting"
          busyLabel="Closing…"
          onClose={() => setClosing(false)}
        >
          <p>
            The minutes are saved and the room’s screen goes blank. Open action items carry to their owners’ home and to the next agenda.
          </p>
          <p>After closing, only the supervisor can reopen the minutes for correction, and that is recorded.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
