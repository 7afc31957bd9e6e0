import type { Assessment } from '../../shared/domain/assessment';
import type { Stage } from '../../shared/domain/stages';
import { assessmentData, insertAssessment, updateAssessment } from '../db/tables/assessments';
import { openNeeds } from '../db/tables/needs';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { participantRecord, requireParticipantRow } from './participant-records';
import { changeStage } from './participant-moves';
import { updatePerson } from './people';

const FIELD_LABELS: Record<keyof Assessment, string> = {
  legalName: 'name',
  preferredName: 'preferred name',
  aliases: 'aliases',
  dateOfBirth: 'date of birth',
  sex: 'sex',
  genderIdentity: 'gender identity',
  races: 'race',
  ethnicity: 'ethnicity',
  preferredLanguage: 'preferred language',
  phone: 'phone',
  whereabouts: 'where to find them',
  housingStatus: 'housing status',
  needs: 'needs',
  goals: 'goals',
};

/** Completing the assessment makes these participants active; someone gone inactive stays so until moved. */
const STAGES_BEFORE_ASSESSMENT: readonly Stage[] = ['awaiting_intake', 'intake_in_progress'];

function changedFields(before: Assessment, after: Assessment): (keyof Assessment)[] {
  return (Object.keys(FIELD_LABELS) as (keyof Assessment)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export const assessmentsHandlers: Pick<Handlers, 'assessments.save'> = {
  /** Completes the intake assessment, or edits it later; either way the person's names follow it. */
  'assessments.save': (input, context) => {
    const { desk, db, user } = context;
    const participant = requireParticipantRow(db, input.participantId);
    const { assessment } = input;
    const stored = assessmentData(db, participant.referral_id);
    const before = stored ? (JSON.parse(stored) as Assessment) : null;
    const changed = before ? changedFields(before, assessment) : [];
    const now = desk.now();
    context.transaction(() => {
      if (before) {
        updateAssessment(db, participant.referral_id, JSON.stringify(assessment), now);
      } else {
        insertAssessment(db, {
          referralId: participant.referral_id,
          participantId: participant.id,
          data: JSON.stringify(assessment),
          staffId: user.id,
          at: now,
        });
        if (STAGES_BEFORE_ASSESSMENT.includes(participant.stage)) {
          changeStage(
            db,
            { participantId: participant.id, personId: participant.person_id, from: participant.stage },
            { to: 'active', reason: 'Assessment completed', actorId: user.id, at: now },
          );
        }
      }
      openNeeds(db, participant, assessment.needs, user.id, now);
      updatePerson(db, participant.person_id, {
        name: assessment.legalName,
        preferredName: assessment.preferredName,
        dateOfBirth: assessment.dateOfBirth,
        aliases: assessment.aliases,
      });
      if (!before || changed.length > 0) {
        addTimelineEvent(db, {
          personId: participant.person_id,
          at: now,
          kind: before ? 'assessment.edited' : 'assessment.completed',
          summary: before ? `Assessment edited: ${changed.map((key) => FIELD_LABELS[key]).join(', ')}.` : 'Intake assessment completed.',
          actorId: user.id,
        });
      }
      context.audit({ subjectType: 'participant', subjectId: String(participant.id), detail: before ? { changed } : { completed: true } });
    });
    return participantRecord(context, participant.id);
  },
};
