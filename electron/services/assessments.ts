import type { Assessment } from '../../shared/domain/assessment';
import type { Stage } from '../../shared/domain/stages';
import type { Handlers } from '../ipc/router';
import { participantRecord, requireParticipantRow } from './participant-records';
import { openAssessedNeeds } from './needs';
import { changeStage } from './participant-moves';
import { updatePerson } from './people';
import { addTimelineEvent } from './timeline';

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
    const { desk } = context;
    const db = desk.requireDb();
    const participant = requireParticipantRow(db, input.participantId);
    const { assessment } = input;
    const stored = db.prepare('SELECT data FROM assessments WHERE referral_id = ?').pluck().get(participant.referral_id) as string | undefined;
    const before = stored ? (JSON.parse(stored) as Assessment) : null;
    const changed = before ? changedFields(before, assessment) : [];
    const now = desk.now();
    const user = desk.session.user!;
    context.transaction(() => {
      if (before) {
        db.prepare('UPDATE assessments SET data = ?, updated_at = ? WHERE referral_id = ?').run(JSON.stringify(assessment), now, participant.referral_id);
      } else {
        db.prepare('INSERT INTO assessments (referral_id, participant_id, data, completed_at, completed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          participant.referral_id,
          participant.id,
          JSON.stringify(assessment),
          now,
          user.id,
          now,
        );
        if (STAGES_BEFORE_ASSESSMENT.includes(participant.stage)) {
          changeStage(
            db,
            { participantId: participant.id, personId: participant.person_id, from: participant.stage },
            { to: 'active', reason: 'Assessment completed', actorId: user.id, at: now },
          );
        }
      }
      openAssessedNeeds(db, participant, assessment.needs, user.id, now);
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
    return participantRecord(desk, participant.id);
  },
};
