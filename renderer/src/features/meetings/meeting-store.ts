import type { MeetingStep, MeetingView } from '../../../../shared/ipc/meetings-contract';
import { createStore } from '../../state/store';

interface MeetingState {
  /**
   * The meeting the page shows: the open one (planned or running), the one just closed here, or
   * null when none is planned; undefined before the first load. Each action sets it from its own
   * reply and nothing reloads: a reply is the whole meeting, or for a step what the step changed.
   */
  meeting: MeetingView | null | undefined;
}

export const useMeeting = createStore<MeetingState>(() => ({ meeting: undefined }));

export function setMeeting(meeting: MeetingView | null): void {
  useMeeting.setState({ meeting });
}

/** Takes in the reply to meetings.show: the item now on the room's screen, that item, and the disclosure it made. */
export function applyStep(step: MeetingStep): void {
  const { meeting } = useMeeting.getState();
  if (!meeting || meeting.id !== step.meetingId) return;
  setMeeting({
    ...meeting,
    currentItemId: step.currentItemId,
    items: meeting.items.map((item) => (item.id === step.item.id ? step.item : item)),
    disclosures: step.disclosure ? [...meeting.disclosures, step.disclosure] : meeting.disclosures,
  });
}
