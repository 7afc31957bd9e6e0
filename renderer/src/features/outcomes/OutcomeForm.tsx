import { useState } from 'react';
import {
  OUTCOME_KINDS,
  OUTCOME_KIND_LABELS,
  OUTCOME_VALUES,
  SHAREABLE_OUTCOME_KINDS,
  outcomeValueLabel,
  type OutcomeKind,
} from '../../../../shared/domain/outcomes';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { todayIso } from '../../ui/dates';
import { CheckboxField, SelectField, TextField, type Option } from '../../ui/Field';
import { TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';

const KIND_OPTIONS: readonly Option<OutcomeKind | ''>[] = [
  { value: '', label: 'Choose…' },
  ...OUTCOME_KINDS.map((value) => ({ value, label: OUTCOME_KIND_LABELS[value] })),
];

const valueOptions = (kind: OutcomeKind) => [
  { value: '', label: 'Choose…' },
  ...OUTCOME_VALUES[kind].map((value) => ({ value, label: outcomeValueLabel(kind, value) })),
];

interface OutcomeFormProps {
  participantId: number;
  onSaved(record: ParticipantRecord): void;
  onCancel(): void;
}

/**
 * One dated observation: housing, employment, income and benefits, or treatment (including
 * medication for opioid use disorder). Observations are added, never overwritten, so the
 * history shows how things changed month by month.
 */
export function OutcomeForm({ participantId, onSaved, onCancel }: OutcomeFormProps) {
  const [kind, setKind] = useState<OutcomeKind | ''>('');
  const [value, setValue] = useState('');
  const [observedOn, setObservedOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [sharedAsWin, setSharedAsWin] = useState(false);
  const shareable = kind !== '' && SHAREABLE_OUTCOME_KINDS.includes(kind);
  const write = useRecordWrite(() => {
    const observation = {
      kind: kind || undefined,
      value: value || undefined,
      observedOn,
      note: note.trim() === '' ? null : note,
      // Only offered for housing, employment and income: treatment is clinical (shared/domain/outcomes.ts).
      sharedAsWin: shareable && sharedAsWin,
    };
    return submit('outcomes.record', { participantId, observation });
  }, onSaved);
  const changed = (path: string) => write.refusal.changed(`observation.${path}`);

  return (
    <div className="need-form">
      <ActionForm
        errorTitle="The outcome was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save outcome"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <div className="field-row">
          <SelectField
            label="What was observed"
            value={kind}
            options={KIND_OPTIONS}
            onChange={(next) => {
              setKind(next);
              setValue('');
              changed('kind');
              changed('value');
            }}
            error={write.error('observation.kind') ?? write.refusal.fields.observation}
            data-autofocus
          />
          {kind && (
            <SelectField
              label={`${OUTCOME_KIND_LABELS[kind]} now`}
              value={value}
              options={valueOptions(kind)}
              onChange={(next) => {
                setValue(next);
                changed('value');
              }}
              error={write.error('observation.value')}
            />
          )}
        </div>
        <TextField
          label="Date observed"
          hint="The day this was true, e.g. the day they moved in or started treatment."
          type="date"
          value={observedOn}
          onChange={(next) => {
            setObservedOn(next);
            changed('observedOn');
          }}
          error={write.error('observation.observedOn')}
        />
        <TextAreaField
          label="Note (optional)"
          rows={2}
          value={note}
          onChange={(next) => {
            setNote(next);
            changed('note');
          }}
          error={write.error('observation.note')}
        />
        {shareable && (
          <CheckboxField
            label="The participant agreed to share this as a win at the weekly meeting"
            checked={sharedAsWin}
            onChange={(next) => {
              setSharedAsWin(next);
              changed('sharedAsWin');
            }}
            error={write.error('observation.sharedAsWin')}
          />
        )}
      </ActionForm>
    </div>
  );
}
