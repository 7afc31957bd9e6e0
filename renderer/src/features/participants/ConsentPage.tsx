import { useId, useState } from 'react';
import type { ShareLevel } from '../../../../shared/domain/share-levels';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call, submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { timeLabel, todayIso } from '../../ui/dates';
import { CheckboxField, optionValue, SelectField, TextField } from '../../ui/Field';
import { ErrorTarget, useErrorTarget } from '../../ui/error-targets';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import {
  AGENCIES,
  AGENCY_LABELS,
  SCOPE_OPTIONS,
  agencyError,
  consentInput,
  consentValues,
  newConsent,
  providerError,
  type Agency,
  type ConsentValues,
  type RecipientSource,
} from './consent-values';
import { loadDraft, useDraftAutosave } from '../../state/draft-autosave';
import { BackToParticipant, DraftRestoredNotice } from './DraftParts';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { announce } from '../../state/participant-notice';
import { participantName } from '../../ui/participant-name';
import { messageFor, useRefusal } from '../../ui/use-refusal';

import '../../styles/participant-pages.css';

export const consentDraftKey = (participantId: number) => `consent:${participantId}`;

type SimpleField = Omit<ConsentValues, 'agencies' | 'providers'>;

/** Where the main process puts each field's message, so an edited field stops showing it. */
const FIELD_PATHS: Record<keyof SimpleField, string[]> = {
  patientName: ['consent.patientName'],
  discloser: ['consent.discloser'],
  purpose: ['consent.purpose'],
  rightToRevoke: ['consent.rightToRevokeAcknowledged'],
  expiryKind: ['consent.expiry'],
  expiryOn: ['consent.expiry.on'],
  expiryEvent: ['consent.expiry.event'],
  signedOn: ['consent.signedOn'],
  witness: ['consent.witness'],
  irrevocableUntil: ['consent.irrevocableUntil', 'irrevocableUntil'],
};

interface Loaded {
  record: ParticipantRecord;
  draft: { data: Record<string, unknown>; updatedAt: string } | null;
  /** The directory's organizations, offered as each named provider is typed; empty if they could not be read. */
  directoryNames: string[];
}

/** Records a signed release of information with every element 42 CFR 2.31 asks for. */
export function ConsentPage({ view, recordId }: PageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const load = useAction(async () => {
    if (recordId === null)
      return { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Choose a participant from the list.' } };
    const [record, draft, names] = await Promise.all([
      call('participants.get', { id: recordId }),
      loadDraft(consentDraftKey(recordId)),
      call('directory.organizationNames', {}),
    ]);
    const directoryNames = names.ok ? names.value : [];
    return record.ok ? { ok: true as const, value: { record: record.value, draft, directoryNames } } : record;
  }, setLoaded);
  useOnMount(() => void load.run());

  if (!loaded) {
    return (
      <>
        <Heading>Record a consent</Heading>
        {load.formError ? <Alert tone="error">{load.formError}</Alert> : <p role="status">Loading…</p>}
      </>
    );
  }
  return <ConsentForm {...loaded} discloser={`${view.programName} case management team`} />;
}

function ConsentForm({ record, draft, directoryNames, discloser }: Loaded & { discloser: string }) {
  const fresh = newConsent(record.name, discloser, todayIso());
  const [values, setValues] = useState<ConsentValues>(draft ? consentValues(draft.data, fresh) : fresh);
  const [restored, setRestored] = useState(draft !== null);
  const autosave = useDraftAutosave(consentDraftKey(record.id));
  const arrestDiversion = record.pathway === 'arrest_diversion';
  const recipientsId = useId();
  const directoryListId = useId();

  function update(next: ConsentValues) {
    setValues(next);
    autosave.changed(JSON.parse(JSON.stringify(next)) as Record<string, unknown>);
  }
  const set =
    <K extends keyof SimpleField>(name: K) =>
    (value: ConsentValues[K]) => {
      update({ ...values, [name]: value });
      for (const path of FIELD_PATHS[name]) refusal.changed(path);
    };
  const recipientPath = (match: (source: RecipientSource) => boolean) => `consent.recipients.${sources.findIndex(match)}`;
  const setAgency = (agency: Agency, change: Partial<ConsentValues['agencies'][Agency]>) => {
    update({ ...values, agencies: { ...values.agencies, [agency]: { ...values.agencies[agency], ...change } } });
    refusal.changed('consent.recipients', true);
    refusal.changed(recipientPath((source) => 'agency' in source && source.agency === agency));
  };
  const setProvider = (index: number, change: Partial<ConsentValues['providers'][number]>) => {
    update({ ...values, providers: values.providers.map((p, i) => (i === index ? { ...p, ...change } : p)) });
    refusal.changed(recipientPath((source) => 'provider' in source && source.provider === index));
  };

  // Refusals name recipients by their place in the list that was sent; keep that list's order.
  const [sources, setSources] = useState<RecipientSource[]>([]);
  const save = useAction(
    () => {
      const input = consentInput(values);
      setSources(input.sources);
      return submit('consents.create', { participantId: record.id, consent: input.consent });
    },
    (consent) => {
      void autosave.discard();
      announce('Consent recorded. Print the consent form now for the participant to sign.', {
        job: { document: 'consent-form', consentId: consent.id },
        what: 'consent form',
      });
      go('participant', record.id);
    },
  );
  const refusal = useRefusal(save.error);
  const fields = refusal.fields;
  const error = (path: string) => messageFor(fields, `consent.${path}`);

  async function startOver() {
    await autosave.discard();
    setValues(fresh);
    setRestored(false);
  }

  return (
    <>
      <BackToParticipant record={record} />
      <Heading>Record a consent: {participantName(record)}</Heading>
      <p>
        A release of information lets the team share what the participant agrees to, with the recipients they name. Every element below is
        required by 42 CFR Part 2; the form will not save while one is missing.
      </p>
      {restored && draft && <DraftRestoredNotice updatedAt={draft.updatedAt} onStartOver={() => void startOver()} />}

      <section className="panel participant-form" aria-label="Consent">
        <ActionForm
          errorTitle="The consent was not saved"
          errors={refusal.messages}
          action={{ ...save, formError: null }}
          submitLabel="Save consent"
          busyLabel="Saving…"
          onSubmit={() => void save.run()}
          secondary={<Button onClick={() => go('participant', record.id)}>Back to the record</Button>}
        >
          <div className="field-row">
            <TextField
              label="Participant name"
              value={values.patientName}
              onChange={set('patientName')}
              error={error('patientName')}
              autoComplete="off"
            />
            <TextField
              label="Who may disclose"
              hint="The program or people allowed to share the information."
              value={values.discloser}
              onChange={set('discloser')}
              error={error('discloser')}
              autoComplete="off"
            />
          </div>

          <fieldset
            className={
              fields?.['consent.recipients']
                ? 'participant-choices participant-recipients field-invalid'
                : 'participant-choices participant-recipients'
            }
          >
            <legend>Recipients and what each may receive</legend>
            <p className="field-hint" id={`${recipientsId}-hint`}>
              Tick each recipient the participant names and choose what it may receive. Each level includes the ones before it; clinical and
              substance-use detail usually stays with treatment providers.
            </p>
            {/* The error summary's link for "name a recipient" goes to the first recipient's checkbox. */}
            <ErrorTarget error={fields?.['consent.recipients']} controlId={`${recipientsId}-first`} />
            {fields?.['consent.recipients'] && (
              <p className="field-error" id={`${recipientsId}-error`}>
                {fields['consent.recipients']}
              </p>
            )}
            <div className="participant-recipient-grid">
              <span className="participant-recipient-head">Recipient</span>
              <span className="participant-recipient-head" aria-hidden="true">
                What it may receive
              </span>
              <span aria-hidden="true" />
              {AGENCIES.map((agency, index) => (
                <AgencyRow
                  key={agency}
                  id={index === 0 ? `${recipientsId}-first` : undefined}
                  agency={agency}
                  grant={values.agencies[agency]}
                  invalid={Boolean(fields?.['consent.recipients'])}
                  describedBy={fields?.['consent.recipients'] ? `${recipientsId}-error ${recipientsId}-hint` : `${recipientsId}-hint`}
                  error={agencyError(fields, sources, agency)}
                  onChange={(change) => setAgency(agency, change)}
                />
              ))}
              <datalist id={directoryListId}>
                {directoryNames.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
              {values.providers.map((provider, index) => (
                <div className="participant-provider" key={index}>
                  <TextField
                    label={`Named provider ${index + 1}`}
                    value={provider.name}
                    onChange={(name) => setProvider(index, { name })}
                    error={providerError(fields, sources, index, 'name')}
                    hint="Choose one from the provider directory as you type, or type the name."
                    list={directoryListId}
                    autoComplete="off"
                  />
                  <SelectField
                    label={`What named provider ${index + 1} may receive`}
                    value={provider.scope}
                    options={SCOPE_OPTIONS}
                    onChange={(scope) => setProvider(index, { scope })}
                    error={providerError(fields, sources, index, 'scope')}
                  />
                  <Button
                    className="participant-provider-remove"
                    aria-label={`Remove named provider ${index + 1}`}
                    onClick={() => update({ ...values, providers: values.providers.filter((_, i) => i !== index) })}
                  >
                    Remove
                  </Button>
                </div>
              ))}
            </div>
            <Button
              onClick={() => {
                update({ ...values, providers: [...values.providers, { name: '', scope: 'status' }] });
                refusal.changed('consent.recipients', true);
              }}
            >
              Add a named provider
            </Button>
          </fieldset>

          <TextAreaField
            label="Purpose of the disclosure"
            hint="Why the information is shared, e.g. care coordination and progress updates at the LEAD partner meeting."
            rows={2}
            value={values.purpose}
            onChange={set('purpose')}
            error={error('purpose')}
          />

          <CheckboxField
            label="The participant was told they may revoke this consent at any time, except for what was already done in reliance on it."
            checked={values.rightToRevoke}
            onChange={set('rightToRevoke')}
            error={error('rightToRevokeAcknowledged')}
          />

          <div className="field-row">
            <div>
              <ChoiceGroup
                legend="The consent expires"
                type="radio"
                options={[
                  { value: 'date', label: 'On a date' },
                  { value: 'event', label: 'When an event happens' },
                ]}
                selected={values.expiryKind ? [values.expiryKind] : []}
                onChange={(v) => set('expiryKind')(v[0] ?? '')}
                error={fields?.['consent.expiry']}
              />
              {values.expiryKind === 'date' && (
                <TextField
                  label="Expiry date"
                  hint="The last day the consent is good for."
                  type="date"
                  value={values.expiryOn}
                  onChange={set('expiryOn')}
                  error={error('expiry.on')}
                />
              )}
              {values.expiryKind === 'event' && (
                <TextField
                  label="Expiry event"
                  hint="e.g. when the participant leaves LEAD."
                  value={values.expiryEvent}
                  onChange={set('expiryEvent')}
                  error={error('expiry.event')}
                  autoComplete="off"
                />
              )}
            </div>
            <div>
              <TextField label="Signature date" type="date" value={values.signedOn} onChange={set('signedOn')} error={error('signedOn')} />
              <TextField
                label="Witness"
                hint="The staff member who saw the participant sign."
                value={values.witness}
                onChange={set('witness')}
                error={error('witness')}
                autoComplete="off"
              />
            </div>
          </div>

          {arrestDiversion && (
            <TextField
              label="Irrevocable until (optional)"
              hint="For someone referred through the criminal justice system, the consent can be made irrevocable until a date, such as the end of the diversion period (42 CFR 2.35). Leave empty if it may be revoked at any time."
              type="date"
              value={values.irrevocableUntil}
              onChange={set('irrevocableUntil')}
              error={error('irrevocableUntil') ?? fields?.irrevocableUntil}
            />
          )}
        </ActionForm>
        {autosave.problem ? (
          <p className="participant-draft-state participant-draft-problem">Draft not saved: {autosave.problem}</p>
        ) : (
          autosave.savedAt && <p className="participant-draft-state">Draft saved at {timeLabel(autosave.savedAt.toISOString(), true)}</p>
        )}
      </section>
    </>
  );
}

interface AgencyRowProps {
  agency: Agency;
  grant: { chosen: boolean; scope: ShareLevel };
  invalid: boolean;
  describedBy: string;
  error: string | undefined;
  onChange(change: Partial<{ chosen: boolean; scope: ShareLevel }>): void;
  /** The checkbox's id, when something links to it. */
  id?: string;
}

function AgencyRow({ agency, grant, invalid, describedBy, error, onChange, id }: AgencyRowProps) {
  const label = AGENCY_LABELS[agency];
  const scopeId = useId();
  useErrorTarget(error, scopeId);
  return (
    <>
      <label className="participant-choice">
        <input
          id={id}
          type="checkbox"
          checked={grant.chosen}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ chosen: event.target.checked })}
        />
        <span>{label}</span>
      </label>
      <div>
        <select
          id={scopeId}
          className="participant-scope"
          aria-label={`What ${label} may receive`}
          value={grant.scope}
          disabled={!grant.chosen}
          onChange={(event) => {
            const scope = optionValue(SCOPE_OPTIONS, event.target.value);
            if (scope) onChange({ scope });
          }}
        >
          {SCOPE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {error && <p className="field-error">{error}</p>}
      </div>
      <span aria-hidden="true" />
    </>
  );
}
