import type { ActionView, MeetingSummary, MeetingView } from '../../../../shared/ipc/meetings-contract';
import { createStore } from '../../state/store';

interface MeetingHistoryState {
  /** The closed meetings as last listed, newest first, or null before the first load. */
  past: MeetingSummary[] | null;
  /** The meeting the record page shows, as the last reply gave it. */
  meeting: MeetingView | null;
  /** The signed-in person's open action items, for their home. */
  myActions: ActionView[] | null;
}

/** Made with createStore, so a lock clears what the meetings' pages showed (renderer/src/state/store.ts). */
export const useMeetingHistory = createStore<MeetingHistoryState>(() => ({ past: null, meeting: null, myActions: null }));

export function setPast(meetings: MeetingSummary[]): void {
  useMeetingHistory.setState({ past: meetings.filter((meeting) => meeting.state === 'closed') });
}

export function setMeeting(meeting: MeetingView): void {
  useMeetingHistory.setState({ meeting });
}

export function setMyActions(myActions: ActionView[]): void {
  useMeetingHistory.setState({ myActions });
}
