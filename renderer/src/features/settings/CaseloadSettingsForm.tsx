import { useState } from 'react';
import { WEEKDAYS } from '../../../../shared/domain/board';
import {
  CONTACT_AGING_DEFAULT_DAYS,
  CONTACT_OVERDUE_DEFAULT_DAYS,
  MEETING_WEEKDAY_DEFAULT,
} from '../../../../shared/domain/program-settings';
import type { Settings } from '../../../../shared/ipc/settings-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { SelectField, WholeNumberField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { wholeNumber } from './whole-number';
import '../../styles/settings.css';

const FIELDS = ['contactAgingDays', 'contactOverdueDays', 'meetingWeekday'] as const;
const WEEKDAY_OPTIONS = WEEKDAYS.map((label, day) => ({ value: String(day), label }));

/** How the caseload board reads contact age, and the day of the weekly partner meeting. */
export function CaseloadSettingsForm({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const [aging, setAging] = useState(String(settings.contactAgingDays));
  const [overdue, setOverdue] = useState(String(settings.contactOverdueDays));
  const [weekday, setWeekday] = useState(String(settings.meetingWeekday));
  const [saved, setSaved] = useState(false);

  const save = useAction(
    async () => {
      setSaved(false);
      const contactAgingDays = wholeNumber(aging);
      const contactOverdueDays = wholeNumber(overdue);
      const fields: Record<string, string> = {};
      if (contactAgingDays === null) fields.contactAgingDays = 'Amber after must be a whole number of days.';
      if (contactOverdueDays === null) fields.contactOverdueDays = 'Red after must be a whole number of days.';
      if (contactAgingDays === null || contactOverdueDays === null) return invalid(fields);
      return call('settings.update', { contactAgingDays, contactOverdueDays, meetingWeekday: Number(weekday) });
    },
    (next) => {
      setAging(String(next.contactAgingDays));
      setOverdue(String(next.contactOverdueDays));
      setWeekday(String(next.meetingWeekday));
      setSaved(true);
      onSaved(next);
    },
    FIELDS,
  );

  return (
    <section className="panel panel-narrow intake-settings" aria-labelledby="caseload-settings-heading">
      <h2 id="caseload-settings-heading">Caseload board</h2>
      {saved && <Alert tone="success">Caseload settings saved.</Alert>}
      <ActionForm action={save} submitLabel="Save caseload settings" busyLabel="Saving…" onSubmit={() => void save.run()}>
        <fieldset className="settings-group">
          <legend>Contact age: how long without a contact before a card stands out</legend>
          <div className="field-row field-row-tight">
            <WholeNumberField
              label="Amber after (days)"
              hint={`The usual is ${CONTACT_AGING_DEFAULT_DAYS}.`}
              min={1}
              max={365}
              value={aging}
              onChange={setAging}
              error={save.fieldError('contactAgingDays')}
            />
            <WholeNumberField
              label="Red after (days)"
              hint={`More than amber; the usual is ${CONTACT_OVERDUE_DEFAULT_DAYS}.`}
              min={2}
              max={365}
              value={overdue}
              onChange={setOverdue}
              error={save.fieldError('contactOverdueDays')}
            />
          </div>
        </fieldset>
        <SelectField
          label="Weekly meeting day"
          hint={`Cards flag police contacts since the last meeting. The usual is ${WEEKDAYS[MEETING_WEEKDAY_DEFAULT]}.`}
          value={weekday}
          options={WEEKDAY_OPTIONS}
          onChange={setWeekday}
          error={save.fieldError('meetingWeekday')}
        />
      </ActionForm>
    </section>
  );
}
