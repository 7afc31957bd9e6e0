import { useState } from 'react';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { call, submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { timeLabel } from '../../ui/dates';
import { PrintButton } from '../../ui/PrintButton';
import { useAction } from '../../ui/use-action';
import { ATTENDEE_FIELDS, AttendeeFields, attendeeInput, EMPTY_ATTENDEE } from './AttendeeFields';
import { setMeeting } from './meeting-store';

const JOIN_FIELDS = ATTENDEE_FIELDS.map((field) => `attendee.${field}`);

/**
 * Who is in the room now. Someone joining or leaving changes what the room may see: the main
 * process recomputes the room's screen before its reply, so the next item shown already fits.
 * Each agency present can be given its own printed minutes, filtered to what it may see.
 */
export function AttendeesPanel({ meeting, editable }: { meeting: MeetingView; editable: boolean }) {
  const [draft, setDraft] = useState(EMPTY_ATTENDEE);
  const join = useAction(
    () => submit('meetings.join', { meetingId: meeting.id, attendee: attendeeInput(draft) }),
    (view) => {
      setDraft(EMPTY_ATTENDEE);
      setMeeting(view);
    },
    JOIN_FIELDS,
  );
  const leave = useAction((attendeeId: number) => call('meetings.leave', { attendeeId }), setMeeting);
  const present = meeting.attendees.filter((person) => person.leftAt === null);
  const left = meeting.attendees.filter((person) => person.leftAt !== null);
  return (
    <section className="panel" aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">In the room ({present.length})</h2>
      {leave.formError && <Alert tone="error">{leave.formError}</Alert>}
      <ul className="attendees">
        {present.map((person) => (
          <li key={person.id}>
            <span>
              <strong>{person.name}</strong>
              <span className="cell-second-line">{person.agency}</span>
            </span>
            <span className="row-actions">
              {person.recipient && (
                <PrintButton job={{ document: 'meeting-minutes', attendeeId: person.id }} what={`minutes for ${person.name}`} />
              )}
              {editable && (
                <Button aria-label={`Leaves: ${person.name}`} onClick={() => void leave.run(person.id)}>
                  Leaves
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {left.length > 0 && (
        <>
          <h3>Left the room</h3>
          <ul className="attendees">
            {left.map((person) => (
              <li key={person.id}>
                <span>
                  {person.name}{' '}
                  <span className="cell-second-line">
                    {person.agency}, left at {person.leftAt && timeLabel(person.leftAt)}
                  </span>
                </span>
                {person.recipient && (
                  <PrintButton job={{ document: 'meeting-minutes', attendeeId: person.id }} what={`minutes for ${person.name}`} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && (
        <>
          <h3>Someone joins</h3>
          <ActionForm
            action={join}
            submitLabel="Add to the room"
            busyLabel="Adding…"
            errorTitle="They were not added"
            onSubmit={() => void join.run()}
          >
            <AttendeeFields draft={draft} onChange={setDraft} action={join} path="attendee" />
          </ActionForm>
        </>
      )}
    </section>
  );
}
