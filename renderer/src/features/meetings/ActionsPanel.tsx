import { useState } from 'react';
import type { SessionView } from '../../../../shared/ipc/session-contract';
import { ACTION_MAX, type MeetingView } from '../../../../shared/ipc/meetings-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { recipientLabel } from '../../../../shared/domain/recipients';
import { call, submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { dateLabel } from '../../ui/dates';
import { SelectField, TextField, type Option } from '../../ui/Field';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { AGENCY_OPTIONS, agendaItems, recipientOf, type AgencyChoice } from './meeting-format';
import { setMeeting } from './meeting-store';

const FIELDS = ['what', 'ownerId', 'agency', 'agency.name', 'dueOn', 'itemId'] as const;
const NO_AGENCY: Option<AgencyChoice> = { value: 'team', label: 'No other agency' };

/** Who can own an action: the signed-in person and everyone in an active pair, each once. */
function ownerOptions(view: SessionView, pairs: readonly PairView[]): Option<string>[] {
  const people = new Map<number, string>([[view.user.id, view.user.displayName]]);
  pairs
    .filter((pair) => pair.active)
    .forEach((pair) => [pair.caseManager, pair.peer].forEach((member) => people.set(member.id, member.displayName)));
  return [{ value: '', label: 'Choose who will do it' }, ...[...people].map(([id, name]) => ({ value: String(id), label: name }))];
}

/** The meeting's action items: what, who, for which agency, by when. Open ones carry to the owner's home and the next agenda. */
export function ActionsPanel({ meeting, view }: { meeting: MeetingView; view: SessionView }) {
  const [pairs, setPairs] = useState<PairView[]>([]);
  const loadPairs = useAction(() => call('pairs.list', {}), setPairs);
  useOnMount(() => void loadPairs.run());
  // Without the pairs only the signed-in person can own an action: say so rather than hide why.
  const empty = { what: '', ownerId: '', agency: 'team' as AgencyChoice, providerName: '', dueOn: '', itemId: '' };
  const [draft, setDraft] = useState(empty);
  const add = useAction(
    () =>
      submit('meetings.addAction', {
        meetingId: meeting.id,
        itemId: draft.itemId === '' ? null : Number(draft.itemId),
        what: draft.what,
        ownerId: draft.ownerId === '' ? undefined : Number(draft.ownerId),
        agency: recipientOf(draft.agency, draft.providerName),
        dueOn: draft.dueOn,
      }),
    (updated) => {
      setDraft(empty);
      setMeeting(updated);
    },
    FIELDS,
  );
  const items: Option<string>[] = [
    { value: '', label: 'The meeting as a whole' },
    ...agendaItems(meeting).map((item) => ({ value: String(item.id), label: item.name })),
  ];
  const set = (changes: Partial<typeof draft>) => setDraft({ ...draft, ...changes });
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {meeting.actions.length === 0 ? (
        <p>No action items yet.</p>
      ) : (
        <ul className="meeting-actions">
          {meeting.actions.map((action) => (
            <li key={action.id}>
              <strong>{action.what}</strong>
              <span className="cell-second-line">
                {action.owner.displayName}
                {action.agency && ` with ${recipientLabel(action.agency)}`}, due {dateLabel(action.dueOn)}
                {action.about && ` · about ${action.about}`}
                {action.doneAt && ' · done'}
                {action.meetingId !== meeting.id && ` · from the meeting of ${dateLabel(action.meetsOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Add an action item</h3>
      {loadPairs.formError && <Alert tone="error">{loadPairs.formError}</Alert>}
      <ActionForm
        action={add}
        submitLabel="Add the action"
        busyLabel="Adding…"
        errorTitle="The action was not added"
        onSubmit={() => void add.run()}
      >
        <TextField
          label="What is to be done"
          value={draft.what}
          maxLength={ACTION_MAX}
          error={add.fieldError('what')}
          onChange={(what) => set({ what })}
        />
        <SelectField
          label="About"
          value={draft.itemId}
          options={items}
          error={add.fieldError('itemId')}
          onChange={(itemId) => set({ itemId })}
        />
        <SelectField
          label="Who will do it"
          value={draft.ownerId}
          options={ownerOptions(view, pairs)}
          error={add.fieldError('ownerId')}
          onChange={(ownerId) => set({ ownerId })}
        />
        <SelectField
          label="With which agency"
          value={draft.agency}
          options={[NO_AGENCY, ...AGENCY_OPTIONS.filter((option) => option.value !== 'team')]}
          error={add.fieldError('agency')}
          onChange={(agency) => set({ agency })}
        />
        {draft.agency === 'provider' && (
          <TextField
            label="Provider's name"
            value={draft.providerName}
            maxLength={120}
            error={add.fieldError('agency.name')}
            onChange={(providerName) => set({ providerName })}
          />
        )}
        <TextField label="Due date" type="date" value={draft.dueOn} error={add.fieldError('dueOn')} onChange={(dueOn) => set({ dueOn })} />
      </ActionForm>
    </section>
  );
}
