import { useState } from 'react';
import type { ParticipantRecord, RecordRead } from '../../../../shared/ipc/intake-contract';
import { call } from '../../lead';
import { useAction, type Action } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { useRecordsChanged } from './use-records-changed';

/**
 * Loads one participant's record when the page opens (an audited read in the main process), and
 * again whenever records change, so a move made on the board shows here at once. The later loads
 * say they refresh the open page: the main process audits the opening, not every refresh.
 */
export function useParticipant(id: number | null): {
  record: ParticipantRecord | null;
  setRecord(record: ParticipantRecord): void;
  load: Action<[RecordRead]>;
} {
  const [record, setRecord] = useState<ParticipantRecord | null>(null);
  const load = useAction(async (reason: RecordRead) => {
    if (id === null) return { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Choose a participant from the list.' } };
    return call('participants.get', { id, reason });
  }, setRecord);
  useOnMount(() => void load.run('open'));
  useRecordsChanged(() => void load.run('refresh'));
  return { record, setRecord, load };
}
