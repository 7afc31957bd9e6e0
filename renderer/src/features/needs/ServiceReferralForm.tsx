import { useState } from 'react';
import { NEED_LABELS, type Need } from '../../../../shared/domain/assessment';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { todayIso } from '../../ui/dates';
import { TextField } from '../../ui/Field';
import { useRecordWrite } from '../../ui/use-record-write';

interface ServiceReferralFormProps {
  participantId: number;
  need: Need;
  onSaved(record: ParticipantRecord, provider: string): void;
  onCancel(): void;
}

/** A referral to a provider for one need; an open need goes in progress with it. */
export function ServiceReferralForm({ participantId, need, onSaved, onCancel }: ServiceReferralFormProps) {
  const [provider, setProvider] = useState('');
  const [referredOn, setReferredOn] = useState(todayIso);
  const write = useRecordWrite(
    () => call('services.refer', { participantId, referral: { need, provider, referredOn } }),
    (record) => onSaved(record, provider.trim()),
  );

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
        <div className="field-row">
          <TextField
            label="Provider or service"
            hint="e.g. Sample Housing Services"
            value={provider}
            onChange={(value) => {
              setProvider(value);
              write.refusal.changed('referral.provider');
            }}
            error={write.error('referral.provider')}
            autoComplete="off"
            data-autofocus
          />
          <TextField
            label="Date referred"
            type="date"
            value={referredOn}
            onChange={(value) => {
              setReferredOn(value);
              write.refusal.changed('referral.referredOn');
            }}
            error={write.error('referral.referredOn')}
          />
        </div>
      </ActionForm>
    </div>
  );
}
