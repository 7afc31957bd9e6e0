import type { PrintJob } from '../../../shared/print-jobs';
import { createStore } from './store';

export interface ParticipantNotice {
  message: string;
  /** A print the notice asks for, offered in the notice itself (e.g. the consent form to sign). */
  print?: { job: PrintJob; what: string };
}

interface NoticeState {
  /** A confirmation to show once on the next participant page, e.g. after saving a form there. */
  notice: ParticipantNotice | null;
}

export const useParticipantNotice = createStore<NoticeState>(() => ({ notice: null }));

export function announce(message: string, print?: ParticipantNotice['print']): void {
  useParticipantNotice.setState({ notice: print ? { message, print } : { message } });
}

/** The waiting notice, taken so it shows only once. */
export function takeNotice(): ParticipantNotice | null {
  const { notice } = useParticipantNotice.getState();
  if (notice !== null) useParticipantNotice.setState({ notice: null });
  return notice;
}
