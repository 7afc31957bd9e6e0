import { useEffect, useRef, useState } from 'react';
import { recipientLabel } from '../../../../shared/domain/recipients';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { ItemRecord } from './ItemRecord';
import { LEVEL_SHORT, MEDIUM_LABELS, counted, heldLine, meetingTitle, othersLine } from './meeting-history-format';
import { setMeeting, useMeetingHistory } from './meeting-history-store';
import { ReopenDialog } from './ReopenDialog';
import '../../styles/tables.css';
import '../../styles/meeting-history.css';

/**
 * One past meeting as the team reads it: who was there, each item with its decision and notes,
 * what the room was shown (each a logged disclosure) and the action items. The supervisor may
 * reopen the minutes for correction (electron/services/meetings.ts, `meetings.correct`); every
 * change after that is audited too.
 */
export function MeetingRecordPage({ view, recordId }: PageProps) {
  const stored = useMeetingHistory((state) => state.meeting);
  const meeting = stored && stored.id === recordId ? stored : null;
  const [reopening, setReopening] = useState(false);
  const [reopened, setReopened] = useState(false);
  const reopenedNote = useRef<HTMLDivElement>(null);
  const load = useAction(() => call('meetings.get', { meetingId: recordId ?? 0 }), setMeeting);
  useOnMount(() => void load.run());
  // The Reopen button is gone once the dialog closes: the focus goes to the note that says what is open now.
  useEffect(() => {
    if (reopened) reopenedNote.current?.focus();
  }, [reopened]);

  const supervisor = view.user.role === 'supervisor';
  const correcting = meeting !== null && supervisor && meeting.state === 'closed' && meeting.correctedAt !== null;

  return (
    <>
      <p className="history-back">
        <Button variant="link" onClick={() => go('meetings-past')}>
          All past meetings
        </Button>
      </p>
      <div className="page-heading">
        <Heading>{meeting ? meetingTitle(meeting.meetsOn) : 'Past meeting'}</Heading>
        {meeting && supervisor && meeting.state === 'closed' && meeting.correctedAt === null && (
          <Button onClick={() => setReopening(true)}>Reopen for correction</Button>
        )}
      </div>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {meeting && (
        <>
          <p>
            {heldLine(meeting)} {counted(meeting.attendees.length, 'person', 'people')} {meeting.attendees.length === 1 ? 'was' : 'were'} in
            the room.
          </p>
          {meeting.correctedAt && (
            <div ref={reopenedNote} tabIndex={-1} className="history-reopened">
              <Alert tone="info">
                Reopened for correction on {dateLabel(meeting.correctedAt)} at {timeLabel(meeting.correctedAt)}.{' '}
                {correcting
                  ? 'Choose Correct beside an item to change it. Each correction you save is recorded in the audit log.'
                  : 'Each correction is recorded in the audit log.'}
              </Alert>
            </div>
          )}
          <Attendees meeting={meeting} />
          <Items meeting={meeting} correcting={correcting} onCorrected={setMeeting} />
          <Disclosures meeting={meeting} />
          <Actions meeting={meeting} />
        </>
      )}
      {reopening && meeting && (
        <ReopenDialog
          meeting={meeting}
          onClose={() => setReopening(false)}
          onReopened={(next) => {
            setMeeting(next);
            setReopening(false);
            setReopened(true);
          }}
        />
      )}
    </>
  );
}

const visibleItems = (meeting: MeetingView) => meeting.items.filter((item) => !item.dropped);

function Attendees({ meeting }: { meeting: MeetingView }) {
  return (
    <section aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">Who was there</h2>
      {meeting.attendees.length === 0 ? (
        <p>No one was listed as attending.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Attendees" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Agency</th>
                <th scope="col">Joined</th>
                <th scope="col">Left</th>
              </tr>
            </thead>
            <tbody>
              {meeting.attendees.map((attendee) => (
                <tr key={attendee.id}>
                  <th scope="row">{attendee.name}</th>
                  <td>{attendee.agency}</td>
                  <td className="nowrap">{timeLabel(attendee.joinedAt)}</td>
                  <td className="nowrap">{attendee.leftAt ? timeLabel(attendee.leftAt) : 'Stayed to the end'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Items({ meeting, correcting, onCorrected }: { meeting: MeetingView; correcting: boolean; onCorrected(next: MeetingView): void }) {
  const items = visibleItems(meeting);
  const dropped = meeting.items.length - items.length;
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">What was discussed</h2>
      {items.length === 0 && meeting.othersItems === 0 && <p>Nothing was on the agenda.</p>}
      {items.length > 0 && (
        <ol className="history-items">
          {items.map((item) => (
            <ItemRecord key={item.id} item={item} correcting={correcting} onCorrected={onCorrected} />
          ))}
        </ol>
      )}
      {meeting.othersItems > 0 && <p>{othersLine(meeting.othersItems)}</p>}
      {dropped > 0 && <p>{counted(dropped, 'item')} dropped from the agenda before or during the meeting.</p>}
    </section>
  );
}

function Disclosures({ meeting }: { meeting: MeetingView }) {
  return (
    <section aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">What the room was shown</h2>
      <p>Each line is a disclosure logged under the participant’s consent: when, about whom, at what level and to which agencies.</p>
      {meeting.disclosures.length === 0 ? (
        <p>Nothing about a participant was shown to the room or printed in the minutes.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Disclosures" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">About</th>
                <th scope="col">Level</th>
                <th scope="col">Agencies</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {meeting.disclosures.map((disclosure, index) => (
                <tr key={`${disclosure.itemId}-${disclosure.at}-${index}`}>
                  <td className="nowrap">{timeLabel(disclosure.at)}</td>
                  <th scope="row">{disclosure.name}</th>
                  <td>{LEVEL_SHORT[disclosure.level]}</td>
                  <td>{disclosure.agencies.length ? disclosure.agencies.join(', ') : 'LEAD team only'}</td>
                  <td>{MEDIUM_LABELS[disclosure.medium]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Actions({ meeting }: { meeting: MeetingView }) {
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {meeting.actions.length === 0 ? (
        <p>No action items were recorded.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Action items list" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">About</th>
                <th scope="col">Owner</th>
                <th scope="col">Agency</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {meeting.actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.what}</th>
                  <td>{action.about ?? (action.itemId === null ? 'The program' : 'Another pair’s participant')}</td>
                  <td>{action.owner.displayName}</td>
                  <td>{action.agency ? recipientLabel(action.agency) : 'LEAD team'}</td>
                  <td className="nowrap">{dateLabel(action.dueOn)}</td>
                  <td>{action.doneAt ? `Done ${dateLabel(action.doneAt)}` : 'Open'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
