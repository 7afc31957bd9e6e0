import { useState } from 'react';
import { NEED_LABELS } from '../../../../shared/domain/assessment';
import { NEED_STATUSES, NEED_STATUS_LABELS, type NeedStatus } from '../../../../shared/domain/needs';
import type { NeedView, ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';

const STATUS_OPTIONS = NEED_STATUSES.map((value) => ({ value, label: NEED_STATUS_LABELS[value] }));

interface NeedStatusFormProps {
  participantId: number;
  need: NeedView;
  onSaved(record: ParticipantRecord, status: NeedStatus): void;
  onCancel(): void;
}

/** Where a need stands now, with a note (the note replaces the one before; the timeline keeps each). */
export function NeedStatusForm({ participantId, need, onSaved, onCancel }: NeedStatusFormProps) {
  const [status, setStatus] = useState<NeedStatus>(need.status);
  const [note, setNote] = useState(need.note ?? '');
  const write = useRecordWrite(
    () => call('needs.update', { participantId, update: { need: need.need, status, note: note.trim() === '' ? null : note } }),
    (record) => onSaved(record, status),
  );

  return (
    <div className="need-form">
      <ActionForm
        errorTitle="The status was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save status"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <ChoiceGroup
          legend={`Status of ${NEED_LABELS[need.need]}`}
          type="radio"
          options={STATUS_OPTIONS}
          selected={[status]}
          onChange={(chosen) => {
            if (chosen[0]) setStatus(chosen[0]);
            write.refusal.changed('update.status');
          }}
          error={write.error('update.status')}
        />
        <TextAreaField
          label="Note (optional)"
          hint="e.g. what is in the way, or what was done."
          rows={2}
          value={note}
          onChange={(value) => {
            setNote(value);
            write.refusal.changed('update.note');
          }}
          error={write.error('update.note')}
          data-autofocus
        />
      </ActionForm>
    </div>
  );
}
