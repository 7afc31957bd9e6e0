import { useState } from 'react';
import { EXCLUSIONS, EXCLUSION_TEXT, screenEligibility, unansweredScreen, type Exclusion } from '../../../../shared/domain/eligibility';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { TextField, type Option } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { ChoiceGroup } from '../../ui/form-parts';
import { dateTimeLabel } from './intake-format';

type Answer = 'yes' | 'no' | '';
const YES_NO: readonly Option<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface EligibilityStepProps {
  referral: ReferralView;
  canAct: boolean;
  onRecorded(referral: ReferralView, message: string, tone?: 'success' | 'info'): void;
}

/**
 * The eligibility screen: date of birth and each exclusion answered explicitly. Only the answers,
 * who checked and when are kept; the record itself stays where it was looked up.
 */
export function EligibilityStep({ referral, canAct, onRecorded }: EligibilityStepProps) {
  const screened = referral.eligibility;
  const editable = canAct && referral.sao?.status !== 'verified' && !['declined', 'not_approved', 'enrolled'].includes(referral.status);
  const [editing, setEditing] = useState(false);
  const showForm = editable && (referral.status === 'screening' || editing);

  return (
    <>
      <p className="intake-note">Criminal history itself is not stored: only the answers below, who checked, and when.</p>
      {screened && <EligibilityOutcome referral={referral} />}
      {!screened && !showForm && <p>Not screened yet{canAct ? '.' : ': a case manager or supervisor records the screen.'}</p>}
      {showForm ? (
        <ScreenForm
          referral={referral}
          onCancel={referral.status === 'screening' ? undefined : () => setEditing(false)}
          onRecorded={(next, message, tone) => {
            setEditing(false);
            onRecorded(next, message, tone);
          }}
        />
      ) : (
        editable && <Button onClick={() => setEditing(true)}>Correct the screen</Button>
      )}
    </>
  );
}

export function EligibilityOutcome({ referral }: { referral: ReferralView }) {
  if (!referral.eligibility) return null;
  const { result, screen } = referral.eligibility;
  return (
    <div className={`intake-outcome intake-outcome-${result.status}`}>
      {result.status === 'eligible' && <p className="intake-outcome-title">Eligible</p>}
      {result.status === 'ineligible' && (
        <>
          <p className="intake-outcome-title">Not eligible</p>
          <ul>
            {result.reasons.map((reason) => (
              <li key={reason.code}>{reason.message}</li>
            ))}
          </ul>
        </>
      )}
      {result.status === 'incomplete' && (
        <>
          <p className="intake-outcome-title">Incomplete: still to answer</p>
          <ul>
            {result.missing.map((missing) => (
              <li key={missing.code}>{missing.message}</li>
            ))}
          </ul>
        </>
      )}
      <p className="intake-outcome-who">
        Checked by {screen.checkedBy}, {dateTimeLabel(screen.checkedAt)}
      </p>
    </div>
  );
}

interface ScreenFormProps {
  referral: ReferralView;
  onCancel?: () => void;
  onRecorded(referral: ReferralView, message: string, tone?: 'success' | 'info'): void;
}

function ScreenForm({ referral, onCancel, onRecorded }: ScreenFormProps) {
  const before = referral.eligibility?.screen;
  const [dateOfBirth, setDateOfBirth] = useState(before?.dateOfBirth ?? referral.dateOfBirth ?? '');
  const [answers, setAnswers] = useState<Record<Exclusion, Answer>>(
    () =>
      Object.fromEntries(
        EXCLUSIONS.map((key) => {
          const answer = before?.exclusions[key];
          return [key, answer === 'yes' || answer === 'no' ? answer : ''];
        }),
      ) as Record<Exclusion, Answer>,
  );

  const save = useAction(
    async () => {
      const screen = {
        dateOfBirth: dateOfBirth || null,
        exclusions: Object.fromEntries(
          EXCLUSIONS.flatMap((key) => {
            const answer = answers[key];
            return answer === '' ? [] : [[key, answer]];
          }),
        ),
      };
      // The same rule the main process applies: a screen with nothing answered is not a check.
      const unanswered = unansweredScreen(screen, screenEligibility(screen, referral.details));
      if (unanswered) return invalid(unanswered);
      return call('referrals.screen', { referralId: referral.id, ...screen });
    },
    (next) => {
      const result = next.eligibility?.result.status;
      onRecorded(
        next,
        result === 'eligible'
          ? 'Eligibility screen recorded: eligible.'
          : result === 'ineligible'
            ? 'Eligibility screen recorded: not eligible. The referral is kept as not eligible.'
            : 'Eligibility screen saved, but it is not complete yet: answer the rest when the check is done.',
        result === 'incomplete' ? 'info' : 'success',
      );
    },
    ['dateOfBirth', ...EXCLUSIONS.map((key) => `exclusions.${key}`)],
  );

  return (
    <ActionForm
      action={save}
      submitLabel="Record the screen"
      busyLabel="Recording…"
      onSubmit={() => void save.run()}
      secondary={onCancel && <Button onClick={onCancel}>Cancel</Button>}
    >
      <TextField
        label="Date of birth"
        hint="The person must be 18 or older on the referral date."
        type="date"
        value={dateOfBirth}
        onChange={setDateOfBirth}
        error={save.fieldError('dateOfBirth')}
      />
      <div className="intake-questions">
        {EXCLUSIONS.map((key) => (
          <ChoiceGroup
            key={key}
            legend={EXCLUSION_TEXT[key].question}
            type="radio"
            options={YES_NO}
            selected={answers[key] ? [answers[key]] : []}
            onChange={(values) => setAnswers((current) => ({ ...current, [key]: values[0] ?? '' }))}
            error={save.fieldError(`exclusions.${key}`)}
          />
        ))}
      </div>
    </ActionForm>
  );
}
