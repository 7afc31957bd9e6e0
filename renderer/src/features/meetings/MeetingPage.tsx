import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { hasRole, INTAKE_ROLES } from '../../../../shared/roles';
import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { AddToAgenda } from './AddToAgenda';
import { AgendaEditor } from './AgendaEditor';
import { AttendeesPanel } from './AttendeesPanel';
import { setMeeting, useMeeting } from './meeting-store';
import { PresenterView } from './PresenterView';
import { ProgramNumbers } from './ProgramNumbers';
import { StartMeetingForm } from './StartMeetingForm';
import '../../styles/meetings.css';

/**
 * The weekly partner meeting: before it, the agenda the desk built, curated by the supervisor
 * and case managers; during it, the supervisor's presenter screen; after it, each agency's
 * printed minutes.
 */
export function MeetingPage({ view }: PageProps) {
  const meeting = useMeeting((state) => state.meeting);
  const load = useAction(() => call('meetings.current', {}), setMeeting);
  const plan = useAction(() => call('meetings.plan', {}), setMeeting);
  useOnMount(() => void load.run());
  const curates = hasRole(INTAKE_ROLES, view.user.role);
  const supervises = view.user.role === 'supervisor';

  if (meeting === undefined) {
    return (
      <>
        <Heading>Meeting</Heading>
        {load.formError ? <Alert tone="error">{load.formError}</Alert> : <p role="status">Loading the meeting…</p>}
      </>
    );
  }
  if (meeting === null || (meeting.state === 'closed' && !supervises)) {
    return (
      <>
        <Heading>Meeting</Heading>
        <p>No meeting is planned. The desk builds the next agenda from its data when a case manager or the supervisor asks for it.</p>
        {plan.formError && <Alert tone="error">{plan.formError}</Alert>}
        {curates && (
          <Button variant="primary" busyLabel={plan.busy && 'Building the agenda…'} onClick={() => void plan.run()}>
            Build the next meeting’s agenda
          </Button>
        )}
      </>
    );
  }
  return (
    <>
      <Heading>
        {meeting.state === 'running' ? 'Meeting in progress' : meeting.state === 'closed' ? 'Meeting closed' : 'Next meeting'}:{' '}
        {dateLabel(meeting.meetsOn)}
      </Heading>
      {meeting.state === 'planned' && (
        <Planned meeting={meeting} curates={curates} supervises={supervises} supervisorName={view.user.displayName} />
      )}
      {meeting.state === 'running' && supervises && <PresenterView meeting={meeting} view={view} />}
      {meeting.state === 'running' && !supervises && (
        <>
          <p>The supervisor is running this meeting. You can add to the notes of each item.</p>
          <AgendaEditor meeting={meeting} editable={curates} />
        </>
      )}
      {meeting.state === 'closed' && (
        <>
          <p>
            The minutes are saved. Give each agency its own printed minutes: each shows only what that agency may see, and each printout is
            logged.
          </p>
          <AttendeesPanel meeting={meeting} editable={false} />
          <p>
            <Button variant="link" onClick={() => go('meeting-record', meeting.id)}>
              Read this meeting’s minutes
            </Button>
          </p>
          {plan.formError && <Alert tone="error">{plan.formError}</Alert>}
          <Button variant="primary" busyLabel={plan.busy && 'Building the agenda…'} onClick={() => void plan.run()}>
            Build the next meeting’s agenda
          </Button>
        </>
      )}
    </>
  );
}

function Planned({
  meeting,
  curates,
  supervises,
  supervisorName,
}: {
  meeting: MeetingView;
  curates: boolean;
  supervises: boolean;
  supervisorName: string;
}) {
  return (
    <>
      <p>
        Built from the desk’s data since {dateLabel(meeting.sinceOn)}. Reorder, drop or add participants and write each item’s notes: the
        team note never leaves the team; the shared summary may be said to the room, within what each participant’s consent allows.
      </p>
      {meeting.numbers && <ProgramNumbers numbers={meeting.numbers} />}
      <AgendaEditor meeting={meeting} editable={curates} />
      {curates && <AddToAgenda meeting={meeting} />}
      {supervises && <StartMeetingForm meeting={meeting} supervisorName={supervisorName} />}
    </>
  );
}
