import { useState } from 'react';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/use-action';
import { ATTENDEE_FIELDS, AttendeeFields, attendeeInput, EMPTY_ATTENDEE, type AttendeeDraft } from './AttendeeFields';
import { setMeeting } from './meeting-store';

/** Who is in the room, each acknowledging confidentiality, then the meeting starts. */
export function StartMeetingForm({ meeting, supervisorName }: { meeting: MeetingView; supervisorName: string }) {
  const [people, setPeople] = useState<AttendeeDraft[]>([{ ...EMPTY_ATTENDEE, name: supervisorName, agency: 'team' }, EMPTY_ATTENDEE]);
  const fields = people.flatMap((_, index) => ATTENDEE_FIELDS.map((field) => `attendees.${index}.${field}`));
  const start = useAction(
    () => submit('meetings.start', { meetingId: meeting.id, attendees: people.map(attendeeInput) }),
    setMeeting,
    fields,
  );
  const change = (index: number, draft: AttendeeDraft) => setPeople(people.map((person, at) => (at === index ? draft : person)));
  return (
    <section className="panel" aria-labelledby="start-meeting-heading">
      <h2 id="start-meeting-heading">Who is in the room</h2>
      <p>
        List everyone present and the agency each speaks for. The room’s screen shows each participant only at the level every agency
        present may see.
      </p>
      <ActionForm
        action={start}
        submitLabel="Start the meeting"
        busyLabel="Starting…"
        errorTitle="The meeting did not start"
        onSubmit={() => void start.run()}
      >
        <ol className="attendee-list">
          {people.map((person, index) => (
            <li key={index}>
              <fieldset>
                <legend>Person {index + 1}</legend>
                <AttendeeFields
                  draft={person}
                  onChange={(draft) => change(index, draft)}
                  action={start}
                  path={`attendees.${index}`}
                  label={`Person ${index + 1}`}
                />
                {people.length > 1 && (
                  <Button onClick={() => setPeople(people.filter((_, at) => at !== index))}>Remove person {index + 1}</Button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        <Button onClick={() => setPeople([...people, EMPTY_ATTENDEE])}>Add another person</Button>
      </ActionForm>
    </section>
  );
}
