import { useState } from 'react';
import type { Settings } from '../../../../shared/ipc/settings-contract';
import { CASELOAD_CAP_DEFAULT, INTAKE_WINDOW_DEFAULT_DAYS } from '../../../../shared/domain/program-settings';
import { DEFAULT_REFERRAL_AREA } from '../../../../shared/domain/referral';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { WholeNumberField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { TextAreaField } from '../../ui/form-parts';
import { wholeNumber } from './whole-number';
import '../../styles/intake-screens.css';

const FIELDS = ['caseloadCap', 'intakeWindowDays', 'referralArea'] as const;

/** The program's intake rules: a pair's cap, the assessment window, and where referrals must originate. */
export function IntakeSettingsForm({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const [cap, setCap] = useState(String(settings.caseloadCap));
  const [windowDays, setWindowDays] = useState(String(settings.intakeWindowDays));
  const [area, setArea] = useState(settings.referralArea);
  const [saved, setSaved] = useState(false);

  const save = useAction(
    async () => {
      setSaved(false);
      const fields: Record<string, string> = {};
      const caseloadCap = wholeNumber(cap);
      const intakeWindowDays = wholeNumber(windowDays);
      if (caseloadCap === null) fields.caseloadCap = 'Caseload cap must be a whole number.';
      if (intakeWindowDays === null) fields.intakeWindowDays = 'Intake window must be a whole number of days.';
      if (caseloadCap === null || intakeWindowDays === null) return invalid(fields);
      return call('settings.update', { caseloadCap, intakeWindowDays, referralArea: area });
    },
    (next) => {
      setCap(String(next.caseloadCap));
      setWindowDays(String(next.intakeWindowDays));
      setArea(next.referralArea);
      setSaved(true);
      onSaved(next);
    },
    FIELDS,
  );

  return (
    <section className="panel panel-narrow intake-settings" aria-labelledby="intake-settings-heading">
      <h2 id="intake-settings-heading">Intake</h2>
      {saved && <Alert tone="success">Intake settings saved.</Alert>}
      <ActionForm action={save} submitLabel="Save intake settings" busyLabel="Saving…" onSubmit={() => void save.run()}>
        <WholeNumberField
          label="Caseload cap per pair"
          hint={`Participants a case manager/peer pair may carry; the usual is ${CASELOAD_CAP_DEFAULT}. Only a supervisor can enroll over it, with a written reason.`}
          min={1}
          max={100}
          value={cap}
          onChange={setCap}
          error={save.fieldError('caseloadCap')}
        />
        <WholeNumberField
          label="Intake window (days)"
          hint={`Days an arrest-diversion participant has to complete the intake assessment; the usual is ${INTAKE_WINDOW_DEFAULT_DAYS}.`}
          min={1}
          max={90}
          value={windowDays}
          onChange={setWindowDays}
          error={save.fieldError('intakeWindowDays')}
        />
        <TextAreaField
          label="Referral area"
          hint={`Where referrals must originate, shown on the referral form. The first pilot zone was: ${DEFAULT_REFERRAL_AREA}.`}
          rows={3}
          className="input-wide"
          value={area}
          onChange={setArea}
          error={save.fieldError('referralArea')}
        />
      </ActionForm>
    </section>
  );
}
