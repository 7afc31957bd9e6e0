import type { MeetingView } from '../../../../shared/ipc/meetings-contract';
import { createStore } from '../../state/store';

interface MeetingState {
  /**
   * The meeting the page shows: the open one (planned or running), the one just closed here, or
   * null when none is planned; undefined before the first load. Every reply of a meetings.*
   * call is the whole meeting, so each action sets it from its own reply and nothing reloads.
   */
  meeting: MeetingView | null | undefined;
}

export const useMeeting = createStore<MeetingState>(() => ({ meeting: undefined }));

export function setMeeting(meeting: MeetingView | null): void {
  useMeeting.setState({ meeting });
}
