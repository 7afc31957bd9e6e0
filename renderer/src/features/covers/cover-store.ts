import type { ReplyError } from '../../../../shared/ipc/reply';
import { createStore } from '../../state/store';

type Cover = NonNullable<ReplyError['cover']>;

interface CoverRequest {
  cover: Cover;
  /** Settles every call waiting on this pair's cover: true once it is granted. */
  settle(granted: boolean): void;
  granted: Promise<boolean>;
}

export const useCoverRequest = createStore<{ request: CoverRequest | null }>(() => ({ request: null }));

/**
 * Asks the person at the desk to cover for `cover`'s pair (CoverDialog); true once the main
 * process has granted it. Calls refused for the same pair while the question is open wait on
 * the same answer, so a page that loads two things asks once.
 */
export function askForCover(cover: Cover): Promise<boolean> {
  const open = useCoverRequest.getState().request;
  if (open?.cover.pairId === cover.pairId) return open.granted;
  let settle!: (granted: boolean) => void;
  const granted = new Promise<boolean>((resolve) => (settle = resolve));
  const request: CoverRequest = {
    cover,
    granted,
    settle(answer) {
      if (useCoverRequest.getState().request === request) useCoverRequest.setState({ request: null });
      settle(answer);
    },
  };
  open?.settle(false);
  useCoverRequest.setState({ request });
  return granted;
}
