import { useState } from 'react';
import {
  ETHNICITY_LABELS,
  HOUSING_STATUS_LABELS,
  NEED_LABELS,
  RACE_LABELS,
  SEX_LABELS,
  type Assessment,
} from '../../../../shared/domain/assessment';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { Heading } from '../../ui/Heading';
import { useOnMount } from '../../ui/use-on-mount';
import { assessmentDraftKey } from './AssessmentPage';
import { ConsentList } from './ConsentList';
import { consentDraftKey } from './ConsentPage';
import { loadDraft } from '../../state/draft-autosave';
import { hasRole, INTAKE_ROLES } from '../../../../shared/roles';
import { takeNotice } from '../../state/participant-notice';
import { CONSENT_GLANCE_LABELS, PATHWAY_LABELS, STAGE_LABELS, intakeState } from './participant-format';
import { participantName } from '../../ui/participant-name';
import { IntakeBadge } from './ParticipantsPage';
import { PrintButton } from '../../ui/PrintButton';
import { useParticipant } from './use-participant';
import { Timeline } from './Timeline';
import { ContactsSection, LastContact } from '../contacts';
import { NeedsSection } from '../needs';
import { JusticeSection, OutcomesSection } from '../outcomes';

import '../../styles/participant-pages.css';

/**
 * One participant's record: summary, contacts, needs and services, outcomes, criminal-justice
 * events, assessment, consents and timeline. Opening it is an audited read; it reads again when
 * records change elsewhere (a move on the board), and the forms on it keep what is being typed.
 */
export function ParticipantPage({ view, recordId }: PageProps) {
  const { record, setRecord, load } = useParticipant(recordId);
  const [notice] = useState(takeNotice);
  const [drafts, setDrafts] = useState<{ assessment: boolean; consent: boolean }>({ assessment: false, consent: false });
  const canWrite = hasRole(INTAKE_ROLES, view.user.role);
  useOnMount(() => {
    if (recordId === null || !canWrite) return;
    void Promise.all([loadDraft(assessmentDraftKey(recordId)), loadDraft(consentDraftKey(recordId))]).then(([assessment, consent]) =>
      setDrafts({ assessment: assessment !== null, consent: consent !== null }),
    );
  });

  const back = (
    <p className="participant-back">
      <Button variant="link" onClick={() => go('participants')}>
        ← All participants
      </Button>
    </p>
  );
  if (!record) {
    return (
      <>
        {back}
        <Heading>Participant</Heading>
        {load.formError ? <Alert tone="error">{load.formError}</Alert> : <p role="status">Loading…</p>}
      </>
    );
  }

  const intake = intakeState(record);
  const assessment = record.assessment;
  const assessmentLabel = assessment
    ? drafts.assessment
      ? 'Continue editing the assessment'
      : 'Edit assessment'
    : drafts.assessment
      ? 'Continue intake assessment'
      : 'Start intake assessment';

  return (
    <>
      {back}
      <Heading>{participantName(record)}</Heading>
      {notice && (
        <Alert tone="success" action={notice.print && <PrintButton job={notice.print.job} what={notice.print.what} />}>
          {notice.message}
        </Alert>
      )}

      <section className="panel participant-summary" aria-label="Summary">
        <dl className="participant-summary-grid">
          <div>
            <dt>Pathway</dt>
            <dd>{PATHWAY_LABELS[record.pathway]}</dd>
          </div>
          <div>
            <dt>Pair</dt>
            <dd>{record.pair.label}</dd>
          </div>
          <div>
            <dt>Stage</dt>
            <dd>{STAGE_LABELS[record.stage]}</dd>
          </div>
          <div>
            <dt>Last contact</dt>
            <dd>
              <LastContact record={record} />
            </dd>
          </div>
          <div>
            <dt>Intake assessment</dt>
            <dd>
              {record.assessmentCompletedAt ? (
                `Completed ${dateLabel(record.assessmentCompletedAt)}`
              ) : (
                <IntakeBadge text={intake.text} overdue={intake.overdue} />
              )}
            </dd>
          </div>
          <div>
            <dt>Consent</dt>
            <dd>
              <span className={`participant-consent participant-consent-${record.consent}`}>{CONSENT_GLANCE_LABELS[record.consent]}</span>
            </dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>{record.dateOfBirth ? dateLabel(record.dateOfBirth) : 'Not recorded'}</dd>
          </div>
          <div>
            <dt>Also known as</dt>
            <dd>{record.aliases.length ? record.aliases.join(', ') : 'No aliases recorded'}</dd>
          </div>
          <div>
            <dt>Enrolled</dt>
            <dd>{dateLabel(record.enrolledAt)}</dd>
          </div>
        </dl>
        {record.capOverrideReason && <p className="field-hint">Enrolled over the pair’s cap: {record.capOverrideReason}</p>}
        <div className="participant-actions">
          {canWrite && (
            <Button variant="primary" onClick={() => go('participant-assessment', record.id)}>
              {assessmentLabel}
            </Button>
          )}
          {canWrite && (
            <Button onClick={() => go('participant-consent', record.id)}>
              {drafts.consent ? 'Continue recording a consent' : 'Record a consent'}
            </Button>
          )}
          <PrintButton job={{ document: 'part2-notice', participantId: record.id }} what="Part 2 notice" />
        </div>
      </section>

      <div className="participant-columns">
        <div>
          <ContactsSection record={record} onRecord={setRecord} />
          <NeedsSection record={record} onRecord={setRecord} />
          <OutcomesSection record={record} onRecord={setRecord} />
          <JusticeSection record={record} onRecord={setRecord} />
          <section className="participant-section" aria-labelledby="assessment-heading">
            <h2 id="assessment-heading">Intake assessment</h2>
            {assessment ? (
              <AssessmentFacts assessment={assessment} />
            ) : (
              <p>
                Not completed yet.{' '}
                {intake.due ? (
                  <IntakeBadge text={intake.text} overdue={intake.overdue} />
                ) : record.stage === 'exited' ? (
                  'No deadline: the participant has exited.'
                ) : (
                  'There is no deadline for this pathway.'
                )}
              </p>
            )}
          </section>
          <section className="participant-section" aria-labelledby="consents-heading">
            <h2 id="consents-heading">Consents (releases of information)</h2>
            <ConsentList consents={record.consents} canWrite={canWrite} onChanged={() => void load.run('refresh')} />
          </section>
        </div>
        <section className="participant-section" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <p className="field-hint">Everything that happened, newest first.</p>
          <Timeline participantId={record.id} events={record.timeline} counts={record.timelineCounts} />
        </section>
      </div>
    </>
  );
}

function AssessmentFacts({ assessment }: { assessment: Assessment }) {
  const facts: [string, string][] = [
    ['Legal name', assessment.legalName],
    ['Preferred name', assessment.preferredName ?? 'Not given'],
    ['Sex', SEX_LABELS[assessment.sex]],
    ['Gender identity', assessment.genderIdentity ?? 'Not given'],
    ['Race', assessment.races.map((race) => RACE_LABELS[race]).join(', ')],
    ['Ethnicity', ETHNICITY_LABELS[assessment.ethnicity]],
    ['Preferred language', assessment.preferredLanguage],
    ['Phone', assessment.phone ?? 'No phone'],
    ['Where to find them', assessment.whereabouts ?? 'Not given'],
    ['Housing status', HOUSING_STATUS_LABELS[assessment.housingStatus]],
    ['Needs', assessment.needs.length ? assessment.needs.map((need) => NEED_LABELS[need]).join(', ') : 'None recorded'],
    ['Goals', assessment.goals],
  ];
  return (
    <dl className="participant-facts participant-facts-columns">
      {facts.map(([term, value]) => (
        <div key={term} className={term === 'Goals' || term === 'Where to find them' ? 'participant-fact-wide' : undefined}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
