import { useEffect, useState } from 'react';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { TextField, type Option } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { ChoiceGroup } from '../../ui/form-parts';
import { calendarDateLabel, daysLabel } from './intake-format';

type SaoChoice = 'pending' | 'verified' | 'not_approved';
const SAO_OPTIONS: readonly Option<SaoChoice>[] = [
  { value: 'pending', label: 'Pending: sent, waiting for the answer' },
  { value: 'verified', label: 'Verified eligible' },
  { value: 'not_approved', label: 'Not approved' },
];

interface SaoStepProps {
  referral: ReferralView;
  canAct: boolean;
  onRecorded(referral: ReferralView, message: string): void;
}

/** The State's Attorney's Office has the final word: a referral is not enrolled until it verifies. */
export function SaoStep({ referral, canAct, onRecorded }: SaoStepProps) {
  const waitingDays = useDaysWaiting(referral);
  const { sao } = referral;
  return (
    <>
      {sao?.status === 'verified' && (
        <p>
          <strong>Verified eligible</strong> on {calendarDateLabel(sao.decidedOn)} by {sao.saoPerson}.
          <span className="cell-second-line">Recorded by {sao.recordedBy}.</span>
        </p>
      )}
      {sao?.status === 'not_approved' && (
        <p>
          <strong>Not approved</strong> on {calendarDateLabel(sao.decidedOn)} by {sao.saoPerson}. The referral is kept, and no participant
          is made.
          <span className="cell-second-line">Recorded by {sao.recordedBy}.</span>
        </p>
      )}
      {referral.status === 'awaiting_sao' && (
        <p className="intake-waiting">
          {sao?.status === 'pending' ? 'Sent to the State’s Attorney’s Office. ' : 'Not yet sent to the State’s Attorney’s Office. '}
          {waitingDays !== null && (
            <>
              Waiting since the referral: <strong>{daysLabel(waitingDays)}</strong>.
            </>
          )}
        </p>
      )}
      {!sao && referral.status !== 'awaiting_sao' && (
        <p>Recorded after an eligible screen. A referral is not enrolled until it is verified.</p>
      )}
      {canAct && referral.status === 'awaiting_sao' && <SaoForm referral={referral} onRecorded={onRecorded} />}
    </>
  );
}

/** Days the verification has been outstanding, as the referrals list counts them. */
function useDaysWaiting(referral: ReferralView): number | null {
  const [days, setDays] = useState<{ id: number; days: number | null } | null>(null);
  const waiting = referral.status === 'awaiting_sao';
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    // This person's waiting referrals only (one at most): the list's count of days, whatever the size of the queue.
    void call('referrals.list', { statuses: ['awaiting_sao'], personId: referral.personId }).then((reply) => {
      const found = reply.ok ? reply.value.referrals.find((summary) => summary.id === referral.id) : undefined;
      if (current) setDays({ id: referral.id, days: found?.daysWaitingForSao ?? null });
    });
    return () => {
      current = false;
    };
  }, [waiting, referral.id, referral.personId]);
  return waiting && days?.id === referral.id ? days.days : null;
}

function SaoForm({ referral, onRecorded }: { referral: ReferralView; onRecorded(referral: ReferralView, message: string): void }) {
  const [status, setStatus] = useState<SaoChoice | ''>('');
  const [decidedOn, setDecidedOn] = useState('');
  const [saoPerson, setSaoPerson] = useState('');
  const decided = status === 'verified' || status === 'not_approved';

  const save = useAction(
    async () => {
      if (status === '')
        return invalid({ status: 'Choose what the State’s Attorney’s Office answered: pending, verified or not approved.' });
      if (status === 'pending') return call('referrals.recordSao', { referralId: referral.id, status });
      return call('referrals.recordSao', { referralId: referral.id, status, decidedOn, saoPerson });
    },
    (next) =>
      onRecorded(
        next,
        next.sao?.status === 'verified'
          ? 'The State’s Attorney’s verification is recorded.'
          : next.sao?.status === 'not_approved'
            ? 'Recorded: not approved by the State’s Attorney’s Office. The referral is kept.'
            : 'Recorded as sent to the State’s Attorney’s Office.',
      ),
    ['status', 'decidedOn', 'saoPerson'],
  );

  return (
    <ActionForm action={save} submitLabel="Record the verification" busyLabel="Recording…" onSubmit={() => void save.run()}>
      <ChoiceGroup
        legend="What did the State’s Attorney’s Office answer?"
        type="radio"
        options={SAO_OPTIONS}
        selected={status ? [status] : []}
        onChange={(values) => setStatus(values[0] ?? '')}
        error={save.fieldError('status')}
      />
      {decided && (
        <div className="field-row">
          <TextField
            label="Date of the decision"
            type="date"
            value={decidedOn}
            onChange={setDecidedOn}
            error={save.fieldError('decidedOn')}
          />
          <TextField
            label="Name of the person at the State’s Attorney’s Office"
            value={saoPerson}
            onChange={setSaoPerson}
            error={save.fieldError('saoPerson')}
            autoComplete="off"
          />
        </div>
      )}
    </ActionForm>
  );
}
