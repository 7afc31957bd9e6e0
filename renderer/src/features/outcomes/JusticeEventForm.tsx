import { useState } from 'react';
import {
  JUSTICE_DESCRIPTION_MAX,
  JUSTICE_EVENT_KINDS,
  JUSTICE_EVENT_LABELS,
  type JusticeEventKind,
} from '../../../../shared/domain/justice-events';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { todayIso } from '../../ui/dates';
import { SelectField, TextField, type Option } from '../../ui/Field';
import { TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';

// The limit justiceEventSchema sets on the description.

const KIND_OPTIONS: readonly Option<JusticeEventKind | ''>[] = [
  { value: '', label: 'Choose…' },
  ...JUSTICE_EVENT_KINDS.map((value) => ({ value, label: JUSTICE_EVENT_LABELS[value] })),
];

interface JusticeEventFormProps {
  participantId: number;
  onSaved(record: ParticipantRecord): void;
  onCancel(): void;
}

/** A criminal-justice event the team learned of. Only a court date may lie in the future. */
export function JusticeEventForm({ participantId, onSaved, onCancel }: JusticeEventFormProps) {
  const [kind, setKind] = useState<JusticeEventKind | ''>('');
  const [occurredOn, setOccurredOn] = useState(todayIso);
  const [description, setDescription] = useState('');
  const write = useRecordWrite(
    () => submit('justiceEvents.record', { participantId, event: { kind: kind || undefined, occurredOn, description } }),
    onSaved,
  );

  return (
    <div className="need-form">
      <p className="justice-rule">
        Record the date and a few words only. No rap sheets, criminal histories, charge details or case numbers belong here: nothing learned
        while helping someone may lead to enforcement.
      </p>
      <ActionForm
        errorTitle="The event was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save event"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <div className="field-row">
          <SelectField
            label="Kind of event"
            value={kind}
            options={KIND_OPTIONS}
            onChange={(next) => {
              setKind(next);
              write.refusal.changed('event.kind');
              write.refusal.changed('event.occurredOn');
            }}
            error={write.error('event.kind')}
            data-autofocus
          />
          <TextField
            label="Date"
            hint="The day it happened; for a court date, the day of the hearing."
            type="date"
            value={occurredOn}
            onChange={(next) => {
              setOccurredOn(next);
              write.refusal.changed('event.occurredOn');
            }}
            error={write.error('event.occurredOn')}
          />
        </div>
        <TextAreaField
          label="Short description"
          hint={`e.g. "Stopped near the market, released" or "District Court, 9 AM". ${description.length} of ${JUSTICE_DESCRIPTION_MAX} characters.`}
          rows={2}
          value={description}
          onChange={(next) => {
            setDescription(next);
            write.refusal.changed('event.description');
          }}
          error={write.error('event.description')}
        />
      </ActionForm>
    </div>
  );
}
