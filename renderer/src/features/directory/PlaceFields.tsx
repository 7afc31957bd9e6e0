import type { LocationInput } from '../../../../shared/domain/directory';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { ChoiceGroup } from '../../ui/form-parts';
import { DAY_OPTIONS } from './directory-format';

type Phone = LocationInput['phones'][number];
type Window = LocationInput['schedule'][number];

interface PlaceFieldsProps {
  place: LocationInput;
  index: number;
  count: number;
  /** The refusal's message for a path inside this place ("address1", "phones.0.number"). */
  error(path: string): string | undefined;
  onChange(place: LocationInput): void;
  /** Null for a place already saved: referrals may point at it, so it stays. */
  onRemove: (() => void) | null;
}

/** One place a service is offered: address, how to get there, phones and opening windows (several a day if need be). */
export function PlaceFields({ place, index, count, error, onChange, onRemove }: PlaceFieldsProps) {
  const set = (changes: Partial<LocationInput>) => onChange({ ...place, ...changes });
  const setPhone = (at: number, changes: Partial<Phone>) =>
    set({ phones: place.phones.map((phone, i) => (i === at ? { ...phone, ...changes } : phone)) });
  const setWindow = (at: number, changes: Partial<Window>) =>
    set({ schedule: place.schedule.map((window, i) => (i === at ? { ...window, ...changes } : window)) });
  const legend = count > 1 ? `Place ${index + 1}` : 'Place';

  return (
    <fieldset className="directory-fieldset">
      <legend>{legend}</legend>
      <TextField
        label="Place name"
        hint="If the place has a name of its own."
        value={place.name}
        onChange={(name) => set({ name })}
        error={error('name')}
      />
      <TextField
        label="Street address"
        value={place.address1}
        onChange={(address1) => set({ address1 })}
        error={error('address1')}
        className="input-wide"
      />
      <div className="directory-filters">
        <TextField label="City" value={place.city} onChange={(city) => set({ city })} error={error('city')} />
        <TextField
          label="State"
          value={place.stateProvince}
          onChange={(stateProvince) => set({ stateProvince })}
          error={error('stateProvince')}
          className="input-short"
        />
        <TextField
          label="ZIP code"
          value={place.postalCode}
          onChange={(postalCode) => set({ postalCode })}
          error={error('postalCode')}
          className="input-short"
        />
      </div>
      <TextField
        label="Cross streets"
        value={place.crossStreets}
        onChange={(crossStreets) => set({ crossStreets })}
        error={error('crossStreets')}
        className="input-wide"
      />
      <TextField
        label="Bus lines"
        value={place.transportation}
        onChange={(transportation) => set({ transportation })}
        error={error('transportation')}
        className="input-wide"
      />
      <TextField
        label="Accessibility"
        value={place.accessibility}
        onChange={(accessibility) => set({ accessibility })}
        error={error('accessibility')}
        className="input-wide"
      />

      <fieldset className="directory-fieldset">
        <legend>Phones</legend>
        {place.phones.map((phone, at) => (
          <div key={phone.id ?? `new-${at}`} className="directory-row">
            <TextField
              label={`Phone ${at + 1}`}
              type="tel"
              value={phone.number}
              onChange={(number) => setPhone(at, { number })}
              error={error(`phones.${at}.number`)}
            />
            <TextField
              label={`Phone ${at + 1}: who answers`}
              value={phone.description}
              onChange={(description) => setPhone(at, { description })}
              error={error(`phones.${at}.description`)}
            />
            <Button onClick={() => set({ phones: place.phones.filter((_, i) => i !== at) })} aria-label={`Remove phone ${at + 1}`}>
              Remove
            </Button>
          </div>
        ))}
        <Button onClick={() => set({ phones: [...place.phones, { number: '', description: '' }] })}>Add a phone</Button>
      </fieldset>

      <fieldset className="directory-fieldset">
        <legend>Opening hours</legend>
        <p className="field-hint">One line per opening window; a day may have several (mornings and evenings).</p>
        {place.schedule.map((window, at) => (
          <div key={window.id ?? `new-${at}`} className="directory-window">
            <ChoiceGroup
              legend={`Window ${at + 1}: days`}
              type="checkbox"
              options={DAY_OPTIONS}
              selected={window.days}
              onChange={(days) => setWindow(at, { days })}
              error={error(`schedule.${at}.days`)}
            />
            <div className="directory-row">
              <TextField
                label={`Window ${at + 1}: opens`}
                type="time"
                value={window.opensAt}
                onChange={(opensAt) => setWindow(at, { opensAt })}
                error={error(`schedule.${at}.opensAt`)}
              />
              <TextField
                label={`Window ${at + 1}: closes`}
                type="time"
                value={window.closesAt}
                onChange={(closesAt) => setWindow(at, { closesAt })}
                error={error(`schedule.${at}.closesAt`)}
              />
              <TextField
                label={`Window ${at + 1}: note`}
                value={window.notes}
                onChange={(notes) => setWindow(at, { notes })}
                error={error(`schedule.${at}.notes`)}
              />
              <Button onClick={() => set({ schedule: place.schedule.filter((_, i) => i !== at) })} aria-label={`Remove window ${at + 1}`}>
                Remove
              </Button>
            </div>
          </div>
        ))}
        <Button onClick={() => set({ schedule: [...place.schedule, { days: [], opensAt: '09:00', closesAt: '17:00', notes: '' }] })}>
          Add an opening window
        </Button>
      </fieldset>
      {onRemove && (
        <p>
          <Button variant="danger" onClick={onRemove}>
            Remove this place
          </Button>
        </p>
      )}
    </fieldset>
  );
}
