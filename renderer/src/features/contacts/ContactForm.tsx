import { useState } from 'react';
import {
  CONTACT_KINDS,
  CONTACT_KIND_LABELS,
  CONTACT_NOTE_MAX,
  CONTACT_STAFF,
  CONTACT_STAFF_LABELS,
} from '../../../../shared/domain/contacts';
import type { LoggedContact } from '../../../../shared/ipc/caseload-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { SelectField, TextField, WholeNumberField } from '../../ui/Field';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { useSession } from '../session';
import { nowForInputs } from '../../ui/dates';
import { useRecordWrite } from '../../ui/use-record-write';
import { CONTACT_FIELD_PATHS, contactInput, newContact, type ContactValues } from './contact-values';

import '../../styles/participant-pages.css';
import '../../styles/contacts.css';

const KIND_OPTIONS = [{ value: '', label: 'Choose…' }, ...CONTACT_KINDS.map((value) => ({ value, label: CONTACT_KIND_LABELS[value] }))];
const STAFF_OPTIONS = CONTACT_STAFF.map((value) => ({ value, label: CONTACT_STAFF_LABELS[value] }));

interface ContactFormProps {
  participantId: number;
  /** Ask for the whole record back too (the open record): the reply is all the page needs. */
  withRecord?: boolean;
  /** With the participant's updated card, and the record when `withRecord` asked for it. */
  onLogged(logged: LoggedContact): void;
  onCancel?(): void;
}

/**
 * Logs one contact with a participant: what kind, when (now by default, at this desk), how long,
 * who from the pair, where, and a note. Works on a page and inside a Dialog (the first control
 * takes the dialog's focus). A refusal keeps everything typed and says what to fix, field by field.
 */
export function ContactForm({ participantId, withRecord = false, onLogged, onCancel }: ContactFormProps) {
  const role = useSession((state) => state.view?.user.role);
  const [values, setValues] = useState<ContactValues>(() => newContact(role, nowForInputs()));
  const log = useRecordWrite(
    () => submit('contacts.log', { ...contactInput(participantId, values), withRecord }),
    (logged) => {
      setValues(newContact(role, nowForInputs()));
      onLogged(logged);
    },
  );
  const error = (name: keyof ContactValues) => log.error(CONTACT_FIELD_PATHS[name]);
  const set =
    <K extends keyof ContactValues>(name: K) =>
    (value: ContactValues[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
      log.refusal.changed(CONTACT_FIELD_PATHS[name]);
    };

  return (
    <div className="contact-form">
      <ActionForm
        errorTitle="The contact was not logged"
        errors={log.refusal.messages}
        action={log.action}
        submitLabel="Log contact"
        busyLabel="Logging…"
        onSubmit={log.submit}
        secondary={onCancel && <Button onClick={onCancel}>Cancel</Button>}
      >
        <div className="field-row">
          <SelectField
            label="Kind of contact"
            value={values.kind}
            options={KIND_OPTIONS}
            onChange={set('kind')}
            error={error('kind')}
            data-autofocus
          />
          <WholeNumberField
            label="Duration (minutes)"
            min={1}
            value={values.duration}
            onChange={set('duration')}
            error={error('duration')}
          />
        </div>
        <div className="field-row field-row-tight">
          <TextField label="Date" type="date" value={values.date} onChange={set('date')} error={error('date')} />
          <TextField label="Time" type="time" value={values.time} onChange={set('time')} hint="This desk’s local time." />
        </div>
        <ChoiceGroup
          legend="Who was there"
          type="radio"
          options={STAFF_OPTIONS}
          selected={values.staff ? [values.staff] : []}
          onChange={(chosen) => set('staff')(chosen[0] ?? '')}
          error={error('staff')}
        />
        <TextField
          label="Where (optional)"
          hint="e.g. Lexington Market, the office, the courthouse."
          className="input-wide"
          value={values.place}
          onChange={set('place')}
          error={error('place')}
          autoComplete="off"
        />
        <TextAreaField
          label="Note (optional)"
          hint={`What happened and the next step. ${values.note.length} of ${CONTACT_NOTE_MAX} characters.`}
          rows={4}
          value={values.note}
          onChange={set('note')}
          error={error('note')}
        />
      </ActionForm>
    </div>
  );
}
