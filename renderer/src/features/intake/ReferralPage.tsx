import { useState } from 'react';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { DecisionStep } from './DecisionStep';
import { EligibilityStep } from './EligibilityStep';
import { EnrollStep } from './EnrollStep';
import { announce as announceToParticipant } from '../../state/participant-notice';
import { hasRole, INTAKE_ROLES } from '../../../../shared/roles';
import { calendarDateLabel, statusLabel } from './intake-format';
import { takeNotice, useReferrals } from './intake-store';
import { ReferralFacts } from './ReferralFacts';
import { firstOpenStep, stepStates, type StepKey } from './referral-steps';
import { SaoStep } from './SaoStep';
import { StepSection } from './StepSection';
import '../../styles/intake-screens.css';

/** One referral: its facts, then each intake step with what was recorded and, when it is due, its form. */
export function ReferralPage({ view, recordId }: PageProps) {
  const current = useReferrals((state) => state.current);
  const referral = current && current.id === recordId ? current : null;
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'info' } | null>(null);
  const [focus, setFocus] = useState<{ step: StepKey; token: number } | null>(null);
  const show = (next: ReferralView) => useReferrals.setState({ current: next });
  const load = useAction(() => call('referrals.get', { id: recordId ?? 0 }), show);
  useOnMount(() => {
    const waiting = takeNotice();
    if (waiting) setNotice({ text: waiting, tone: 'success' });
    if (recordId !== null) void load.run();
  });

  const canAct = hasRole(INTAKE_ROLES, view.user.role);
  const recorded = (next: ReferralView, message: string, tone: 'success' | 'info' = 'success') => {
    show(next);
    setNotice({ text: message, tone });
    const step = firstOpenStep(next);
    if (step) setFocus((previous) => ({ step, token: (previous?.token ?? 0) + 1 }));
  };
  const focusToken = (step: StepKey) => (focus?.step === step ? focus.token : null);

  if (recordId === null) {
    return (
      <>
        <Heading>Referral</Heading>
        <p>Choose a referral from the list.</p>
        <Button onClick={() => go('referrals')}>Go to referrals</Button>
      </>
    );
  }

  return (
    <>
      <div className="page-heading">
        <Heading>{referral ? `Referral: ${referral.personName}` : 'Referral'}</Heading>
        <Button variant="link" onClick={() => go('referrals')}>
          Back to referrals
        </Button>
      </div>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {referral && (
        <>
          <p className="intake-status-line">
            Status: <span className={`intake-status intake-status-${referral.status}`}>{statusLabel(referral.status)}</span>
          </p>
          {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
          <div className="intake-referral">
            <ReferralFacts referral={referral} />
            <div className="intake-steps">
              {view.user.role === 'peer' ? (
                <p>The eligibility screen and the State’s Attorney’s verification are kept to intake staff.</p>
              ) : (
                <Steps referral={referral} view={view} canAct={canAct} focusToken={focusToken} onRecorded={recorded} />
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}

interface StepsProps {
  referral: ReferralView;
  view: PageProps['view'];
  canAct: boolean;
  focusToken(step: StepKey): number | null;
  onRecorded(referral: ReferralView, message: string, tone?: 'success' | 'info'): void;
}

function Steps({ referral, view, canAct, focusToken, onRecorded }: StepsProps) {
  const states = stepStates(referral);
  return (
    <>
      <StepSection id="step-screen" number={1} title="Eligibility screen" state={states.screen} focusToken={focusToken('screen')}>
        <EligibilityStep referral={referral} canAct={canAct} onRecorded={onRecorded} />
      </StepSection>
      <StepSection id="step-sao" number={2} title="State’s Attorney’s verification" state={states.sao} focusToken={focusToken('sao')}>
        <SaoStep referral={referral} canAct={canAct} onRecorded={onRecorded} />
      </StepSection>
      <StepSection id="step-decision" number={3} title="The person’s decision" state={states.decision} focusToken={focusToken('decision')}>
        <DecisionStep referral={referral} canAct={canAct} onRecorded={onRecorded} />
      </StepSection>
      <StepSection id="step-enroll" number={4} title="Enrollment" state={states.enroll} focusToken={focusToken('enroll')}>
        <EnrollStep
          referral={referral}
          role={view.user.role}
          canAct={canAct}
          onEnrolled={(participant) => {
            announceToParticipant(
              `Enrolled in LEAD with ${participant.pair.label}.${participant.intakeDueOn ? ` The intake assessment is due ${calendarDateLabel(participant.intakeDueOn)}.` : ''}`,
            );
            go('participant', participant.id);
          }}
          enrolledNote={<EnrolledNote participantId={referral.participantId} />}
        />
      </StepSection>
    </>
  );
}

function EnrolledNote({ participantId }: { participantId: number | null }) {
  return (
    <>
      <p>
        <strong>Enrolled.</strong> The rest of this person’s work is on their participant record.
      </p>
      {participantId !== null && <Button onClick={() => go('participant', participantId)}>Open the participant record</Button>}
    </>
  );
}
