import { useState } from 'react';
import {
  CHANGE_SOURCES,
  EVENT_SOURCE_LABELS,
  nextStatuses,
  SERVICE_REFERRAL_OUTCOMES,
  SERVICE_REFERRAL_OUTCOME_LABELS,
  SERVICE_REFERRAL_STATUS_LABELS,
  STATUS_NEEDS,
  type ServiceReferralOutcome,
} from '../../../../shared/domain/service-referral-status';
import type { ParticipantRecord, ServiceReferralView } from '../../../../shared/ipc/participant-record-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ChoiceGroup } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';
import { CHANGE_FIELD_PATHS, changeInput, newChange, type ChangeValues } from './service-referral-values';

const SOURCE_OPTIONS = CHANGE_SOURCES.map((value) => ({ value, label: EVENT_SOURCE_LABELS[value] }));
const OUTCOME_OPTIONS: { value: ServiceReferralOutcome | ''; label: string }[] = [
  { value: '', label: 'Choose…' },
  ...SERVICE_REFERRAL_OUTCOMES.map((value) => ({ value, label: SERVICE_REFERRAL_OUTCOME_LABELS[value] })),
];

/** "Scheduled" again from an appointment is a new one: said so in the choice. */
function statusChoiceLabel(from: ServiceReferralView['status'], to: ServiceReferralView['status']): string {
  if (to === 'scheduled' && (from === 'scheduled' || from === 'attended' || from === 'missed')) return 'New appointment made';
  return SERVICE_REFERRAL_STATUS_LABELS[to];
}

interface ServiceReferralChangeFormProps {
  referral: ServiceReferralView;
  onSaved(record: ParticipantRecord, values: ChangeValues): void;
  onCancel(): void;
}

/**
 * "Record what happened": only the statuses allowed next (shared/domain/service-referral-status.ts),
 * the reason, outcome or appointment when the chosen one needs it, and who the news came from.
 */
export function ServiceReferralChangeForm({ referral, onSaved, onCancel }: ServiceReferralChangeFormProps) {
  const [values, setValues] = useState<ChangeValues>(newChange);
  const write = useRecordWrite(
    () => submit('services.update', changeInput(referral.id, values)),
    (record) => onSaved(record, values),
  );
  const error = (name: keyof ChangeValues) => write.error(CHANGE_FIELD_PATHS[name]);
  const set =
    <K extends keyof ChangeValues>(name: K) =>
    (value: ChangeValues[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
      write.refusal.changed(CHANGE_FIELD_PATHS[name]);
    };
  const needs = values.to ? STATUS_NEEDS[values.to] : null;
  const statusOptions = nextStatuses(referral.status).map((value) => ({ value, label: statusChoiceLabel(referral.status, value) }));

  return (
    <div className="need-form">
      <ActionForm
        errorTitle="What happened was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        <ChoiceGroup
          legend={`What happened with ${referral.provider}`}
          type="radio"
          options={statusOptions}
          selected={values.to ? [values.to] : []}
          onChange={(chosen) => {
            if (chosen[0]) set('to')(chosen[0]);
          }}
          error={error('to')}
        />
        {needs === 'reason' && (
          <TextField label="Why the provider declined" value={values.reason} onChange={set('reason')} error={error('reason')} />
        )}
        {needs === 'outcome' && (
          <SelectField
            label="How it ended"
            value={values.outcome}
            options={OUTCOME_OPTIONS}
            onChange={set('outcome')}
            error={error('outcome')}
          />
        )}
        {needs === 'appointment' && (
          <div className="field-row">
            <TextField
              label="Appointment date"
              type="date"
              value={values.appointmentDate}
              onChange={set('appointmentDate')}
              error={error('appointmentDate')}
            />
            <TextField label="Appointment time" type="time" value={values.appointmentTime} onChange={set('appointmentTime')} />
          </div>
        )}
        <ChoiceGroup
          legend="Who told you"
          type="radio"
          options={SOURCE_OPTIONS}
          selected={[values.source]}
          onChange={(chosen) => {
            if (chosen[0]) set('source')(chosen[0]);
          }}
          error={error('source')}
        />
      </ActionForm>
    </div>
  );
}
