import { useState } from 'react';
import type { DirectoryEntryInput, LocationInput } from '../../../../shared/domain/directory';
import { editableEntry, type DirectoryEntryView } from '../../../../shared/ipc/directory-contract';
import { submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { ATTRIBUTE_OPTIONS, CAPACITY_CHOICES, NEED_CHOICES } from './directory-format';
import { showScreen } from './directory-store';
import { PlaceFields } from './PlaceFields';

const NEW_PLACE: LocationInput = {
  name: '',
  address1: '',
  city: 'Baltimore',
  stateProvince: 'MD',
  postalCode: '',
  crossStreets: '',
  transportation: '',
  accessibility: '',
  phones: [{ number: '', description: '' }],
  schedule: [{ days: [], opensAt: '09:00', closesAt: '17:00', notes: '' }],
};

const NEW_ENTRY: DirectoryEntryInput = {
  organization: { name: '', description: '', website: '' },
  service: {
    name: '',
    description: '',
    eligibilityDescription: '',
    feesDescription: '',
    applicationProcess: '',
    attributes: [],
    needs: [],
    capacity: null,
    capacityConfirmedOn: null,
    languages: [],
    requiredDocuments: [],
  },
  locations: [NEW_PLACE],
};

/** A list typed as text: one item per line (documents) or separated by commas (languages). */
const items = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** Adds a provider, or edits one (its places keep their ids: referrals will point at them). */
export function EntryForm({ serviceAtLocationId, editing }: { serviceAtLocationId: string | null; editing: DirectoryEntryView | null }) {
  const [start] = useState(() => (editing ? editableEntry(editing) : NEW_ENTRY));
  const [entry, setEntry] = useState<DirectoryEntryInput>(start);
  const [languages, setLanguages] = useState(start.service.languages.join(', '));
  const [documents, setDocuments] = useState(start.service.requiredDocuments.join('\n'));
  // The reply is the entry as saved: the details show it without asking again.
  const save = useAction(
    (input: DirectoryEntryInput) => submit('directory.save', input),
    (view) =>
      showScreen({ kind: 'entry', serviceAtLocationId: serviceAtLocationId ?? view.locations[0]!.serviceAtLocationId, entry: view }),
  );
  const cancel = () => showScreen(serviceAtLocationId ? { kind: 'entry', serviceAtLocationId, entry: editing } : { kind: 'list' });
  const title = editing ? 'Edit a provider' : 'Add a provider';
  const { organization, service } = entry;
  const setOrganization = (changes: Partial<DirectoryEntryInput['organization']>) =>
    setEntry({ ...entry, organization: { ...organization, ...changes } });
  const setService = (changes: Partial<DirectoryEntryInput['service']>) => setEntry({ ...entry, service: { ...service, ...changes } });
  const setPlace = (index: number, place: LocationInput) =>
    setEntry({ ...entry, locations: entry.locations.map((known, at) => (at === index ? place : known)) });
  const error = save.fieldError;

  return (
    <>
      <Heading>{title}</Heading>
      <ActionForm
        action={save}
        submitLabel="Save provider"
        busyLabel="Saving…"
        errorTitle="The provider was not saved"
        onSubmit={() =>
          void save.run({
            ...entry,
            service: { ...service, languages: items(languages, /,/), requiredDocuments: items(documents, /\n/) },
          })
        }
        secondary={<Button onClick={cancel}>Cancel</Button>}
      >
        <fieldset className="directory-fieldset">
          <legend>Organization</legend>
          <TextField
            label="Organization name"
            value={organization.name}
            onChange={(name) => setOrganization({ name })}
            error={error('organization.name')}
            className="input-wide"
          />
          <TextField
            label="Website"
            value={organization.website}
            onChange={(website) => setOrganization({ website })}
            error={error('organization.website')}
          />
        </fieldset>
        <fieldset className="directory-fieldset">
          <legend>Service</legend>
          <TextField
            label="Service name"
            value={service.name}
            onChange={(name) => setService({ name })}
            error={error('service.name')}
            className="input-wide"
          />
          <TextAreaField
            label="Description"
            value={service.description}
            onChange={(description) => setService({ description })}
            error={error('service.description')}
          />
          <TextAreaField
            label="Who is eligible"
            rows={2}
            value={service.eligibilityDescription}
            onChange={(eligibilityDescription) => setService({ eligibilityDescription })}
            error={error('service.eligibilityDescription')}
          />
          <TextAreaField
            label="How to get in"
            rows={2}
            value={service.applicationProcess}
            onChange={(applicationProcess) => setService({ applicationProcess })}
            error={error('service.applicationProcess')}
          />
          <TextField
            label="Fees"
            value={service.feesDescription}
            onChange={(feesDescription) => setService({ feesDescription })}
            error={error('service.feesDescription')}
          />
          <ChoiceGroup
            legend="Offers"
            type="checkbox"
            options={ATTRIBUTE_OPTIONS}
            selected={service.attributes}
            onChange={(attributes) => setService({ attributes })}
            error={error('service.attributes')}
            columns
          />
          <ChoiceGroup
            legend="Needs it meets"
            type="checkbox"
            options={NEED_CHOICES}
            selected={service.needs}
            onChange={(needs) => setService({ needs })}
            error={error('service.needs')}
            columns
          />
          <div className="directory-filters">
            <SelectField
              label="Capacity"
              value={service.capacity ?? ''}
              options={CAPACITY_CHOICES}
              onChange={(capacity) => setService({ capacity: capacity || null })}
              error={error('service.capacity')}
            />
            <TextField
              label="Capacity confirmed on"
              type="date"
              value={service.capacityConfirmedOn ?? ''}
              onChange={(on) => setService({ capacityConfirmedOn: on || null })}
              error={error('service.capacityConfirmedOn')}
            />
          </div>
          <TextField
            label="Languages"
            hint="Separated by commas."
            value={languages}
            onChange={setLanguages}
            error={error('service.languages')}
          />
          <TextAreaField
            label="What to bring"
            hint="One per line."
            rows={2}
            value={documents}
            onChange={setDocuments}
            error={error('service.requiredDocuments')}
          />
        </fieldset>
        {entry.locations.map((place, index) => (
          <PlaceFields
            key={place.serviceAtLocationId ?? `new-${index}`}
            place={place}
            index={index}
            count={entry.locations.length}
            error={(path) => error(`locations.${index}.${path}`)}
            onChange={(changed) => setPlace(index, changed)}
            onRemove={
              place.serviceAtLocationId ? null : () => setEntry({ ...entry, locations: entry.locations.filter((_, at) => at !== index) })
            }
          />
        ))}
        {error('locations') && <p className="field-error">{error('locations')}</p>}
        <p>
          <Button onClick={() => setEntry({ ...entry, locations: [...entry.locations, NEW_PLACE] })}>Add another place</Button>
        </p>
      </ActionForm>
    </>
  );
}
