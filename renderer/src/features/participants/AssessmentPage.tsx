import { useState } from 'react';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call, submit } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { timeLabel } from '../../ui/dates';
import { SelectField, TextField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import {
  ETHNICITY_OPTIONS,
  HOUSING_OPTIONS,
  NEED_OPTIONS,
  RACE_OPTIONS,
  SEX_OPTIONS,
  assessmentInput,
  assessmentValues,
  prefilledAssessment,
  type AssessmentValues,
} from './assessment-values';
import { loadDraft, useDraftAutosave } from '../../state/draft-autosave';
import { BackToParticipant, DraftRestoredNotice } from './DraftParts';
import { ChoiceGroup, TextAreaField } from '../../ui/form-parts';
import { announce } from '../../state/participant-notice';
import { intakeState } from './participant-format';
import { participantName } from '../../ui/participant-name';
import { messageFor, useRefusal } from '../../ui/use-refusal';

import '../../styles/participant-pages.css';

export const assessmentDraftKey = (participantId: number) => `assessment:${participantId}`;

interface Loaded {
  record: ParticipantRecord;
  draft: { values: AssessmentValues; updatedAt: string } | null;
}

/** The intake assessment: completed once, then edited with every change audited. */
export function AssessmentPage({ recordId }: PageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const load = useAction(async () => {
    if (recordId === null)
      return { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Choose a participant from the list.' } };
    const [record, draft] = await Promise.all([call('participants.get', { id: recordId }), loadDraft(assessmentDraftKey(recordId))]);
    if (!record.ok) return record;
    return {
      ok: true as const,
      value: { record: record.value, draft: draft && { values: assessmentValues(draft.data), updatedAt: draft.updatedAt } },
    };
  }, setLoaded);
  useOnMount(() => void load.run());

  if (!loaded) {
    return (
      <>
        <Heading>Intake assessment</Heading>
        {load.formError ? <Alert tone="error">{load.formError}</Alert> : <p role="status">Loading…</p>}
      </>
    );
  }
  return <AssessmentForm record={loaded.record} draft={loaded.draft} />;
}

function AssessmentForm({ record, draft }: Loaded) {
  const editing = record.assessment !== null;
  const saved = record.assessment ? assessmentValues(record.assessment) : prefilledAssessment(record);
  const [values, setValues] = useState<AssessmentValues>(draft?.values ?? saved);
  const [restored, setRestored] = useState(draft !== null);
  const autosave = useDraftAutosave(assessmentDraftKey(record.id));

  function set<K extends keyof AssessmentValues>(name: K) {
    return (value: AssessmentValues[K]) => {
      const next = { ...values, [name]: value };
      setValues(next);
      autosave.changed({ ...next });
      refusal.changed(`assessment.${name}`);
    };
  }

  const save = useAction(
    () => submit('assessments.save', { participantId: record.id, assessment: assessmentInput(values) }),
    (updated) => {
      void autosave.discard();
      announce(editing ? 'Assessment changes saved.' : `Intake assessment completed. ${participantName(updated)} is now active.`);
      go('participant', record.id);
    },
  );
  const refusal = useRefusal(save.error);
  const error = (name: keyof AssessmentValues) => messageFor(refusal.fields, `assessment.${name}`);
  const intake = intakeState(record);

  async function startOver() {
    await autosave.discard();
    setValues(saved);
    setRestored(false);
  }

  return (
    <>
      <BackToParticipant record={record} />
      <Heading>
        {editing ? 'Edit assessment' : 'Intake assessment'}: {participantName(record)}
      </Heading>
      {!editing && intake.due && (
        <p className={intake.overdue ? 'participant-due participant-overdue' : 'participant-due'}>
          {intake.overdue ? 'Overdue: ' : 'Assessment '}
          {intake.text.charAt(0).toLowerCase() + intake.text.slice(1)}
        </p>
      )}
      {restored && draft && <DraftRestoredNotice updatedAt={draft.updatedAt} onStartOver={() => void startOver()} />}
      <p className="field-hint">What you type is kept as a draft as you go: closing the window or locking loses nothing.</p>

      <section className="panel participant-form" aria-label={editing ? 'Edit assessment' : 'Intake assessment'}>
        <ActionForm
          errorTitle={editing ? 'The changes were not saved' : 'The assessment was not saved'}
          errors={refusal.messages}
          action={{ ...save, formError: null }}
          submitLabel={editing ? 'Save changes' : 'Complete assessment'}
          busyLabel="Saving…"
          onSubmit={() => void save.run()}
          secondary={
            <>
              <Button onClick={() => go('participant', record.id)}>Back to the record</Button>
              <DraftState savedAt={autosave.savedAt} problem={autosave.problem} />
            </>
          }
        >
          <h2>Who they are</h2>
          <div className="field-row">
            <TextField
              label="Legal name"
              value={values.legalName}
              onChange={set('legalName')}
              error={error('legalName')}
              autoComplete="off"
            />
            <TextField
              label="Preferred name (optional)"
              hint="The name the team uses with them."
              value={values.preferredName}
              onChange={set('preferredName')}
              error={error('preferredName')}
              autoComplete="off"
            />
          </div>
          <div className="field-row">
            <TextAreaField
              label="Aliases (optional)"
              hint="Other names they go by, one per line."
              rows={2}
              value={values.aliases}
              onChange={set('aliases')}
              error={error('aliases')}
            />
            <TextField
              label="Date of birth"
              type="date"
              value={values.dateOfBirth}
              onChange={set('dateOfBirth')}
              error={error('dateOfBirth')}
            />
          </div>
          <div className="field-row">
            <ChoiceGroup
              legend="Sex"
              type="radio"
              options={SEX_OPTIONS}
              selected={values.sex ? [values.sex] : []}
              onChange={(v) => set('sex')(v[0] ?? '')}
              error={error('sex')}
            />
            <TextField
              label="Gender identity (optional)"
              hint="In their own words."
              value={values.genderIdentity}
              onChange={set('genderIdentity')}
              error={error('genderIdentity')}
              autoComplete="off"
            />
          </div>
          <div className="field-row">
            <ChoiceGroup
              legend="Race"
              type="checkbox"
              hint="Choose all that apply."
              options={RACE_OPTIONS}
              selected={values.races}
              onChange={set('races')}
              error={error('races')}
            />
            <div>
              <ChoiceGroup
                legend="Ethnicity"
                type="radio"
                options={ETHNICITY_OPTIONS}
                selected={values.ethnicity ? [values.ethnicity] : []}
                onChange={(v) => set('ethnicity')(v[0] ?? '')}
                error={error('ethnicity')}
              />
              <TextField
                label="Preferred language"
                value={values.preferredLanguage}
                onChange={set('preferredLanguage')}
                error={error('preferredLanguage')}
                autoComplete="off"
              />
            </div>
          </div>

          <h2>Reaching them</h2>
          <div className="field-row">
            <TextField
              label="Phone (optional)"
              hint="Ten digits, such as 410-555-0100."
              type="tel"
              value={values.phone}
              onChange={set('phone')}
              error={error('phone')}
              autoComplete="off"
            />
            <TextAreaField
              label="Where the team can usually find them (optional)"
              hint="A place and time, e.g. near the market in the mornings."
              rows={2}
              value={values.whereabouts}
              onChange={set('whereabouts')}
              error={error('whereabouts')}
            />
          </div>

          <h2>Housing and needs</h2>
          <SelectField
            label="Housing status"
            value={values.housingStatus}
            options={HOUSING_OPTIONS}
            onChange={set('housingStatus')}
            error={error('housingStatus')}
          />
          <ChoiceGroup
            legend="Needs (optional)"
            type="checkbox"
            hint="Choose all that apply."
            columns
            options={NEED_OPTIONS}
            selected={values.needs}
            onChange={set('needs')}
            error={error('needs')}
          />

          <h2>Their goals</h2>
          <TextAreaField
            label="Goals the participant sets for themselves"
            hint="In their words. Up to 2,000 characters."
            rows={4}
            value={values.goals}
            onChange={set('goals')}
            error={error('goals')}
          />
        </ActionForm>
      </section>
    </>
  );
}

function DraftState({ savedAt, problem }: { savedAt: Date | null; problem: string | null }) {
  if (problem) return <span className="participant-draft-state participant-draft-problem">Draft not saved: {problem}</span>;
  if (!savedAt) return null;
  return <span className="participant-draft-state">Draft saved at {timeLabel(savedAt.toISOString(), true)}</span>;
}
