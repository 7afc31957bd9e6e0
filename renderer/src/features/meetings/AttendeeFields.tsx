import { TextField, SelectField, CheckboxField } from '../../ui/Field';
import type { ActionState } from '../../ui/use-action';
import { AGENCY_OPTIONS, recipientOf, type AgencyChoice } from './meeting-format';

/** One person in the room as the form holds them, before the main process checks them. */
export interface AttendeeDraft {
  name: string;
  agency: AgencyChoice;
  providerName: string;
  acknowledged: boolean;
}

export const EMPTY_ATTENDEE: AttendeeDraft = { name: '', agency: 'police', providerName: '', acknowledged: false };

/** The fields of one person, as a refusal names them under the person's path. */
export const ATTENDEE_FIELDS = ['name', 'recipient', 'recipient.name', 'acknowledged'] as const;

/** The attendee input the channel takes; the main process refuses a missing acknowledgement by name. */
export function attendeeInput(draft: AttendeeDraft) {
  return { name: draft.name, recipient: recipientOf(draft.agency, draft.providerName), acknowledged: draft.acknowledged };
}

interface AttendeeFieldsProps {
  draft: AttendeeDraft;
  onChange(draft: AttendeeDraft): void;
  action: ActionState;
  /** The input's path to this person ("attendees.2" or "attendee"), so each field shows its own refusal. */
  path: string;
  /** "Person 2", for the labels of a list of several. */
  label?: string;
}

export function AttendeeFields({ draft, onChange, action, path, label }: AttendeeFieldsProps) {
  const prefix = label ? `${label}: ` : '';
  return (
    <div className="attendee-fields">
      <TextField
        label={`${prefix}name`}
        value={draft.name}
        maxLength={100}
        autoComplete="off"
        error={action.fieldError(`${path}.name`)}
        onChange={(name) => onChange({ ...draft, name })}
      />
      <SelectField
        label={`${prefix}speaks for`}
        value={draft.agency}
        options={AGENCY_OPTIONS}
        error={action.fieldError(`${path}.recipient`)}
        onChange={(agency) => onChange({ ...draft, agency })}
      />
      {draft.agency === 'provider' && (
        <TextField
          label={`${prefix}provider's name`}
          value={draft.providerName}
          maxLength={120}
          error={action.fieldError(`${path}.recipient.name`)}
          onChange={(providerName) => onChange({ ...draft, providerName })}
        />
      )}
      <CheckboxField
        label={`${label ? `${label}: has` : 'Has'} acknowledged that what is said here stays confidential and may not prompt enforcement`}
        checked={draft.acknowledged}
        error={action.fieldError(`${path}.acknowledged`)}
        onChange={(acknowledged) => onChange({ ...draft, acknowledged })}
      />
    </div>
  );
}
