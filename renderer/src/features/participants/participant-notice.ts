import { createStore } from '../../state/store';

interface NoticeState {
  /** A confirmation to show once on the next participant page, e.g. after saving a form there. */
  message: string | null;
}

export const useParticipantNotice = createStore<NoticeState>(() => ({ message: null }));

export function announce(message: string): void {
  useParticipantNotice.setState({ message });
}

/** The waiting notice, taken so it shows only once. */
export function takeNotice(): string | null {
  const { message } = useParticipantNotice.getState();
  if (message !== null) useParticipantNotice.setState({ message: null });
  return message;
}
