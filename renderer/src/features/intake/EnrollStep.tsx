import { useState, type ReactNode } from 'react';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import type { Role } from '../../../../shared/roles';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';

interface EnrollStepProps {
  referral: ReferralView;
  role: Role;
  canAct: boolean;
  onEnrolled(participant: ParticipantRecord): void;
  /** Shown once enrolled: how to reach the participant's record. */
  enrolledNote: ReactNode;
}

/** Accepted and verified referrals become participants of a case manager/peer pair, within its cap. */
export function EnrollStep({ referral, role, canAct, onEnrolled, enrolledNote }: EnrollStepProps) {
  if (referral.status === 'enrolled') return <>{enrolledNote}</>;
  if (referral.status !== 'ready_to_enroll') {
    return (
      <p>
        {['ineligible', 'not_approved', 'declined'].includes(referral.status)
          ? 'This referral cannot be enrolled. It stays on record for the evaluation.'
          : 'An eligible referral, verified by the State’s Attorney and accepted by the person, is enrolled with a pair.'}
      </p>
    );
  }
  return canAct ? (
    <EnrollForm referral={referral} role={role} onEnrolled={onEnrolled} />
  ) : (
    <p>Ready to enroll: a case manager or supervisor enrolls it.</p>
  );
}

function loadLabel(pair: PairView): string {
  const atCap = pair.caseload >= pair.cap;
  return `${pair.label}: ${pair.caseload} of ${pair.cap} participants${atCap ? ' (at the cap)' : ''}`;
}

function EnrollForm({
  referral,
  role,
  onEnrolled,
}: {
  referral: ReferralView;
  role: Role;
  onEnrolled(participant: ParticipantRecord): void;
}) {
  const [pairs, setPairs] = useState<PairView[] | null>(null);
  const [pairId, setPairId] = useState('');
  const [reason, setReason] = useState('');
  const load = useAction(
    () => call('pairs.list', {}),
    (list) => setPairs(list.filter((pair) => pair.active)),
  );
  useOnMount(() => void load.run());

  const chosen = pairs?.find((pair) => String(pair.id) === pairId) ?? null;
  const atCap = chosen !== null && chosen.caseload >= chosen.cap;
  const supervisor = role === 'supervisor';

  const enroll = useAction(
    async () => {
      if (!chosen) return invalid({ pairId: 'Choose the pair who will work with this participant.' });
      return call('participants.enroll', {
        referralId: referral.id,
        pairId: chosen.id,
        capOverrideReason: atCap && reason.trim() ? reason : null,
      });
    },
    onEnrolled,
    atCap && supervisor ? ['pairId', 'capOverrideReason'] : ['pairId'],
  );

  if (load.formError) return <Alert tone="error">{load.formError}</Alert>;
  if (!pairs) return <p role="status">Loading the pairs…</p>;
  if (pairs.length === 0) return <p>No pairs are set up yet. A supervisor creates pairs (a case manager and a peer) on the Pairs page.</p>;

  return (
    <ActionForm action={enroll} submitLabel="Enroll" busyLabel="Enrolling…" onSubmit={() => void enroll.run()}>
      <ChoiceGroup
        legend="Pair (case manager and peer)"
        type="radio"
        options={pairs.map((pair) => ({ value: String(pair.id), label: loadLabel(pair) }))}
        selected={pairId ? [pairId] : []}
        onChange={(values) => setPairId(values[0] ?? '')}
        hint="Each pair’s current caseload against its cap."
        error={enroll.fieldError('pairId')}
      />
      {atCap &&
        (supervisor ? (
          <TextAreaField
            label="Reason to enroll over the cap"
            hint={`${chosen.label} already has ${chosen.caseload} of ${chosen.cap} participants. As supervisor you can enroll over the cap with a written reason; it is recorded in the audit log.`}
            rows={3}
            className="input-wide"
            value={reason}
            onChange={setReason}
            error={enroll.fieldError('capOverrideReason')}
          />
        ) : (
          <Alert tone="info">
            {chosen.label} is at its cap ({chosen.caseload} of {chosen.cap}). Only a supervisor can enroll over the cap, with a written
            reason. Choose another pair or ask a supervisor.
          </Alert>
        ))}
    </ActionForm>
  );
}
