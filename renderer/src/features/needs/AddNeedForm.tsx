import { useState } from 'react';
import { NEED_LABELS, type Need } from '../../../../shared/domain/assessment';
import { NEED_STATUSES, NEED_STATUS_LABELS, type NeedStatus } from '../../../../shared/domain/needs';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { SelectField, type Option } from '../../ui/Field';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';

const CHOOSE: Option<''> = { value: '', label: 'Choose…' };
const STATUS_OPTIONS = NEED_STATUSES.map((value) => ({ value, label: NEED_STATUS_LABELS[value] }));

interface AddNeedFormProps {
  participantId: number;
  /** Needs not on the list yet. */
  choices: readonly Need[];
  onSaved(record: ParticipantRecord, need: Need): void;
  onCancel(): void;
}

/** A need that came up after the assessment (or was not named in it). */
export function AddNeedForm({ participantId, choices, onSaved, onCancel }: AddNeedFormProps) {
  const [need, setNeed] = useState<Need | ''>('');
  const [status, setStatus] = useState<NeedStatus>('open');
  const [note, setNote] = useState('');
  const write = useRecordWrite(
    () =>
      submit('needs.update', {
        participantId,
        update: { need: need || undefined, status, note: note.trim() === '' ? null : note },
      }),
    (record) => {
      if (need) onSaved(record, need);
    },
  );

  return (
    <div className="need-form">
      <ActionForm
        errorTitle="The need was not added"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Add need"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <SelectField
          label="Need"
          value={need}
          options={[CHOOSE, ...choices.map((value) => ({ value, label: NEED_LABELS[value] }))]}
          onChange={(value) => {
            setNeed(value);
            write.refusal.changed('update.need');
          }}
          error={write.error('update.need')}
          data-autofocus
        />
        <ChoiceGroup
          legend="Status"
          type="radio"
          options={STATUS_OPTIONS}
          selected={[status]}
          onChange={(chosen) => chosen[0] && setStatus(chosen[0])}
          error={write.error('update.status')}
        />
        <TextAreaField
          label="Note (optional)"
          rows={2}
          value={note}
          onChange={(value) => {
            setNote(value);
            write.refusal.changed('update.note');
          }}
          error={write.error('update.note')}
        />
      </ActionForm>
    </div>
  );
}
