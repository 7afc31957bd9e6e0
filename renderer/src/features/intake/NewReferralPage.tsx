import { useState } from 'react';
import { OFFENSES, OFFENSE_LABELS, needsApproval } from '../../../../shared/domain/offenses';
import { PATHWAYS, PATHWAY_LABELS } from '../../../../shared/domain/referral';
import type { PersonMatch } from '../../../../shared/ipc/people-contract';
import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import type { Reply } from '../../../../shared/ipc/reply';
import { go } from '../../app/route-store';
import { call, submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Button } from '../../ui/Button';
import { nowForInputs, timeLabel } from '../../ui/dates';
import { TextField, type Option } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { loadDraft, useDraftAutosave } from '../../state/draft-autosave';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { calendarDateLabel, dateTimeLabel } from './intake-format';
import { announce } from './intake-store';
import { PersonMatches } from './PersonMatches';
import {
  EMPTY_REFERRAL_FORM,
  REFERRAL_FORM_FIELDS,
  chosenFromMatch,
  fromDraft,
  isEmptyForm,
  toCreateInput,
  toDraft,
  type ReferralForm,
} from './referral-form';
import { exactMatch, usePersonMatches } from './use-person-matches';
import '../../styles/intake-screens.css';

const DRAFT_KEY = 'referral:new';

const PATHWAY_OPTIONS = PATHWAYS.map((value) => ({ value, label: PATHWAY_LABELS[value] }));
const OFFENSE_OPTIONS = OFFENSES.map((value) => ({ value, label: OFFENSE_LABELS[value] }));
const YES_NO: readonly Option<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes, inside the referral area' },
  { value: 'no', label: 'No, outside it' },
];

interface Saved {
  referral: ReferralView;
  /** The person on record a new name and date of birth matched exactly, as asked just before saving. */
  exact: PersonMatch | null;
}

/**
 * A new referral, as the officer hands the person over: pathway, when, who, where, what, and
 * for trespass or public urination the victim's approval. What is typed is saved as a draft as
 * it is typed, so a lock or a closed window loses nothing.
 */
export function NewReferralPage() {
  const [form, setForm] = useState<ReferralForm | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const draft = useDraftAutosave(DRAFT_KEY);

  useOnMount(() => {
    void (async () => {
      const saved = await loadDraft(DRAFT_KEY);
      setForm(saved ? fromDraft(saved.data) : EMPTY_REFERRAL_FORM);
      setRestoredFrom(saved ? saved.updatedAt : null);
    })();
    void call('settings.get', {}).then((reply) => reply.ok && setArea(reply.value.referralArea));
  });

  return (
    <>
      <div className="page-heading">
        <Heading>New referral</Heading>
        <Button variant="link" onClick={() => go('referrals')}>
          Back to referrals
        </Button>
      </div>
      {form === null ? (
        <p role="status">Opening the form…</p>
      ) : (
        <ReferralFormView
          form={form}
          area={area}
          restoredFrom={restoredFrom}
          draft={draft}
          onChange={(next) => {
            setForm(next);
            draft.changed(toDraft(next));
          }}
          onStartOver={() => {
            void draft.discard();
            setForm(EMPTY_REFERRAL_FORM);
            setRestoredFrom(null);
          }}
        />
      )}
    </>
  );
}

interface ReferralFormViewProps {
  form: ReferralForm;
  area: string | null;
  restoredFrom: string | null;
  draft: ReturnType<typeof useDraftAutosave>;
  onChange(form: ReferralForm): void;
  onStartOver(): void;
}

function ReferralFormView({ form, area, restoredFrom, draft, onChange, onStartOver }: ReferralFormViewProps) {
  const matches = usePersonMatches(form.name, form.dateOfBirth, form.chosen === null);
  const set =
    <K extends keyof ReferralForm>(key: K) =>
    (value: ReferralForm[K]) =>
      onChange({ ...form, [key]: value });

  const save = useAction(
    async (): Promise<Reply<Saved>> => {
      const exact = form.chosen ? null : await exactMatch(form.name, form.dateOfBirth);
      const reply = await submit('referrals.create', toCreateInput(form));
      return reply.ok ? { ok: true, value: { referral: reply.value, exact } } : reply;
    },
    ({ referral, exact }) => {
      void draft.discard();
      if (form.chosen) announce(`Referral saved and linked to the existing record for ${referral.personName}.`);
      else if (exact && exact.personId === referral.personId) {
        announce(
          `Referral saved. Linked to the existing record for ${referral.personName} (born ${calendarDateLabel(exact.dateOfBirth)}): the same name and date of birth were already on record.`,
        );
      } else announce(`Referral saved for ${referral.personName}. Next: the eligibility screen.`);
      go('referral', referral.id);
    },
    REFERRAL_FORM_FIELDS,
  );
  const error = (path: string) => save.fieldError(path);
  const approvalNeeded = needsApproval(form.offenses);

  return (
    <>
      <div className="intake-draft-bar">
        <p role="status" className="intake-draft-status">
          {draft.problem
            ? `The draft could not be saved: ${draft.problem}`
            : draft.savedAt
              ? `Draft saved at ${timeLabel(draft.savedAt.toISOString(), true)}.`
              : restoredFrom
                ? `Restored the referral you started (saved ${dateTimeLabel(restoredFrom)}).`
                : 'What you type is saved as a draft as you go.'}
        </p>
        {!isEmptyForm(form) && (
          <Button variant="link" onClick={onStartOver}>
            Start over with an empty form
          </Button>
        )}
      </div>

      <ActionForm
        errorTitle="The referral was not saved"
        action={save}
        submitLabel="Save referral"
        busyLabel="Saving…"
        onSubmit={() => void save.run()}
      >
        <section className="panel intake-section" aria-labelledby="referral-person">
          <h2 id="referral-person">The person</h2>
          {form.chosen ? (
            <div className="intake-chosen">
              <p>
                Referring the person already on record: <strong>{form.chosen.name}</strong>, born{' '}
                {calendarDateLabel(form.chosen.dateOfBirth)}.
              </p>
              <Button onClick={() => onChange({ ...form, chosen: null })}>Not this person</Button>
              {error('person.personId') && <p className="field-error">{error('person.personId')}</p>}
            </div>
          ) : (
            <div className="intake-person">
              <div className="field-row">
                <TextField
                  label="Name"
                  value={form.name}
                  onChange={set('name')}
                  error={error('person.name')}
                  autoComplete="off"
                  spellCheck={false}
                />
                <TextField
                  label="Date of birth (optional now)"
                  hint="Checked on the eligibility screen."
                  type="date"
                  value={form.dateOfBirth}
                  onChange={set('dateOfBirth')}
                  error={error('person.dateOfBirth')}
                />
              </div>
              <PersonMatches matches={matches} onChoose={(match) => onChange({ ...form, chosen: chosenFromMatch(match) })} />
            </div>
          )}
        </section>

        <section className="panel intake-section" aria-labelledby="referral-how">
          <h2 id="referral-how">The referral</h2>
          <ChoiceGroup
            legend="Pathway"
            type="radio"
            options={PATHWAY_OPTIONS}
            selected={form.pathway ? [form.pathway] : []}
            onChange={(values) => set('pathway')(values[0] ?? '')}
            error={error('referral.pathway')}
          />
          <div className="field-row field-row-tight">
            <TextField label="Referral date" type="date" value={form.date} onChange={set('date')} error={error('referral.occurredAt')} />
            <TextField label="Referral time" type="time" value={form.time} onChange={set('time')} />
          </div>
          <Button variant="link" className="intake-now" onClick={() => onChange({ ...form, ...nowForInputs() })}>
            Use the current date and time
          </Button>
          {form.pathway === 'social_contact' && (
            <TextAreaField
              label="Recent law violations or police contacts that justify the referral"
              hint="Social contact referrals have no arrest behind them: say what happened recently, in a few lines."
              rows={4}
              className="input-wide"
              value={form.justification}
              onChange={set('justification')}
              error={error('referral.justification')}
            />
          )}
        </section>

        <section className="panel intake-section" aria-labelledby="referral-officer">
          <h2 id="referral-officer">Referring officer</h2>
          <div className="field-row">
            <TextField
              label="Officer name"
              value={form.officerName}
              onChange={set('officerName')}
              error={error('referral.officer.name')}
              autoComplete="off"
            />
            <TextField
              label="Sequence/badge number"
              value={form.officerBadge}
              onChange={set('officerBadge')}
              error={error('referral.officer.badge')}
              autoComplete="off"
            />
            <TextField
              label="Unit"
              value={form.officerUnit}
              onChange={set('officerUnit')}
              error={error('referral.officer.unit')}
              autoComplete="off"
            />
          </div>
        </section>

        <section className="panel intake-section" aria-labelledby="referral-where">
          <h2 id="referral-where">Where it happened</h2>
          <TextField
            label="Address or cross streets"
            className="input-wide"
            value={form.location}
            onChange={set('location')}
            error={error('referral.location.description')}
            autoComplete="off"
          />
          <ChoiceGroup
            legend="Did it happen inside the referral area?"
            type="radio"
            options={YES_NO}
            selected={form.inside ? [form.inside] : []}
            onChange={(values) => set('inside')(values[0] ?? '')}
            hint={<>The referral area: {area ?? '…'}</>}
            error={error('referral.location.insideReferralArea')}
          />
        </section>

        <section className="panel intake-section" aria-labelledby="referral-what">
          <h2 id="referral-what">Suspected offense</h2>
          <ChoiceGroup
            legend="LEAD-eligible offenses: choose each one that applies"
            type="checkbox"
            options={OFFENSE_OPTIONS}
            selected={form.offenses}
            onChange={(values) => set('offenses')(OFFENSES.filter((offense) => values.includes(offense)))}
            error={error('referral.offenses')}
            columns
          />
          {approvalNeeded && (
            <fieldset className="intake-approval">
              <legend>Victim’s or store owner’s approval</legend>
              <p className="field-hint">
                Trespass and public urination are diverted only with their approval: record who gave it and when.
              </p>
              <TextField
                label="Approved by (name)"
                value={form.approvedBy}
                onChange={set('approvedBy')}
                error={error('referral.approval.approvedBy') ?? error('referral.approval')}
                autoComplete="off"
              />
              <div className="field-row field-row-tight">
                <TextField
                  label="Approval date"
                  type="date"
                  value={form.approvalDate}
                  onChange={set('approvalDate')}
                  error={error('referral.approval.approvedAt')}
                />
                <TextField label="Approval time" type="time" value={form.approvalTime} onChange={set('approvalTime')} />
              </div>
            </fieldset>
          )}
        </section>
      </ActionForm>
    </>
  );
}
