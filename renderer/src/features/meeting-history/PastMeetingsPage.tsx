import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { counted, meetingTitle } from './meeting-history-format';
import { setPast, useMeetingHistory } from './meeting-history-store';
import '../../styles/tables.css';

/** The weekly meetings already held, newest first: each opens its record (attendees, minutes, what the room was shown). */
export function PastMeetingsPage() {
  const past = useMeetingHistory((state) => state.past);
  const load = useAction(() => call('meetings.list', {}), setPast);
  useOnMount(() => void load.run());

  return (
    <>
      <Heading>Past meetings</Heading>
      <p>
        The weekly partner meetings that have been closed, newest first. Each record shows who was there, what was decided and what the room
        was shown. Opening one is recorded in the audit log.
      </p>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {past && past.length === 0 && <p>No meeting has been closed yet. A meeting appears here once the supervisor closes it.</p>}
      {past && past.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Past meetings" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Items</th>
                <th scope="col">Attendees</th>
                <th scope="col">Open action items</th>
              </tr>
            </thead>
            <tbody>
              {past.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <Button variant="link" aria-label={meetingTitle(meeting.meetsOn)} onClick={() => go('meeting-record', meeting.id)}>
                      {dateLabel(meeting.meetsOn)}
                    </Button>
                  </th>
                  <td>{counted(meeting.items, 'item')}</td>
                  <td>{counted(meeting.attendees, 'person', 'people')}</td>
                  <td>{meeting.openActions === 0 ? 'None open' : `${meeting.openActions} open`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
