import { useState } from 'react';
import { NEED_LABELS } from '../../../../shared/domain/assessment';
import { ATTRIBUTE_LABELS, type Capacity } from '../../../../shared/domain/directory';
import type { DirectoryEntryView } from '../../../../shared/ipc/directory-contract';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { SelectField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { CAPACITY_OPTIONS, capacityLabel, confirmationFlag, daysLabel } from './directory-format';
import { showScreen } from './directory-store';

/** One service at one place, in full; the rest of the service's places follow. */
export function EntryDetails(props: { serviceAtLocationId: string; shown: DirectoryEntryView | null; keeps: boolean }) {
  const { serviceAtLocationId, keeps } = props;
  const [entry, setEntry] = useState<DirectoryEntryView | null>(props.shown);
  const load = useAction(() => call('directory.entry', { serviceAtLocationId }), setEntry);
  useOnMount(() => {
    if (!props.shown) void load.run();
  });
  const back = (
    <Button onClick={() => showScreen({ kind: 'list' })} className="directory-back">
      Back to the directory
    </Button>
  );
  if (!entry) {
    return (
      <>
        <Heading>Provider</Heading>
        {load.formError && <Alert tone="error">{load.formError}</Alert>}
        {back}
      </>
    );
  }
  const places = [...entry.locations].sort(
    (a, b) => Number(b.serviceAtLocationId === serviceAtLocationId) - Number(a.serviceAtLocationId === serviceAtLocationId),
  );
  const { service } = entry;
  return (
    <>
      <Heading>{service.name}</Heading>
      <p className="directory-org">{entry.organization.name}</p>
      <div className="directory-actions">
        {back}
        {keeps && (
          <Button variant="primary" onClick={() => showScreen({ kind: 'edit', serviceAtLocationId, entry })}>
            Edit this provider
          </Button>
        )}
      </div>
      <section aria-labelledby="directory-capacity-title" className="directory-panel">
        <h2 id="directory-capacity-title">Capacity</h2>
        <p>
          {capacityLabel(service.capacity)}
          {service.capacityConfirmedOn && `, confirmed ${dateLabel(service.capacityConfirmedOn)}`}.
        </p>
        {entry.notConfirmed && <p className="directory-flag">{confirmationFlag(service.capacityConfirmedOn)}</p>}
        {keeps && <ConfirmCapacity entry={entry} serviceAtLocationId={serviceAtLocationId} onConfirmed={setEntry} />}
      </section>
      <section aria-labelledby="directory-about-title" className="directory-panel">
        <h2 id="directory-about-title">About</h2>
        {service.description && <p>{service.description}</p>}
        <dl className="directory-facts">
          <dt>Offers</dt>
          <dd>{service.attributes.length ? service.attributes.map((a) => ATTRIBUTE_LABELS[a]).join(', ') : 'None recorded'}</dd>
          <dt>Needs it meets</dt>
          <dd>{service.needs.length ? service.needs.map((need) => NEED_LABELS[need]).join(', ') : 'None recorded'}</dd>
          {service.eligibilityDescription && (
            <>
              <dt>Who is eligible</dt>
              <dd>{service.eligibilityDescription}</dd>
            </>
          )}
          {service.applicationProcess && (
            <>
              <dt>How to get in</dt>
              <dd>{service.applicationProcess}</dd>
            </>
          )}
          {service.feesDescription && (
            <>
              <dt>Fees</dt>
              <dd>{service.feesDescription}</dd>
            </>
          )}
          {service.requiredDocuments.length > 0 && (
            <>
              <dt>What to bring</dt>
              <dd>{service.requiredDocuments.join('; ')}</dd>
            </>
          )}
          {service.languages.length > 0 && (
            <>
              <dt>Languages</dt>
              <dd>{service.languages.join(', ')}</dd>
            </>
          )}
        </dl>
      </section>
      {places.map((place) => (
        <section key={place.serviceAtLocationId} aria-label={`Place: ${place.name || place.address1}`} className="directory-panel">
          <h2>{place.name || place.address1}</h2>
          <dl className="directory-facts">
            <dt>Address</dt>
            <dd>{[place.address1, place.city, `${place.stateProvince} ${place.postalCode}`.trim()].filter(Boolean).join(', ')}</dd>
            {place.crossStreets && (
              <>
                <dt>Cross streets</dt>
                <dd>{place.crossStreets}</dd>
              </>
            )}
            {place.transportation && (
              <>
                <dt>Bus lines</dt>
                <dd>{place.transportation}</dd>
              </>
            )}
            {place.phones.length > 0 && (
              <>
                <dt>Phone</dt>
                <dd>{place.phones.map((phone) => [phone.number, phone.description].filter(Boolean).join(' — ')).join('; ')}</dd>
              </>
            )}
            {place.accessibility && (
              <>
                <dt>Accessibility</dt>
                <dd>{place.accessibility}</dd>
              </>
            )}
            <dt>Hours</dt>
            <dd>
              {place.schedule.length === 0 ? (
                'Not recorded'
              ) : (
                <ul className="directory-hours">
                  {place.schedule.map((window) => (
                    <li key={window.id}>
                      {window.days.length ? `${daysLabel(window.days)} ${window.opensAt}–${window.closesAt}` : window.description}
                      {window.notes && ` (${window.notes})`}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        </section>
      ))}
    </>
  );
}

function ConfirmCapacity(props: { entry: DirectoryEntryView; serviceAtLocationId: string; onConfirmed(entry: DirectoryEntryView): void }) {
  const [capacity, setCapacity] = useState<Capacity>(props.entry.service.capacity ?? 'has_capacity');
  const [done, setDone] = useState(false);
  const confirm = useAction(
    () => call('directory.confirmCapacity', { serviceAtLocationId: props.serviceAtLocationId, capacity }),
    (entry) => {
      setDone(true);
      props.onConfirmed(entry);
    },
    ['capacity'],
  );
  return (
    <ActionForm
      action={confirm}
      submitLabel="Confirm capacity"
      busyLabel="Confirming…"
      onSubmit={() => void confirm.run()}
      errorTitle="Capacity was not confirmed"
    >
      <SelectField
        label="Capacity today, as the provider said"
        value={capacity}
        options={CAPACITY_OPTIONS}
        onChange={(value) => {
          setCapacity(value);
          setDone(false);
        }}
        error={confirm.fieldError('capacity')}
      />
      {done && <Alert tone="success">Capacity confirmed today.</Alert>}
    </ActionForm>
  );
}
