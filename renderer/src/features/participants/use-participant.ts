import { useState } from 'react';
import type { ParticipantRecord, RecordRead } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { useAction, type Action } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { changeReaches, useRecordsChanged } from '../../ui/use-records-changed';

/**
 * Loads one participant's record when the page opens (an audited read in the main process), and
 * again when another action changes this participant, so a move made elsewhere shows here at
 * once. A write made on the page answers with the record (`setRecord`): no reload follows it. The
 * later loads say they refresh the open page: the main process audits the opening, not every refresh.
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
  useRecordsChanged((change) => {
    if (id !== null && changeReaches(change, id)) void load.run('refresh');
  });
  return { record, setRecord, load };
}
