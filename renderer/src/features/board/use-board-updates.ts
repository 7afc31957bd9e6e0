import { useEffect, useRef } from 'react';
import { useRecordsChanged } from '../../ui/use-records-changed';
import { refreshBoard } from './board-store';

/** A burst of changes (a supervisor reassigning several people) is one refresh, this long after the first. */
export const BOARD_REFRESH_DELAY_MS = 150;

/**
 * Keeps the board in step with changes other actions make (another window, another screen's
 * call): the main process says records changed, the board loads again. The board's own moves
 * and contacts are not among them: their replies are placed as they come (board-store.ts
 * cardChanged). Any participant counts, not only those on the board: one may have just joined
 * this pair. Only while the board is on screen; it is on screen only while someone is signed in.
 */
export function useBoardUpdates(): void {
  const timer = useRef<number | null>(null);
  useRecordsChanged(() => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void refreshBoard();
    }, BOARD_REFRESH_DELAY_MS);
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
}
