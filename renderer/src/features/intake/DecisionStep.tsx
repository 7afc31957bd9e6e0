import { useState } from 'react';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { useAction } from '../../ui/use-action';
import type { Option } from '../../ui/Field';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { dateTimeLabel } from './intake-format';

type Decision = 'accepted' | 'declined';
const DECISION_OPTIONS: readonly Option<Decision>[] = [
  { value: 'accepted', label: 'Accepts LEAD' },
  { value: 'declined', label: 'Declines LEAD' },
];

interface DecisionStepProps {
  referral: ReferralView;
  canAct: boolean;
  onRecorded(referral: ReferralView, message: string): void;
}

/** The person's own decision. A decline is kept (it counts in the evaluation) and makes no participant. */
export function DecisionStep({ referral, canAct, onRecorded }: DecisionStepProps) {
  const { decision } = referral;
  const open = referral.status === 'awaiting_sao' || referral.status === 'awaiting_decision';
  return (
    <>
      {decision?.decision === 'accepted' && (
        <p>
          <strong>Accepts LEAD</strong>
          <span className="cell-second-line">Recorded {dateTimeLabel(decision.decidedAt)}</span>
        </p>
      )}
      {decision?.decision === 'declined' && (
        <>
          <p>
            <strong>Declines LEAD</strong>
            {decision.reason ? `: ${decision.reason}` : ' (no reason given)'}
            <span className="cell-second-line">Recorded {dateTimeLabel(decision.decidedAt)}</span>
          </p>
          <p className="intake-note">The referral is kept: declines count in the program’s evaluation. No participant record is made.</p>
        </>
      )}
      {!decision && !open && <p>Recorded once the person is screened eligible.</p>}
      {!decision && open && canAct && <DecisionForm referral={referral} onRecorded={onRecorded} />}
    </>
  );
}

function DecisionForm({ referral, onRecorded }: { referral: ReferralView; onRecorded(referral: ReferralView, message: string): void }) {
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const save = useAction(
    () =>
      submit('referrals.recordDecision', {
        referralId: referral.id,
        // Unchosen goes as missing: the main process answers with what to do.
        decision: decision || undefined,
        reason: decision === 'declined' && reason.trim() ? reason : null,
      }),
    (next) =>
      onRecorded(
        next,
        next.decision?.decision === 'declined'
          ? 'Recorded: the person declines LEAD. The referral is kept.'
          : 'Recorded: the person accepts LEAD.',
      ),
    ['decision', 'reason'],
  );
  return (
    <ActionForm action={save} submitLabel="Record the decision" busyLabel="Recording…" onSubmit={() => void save.run()}>
      <ChoiceGroup
        legend="Does the person accept LEAD?"
        type="radio"
        options={DECISION_OPTIONS}
        selected={decision ? [decision] : []}
        onChange={(values) => setDecision(values[0] ?? '')}
        hint="A person may decline LEAD and is then processed the ordinary way. The decline is recorded too."
        error={save.fieldError('decision')}
      />
      {decision === 'declined' && (
        <TextAreaField
          label="Reason (optional)"
          rows={3}
          className="input-wide"
          value={reason}
          onChange={setReason}
          error={save.fieldError('reason')}
        />
      )}
    </ActionForm>
  );
}
