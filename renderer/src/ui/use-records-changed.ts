import { useEffect, useEffectEvent } from 'react';
import type { LeadEvent } from '../../../shared/ipc/contract';
import { isOwnRequest } from '../lead';

export type RecordsChange = Extract<LeadEvent, { type: 'records.changed' }>;

/**
 * Calls `onChanged` whenever another action changes participant records (a move made elsewhere,
 * a contact logged from another window), for as long as the component is on screen. Changes this
 * window made itself are left out: the code that made each call applies the reply it got.
 */
export function useRecordsChanged(onChanged: (change: RecordsChange) => void): void {
  const changed = useEffectEvent(onChanged);
  useEffect(
    () =>
      window.lead.onEvent((event) => {
        if (event.type === 'records.changed' && !isOwnRequest(event.requestId)) changed(event);
      }),
    [],
  );
}

/** Whether a change may concern this participant's record: it names them, or names no one in particular. */
export function changeReaches(change: Pick<RecordsChange, 'participantIds'>, participantId: number): boolean {
  return change.participantIds === null || change.participantIds.includes(participantId);
}
