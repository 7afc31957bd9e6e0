import { useEffect, useId, useRef, useState } from 'react';
import { NEED_LABELS, type Need } from '../../../../shared/domain/assessment';
import { SERVICE_REFERRAL_NOTE_MAX } from '../../../../shared/domain/needs';
import { HANDOFFS, HANDOFF_LABELS, type Handoff } from '../../../../shared/domain/service-referral-status';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { DirectoryPicker } from '../directory';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { todayIso } from '../../ui/dates';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { TextAreaField } from '../../ui/form-parts';
import { useRecordWrite } from '../../ui/use-record-write';
import { newReferral, REFERRAL_FIELD_PATHS, referralInput, referredTo, type ReferralValues } from './service-referral-values';

const HANDOFF_OPTIONS: { value: Handoff | ''; label: string }[] = [
  { value: '', label: 'Choose…' },
  ...HANDOFFS.map((value) => ({ value, label: HANDOFF_LABELS[value] })),
];

interface ServiceReferralFormProps {
  participantId: number;
  need: Need;
  onSaved(record: ParticipantRecord, provider: string): void;
  onCancel(): void;
}

/**
 * A referral to a provider for one need (an open need goes in progress with it): the place,
 * chosen from the directory or typed by name; how the person is handed over, the appointment if
 * one is made, and what they need to know to get there.
 */
export function ServiceReferralForm({ participantId, need, onSaved, onCancel }: ServiceReferralFormProps) {
  const [values, setValues] = useState<ReferralValues>(() => newReferral(todayIso()));
  const write = useRecordWrite(
    () => submit('services.refer', referralInput(participantId, need, values)),
    (record) => onSaved(record, referredTo(values)),
  );
  const chosenId = useId();
  const chooseAnother = useRef<HTMLButtonElement>(null);
  const chosen = values.place !== null;
  const wasChosen = useRef(chosen);
  useEffect(() => {
    // The picker that had focus is gone: say what was chosen, from the button that undoes it.
    if (chosen && !wasChosen.current) chooseAnother.current?.focus();
    wasChosen.current = chosen;
  }, [chosen]);
  const error = (name: keyof ReferralValues) => write.error(REFERRAL_FIELD_PATHS[name]);
  const set =
    <K extends keyof ReferralValues>(name: K) =>
    (value: ReferralValues[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
      write.refusal.changed(REFERRAL_FIELD_PATHS[name]);
    };

  return (
    <div className="need-form">
      <h4 className="need-form-title">Refer to a service for {NEED_LABELS[need]}</h4>
      <ActionForm
        errorTitle="The referral was not saved"
        errors={write.refusal.messages}
        action={write.action}
        submitLabel="Save referral"
        busyLabel="Saving…"
        onSubmit={write.submit}
        secondary={<Button onClick={onCancel}>Cancel</Button>}
      >
        {values.place ? (
          <div className={error('place') ? 'directory-chosen field-invalid' : 'directory-chosen'}>
            <p id={chosenId}>
              Referring to <strong>{values.place.serviceName}</strong>, {values.place.organizationName}: {values.place.place}
            </p>
            {error('place') && <p className="field-error">{error('place')}</p>}
            <Button ref={chooseAnother} aria-describedby={chosenId} onClick={() => set('place')(null)}>
              Choose another provider
            </Button>
          </div>
        ) : (
          <>
            <DirectoryPicker need={need} onChoose={set('place')} />
            <TextField
              label="Provider or service"
              hint="Only when it is not in the directory: type its name, e.g. Sample Housing Services."
              value={values.provider}
              onChange={set('provider')}
              error={error('provider')}
              autoComplete="off"
            />
          </>
        )}
        <div className="field-row">
          <TextField label="Date referred" type="date" value={values.referredOn} onChange={set('referredOn')} error={error('referredOn')} />
          <SelectField
            label="Handoff"
            value={values.handoff}
            options={HANDOFF_OPTIONS}
            onChange={set('handoff')}
            error={error('handoff')}
          />
        </div>
        <div className="field-row">
          <TextField
            label="Appointment date (optional)"
            type="date"
            value={values.appointmentDate}
            onChange={set('appointmentDate')}
            error={error('appointmentDate')}
          />
          <TextField label="Appointment time" type="time" value={values.appointmentTime} onChange={set('appointmentTime')} />
          <TextField label="Who to ask for (optional)" value={values.askFor} onChange={set('askFor')} error={error('askFor')} />
        </div>
        <div className="field-row">
          <TextAreaField label="What to bring (optional)" rows={2} value={values.bring} onChange={set('bring')} error={error('bring')} />
          <TextAreaField
            label="How to get there (optional)"
            hint="Cross streets, bus lines."
            rows={2}
            value={values.directions}
            onChange={set('directions')}
            error={error('directions')}
          />
        </div>
        <TextAreaField
          label="Note (optional)"
          hint={`For the team, at most ${SERVICE_REFERRAL_NOTE_MAX} characters.`}
          rows={2}
          value={values.note}
          onChange={set('note')}
          error={error('note')}
        />
        <CheckboxField label="Save as a draft (not sent to the provider yet)" checked={values.draft} onChange={set('draft')} />
      </ActionForm>
    </div>
  );
}
