import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `onChanged` whenever the main process says participant records changed (a move on the
 * board, a contact logged elsewhere), for as long as the component is on screen.
 */
export function useRecordsChanged(onChanged: () => void): void {
  const changed = useEffectEvent(onChanged);
  useEffect(
    () =>
      window.lead.onEvent((event) => {
        if (event.type === 'records.changed') changed();
      }),
    [],
  );
}
