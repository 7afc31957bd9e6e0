import type { Assessment } from '../../shared/domain/assessment';
import { consentStatus, type Consent } from '../../shared/domain/consent';
import type { ConsentView } from '../../shared/ipc/consents-contract';
import type { ParticipantPage, ParticipantRecord, ParticipantSummary } from '../../shared/ipc/participant-record-contract';
import { PARTICIPANT_FILTERS, stagesOf, type ParticipantCounts, type ParticipantFilter } from '../../shared/ipc/list-contract';
import type { Db } from '../db/open-database';
import { assessmentData } from '../db/tables/assessments';
import { consentRowsOf, consentRowsOfEach, findConsentRow, type ConsentRow } from '../db/tables/consents';
import { lastContactOf } from '../db/tables/contacts';
import { needsOf } from '../db/tables/needs';
import { latestOutcomesOf } from '../db/tables/outcomes';
import {
  findParticipantRow,
  participantPageIds,
  participantRowsById,
  stageCounts,
  type ParticipantRow,
  type Reach,
} from '../db/tables/participants';
import { aliasesOf } from '../db/tables/people';
import { serviceReferralViews } from './service-referral-views';
import type { SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { intakeDaysLeft } from '../../shared/domain/local-time';
import { referralsOfPerson } from './referral-records';
import { timelineCounts, timelinePage } from './timeline';
import { TIMELINE_PAGE } from '../../shared/domain/timeline';

export function toConsentView(row: ConsentRow, today: string): ConsentView {
  const consent = JSON.parse(row.data) as Consent;
  return {
    id: row.id,
    participantId: row.participant_id,
    consent,
    status: consentStatus(consent, today),
    createdAt: row.created_at,
    createdBy: row.creator,
  };
}

export function requireConsent(db: Db, id: number, today: string): ConsentView {
  const row = findConsentRow(db, id);
  if (!row) throw new UserError('NOT_FOUND', 'That consent does not exist.');
  return toConsentView(row, today);
}

function consentsOf(db: Db, participantId: number, today: string): ConsentView[] {
  return consentRowsOf(db, participantId).map((row) => toConsentView(row, today));
}

/** One word for the summary: any active consent wins; otherwise the newest consent's state. */
function consentAtAGlance(consents: ConsentView[]): ParticipantSummary['consent'] {
  if (consents.length === 0) return 'none';
  if (consents.some((consent) => consent.status === 'active')) return 'active';
  return consents[0]!.status === 'revoked' ? 'revoked' : 'expired';
}

function toSummary(row: ParticipantRow, consents: ConsentView[], today: string): ParticipantSummary {
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    pathway: row.pathway,
    pair: { id: row.pair_id, label: row.pair_label },
    stage: row.stage,
    enrolledAt: row.enrolled_at,
    intakeDueOn: row.intake_due_on,
    intakeDaysLeft: intakeDaysLeft(row.intake_due_on, row.assessment_completed_at !== null, today, row.stage === 'exited'),
    consent: consentAtAGlance(consents),
  };
}

function participantCounts(db: Db, reach: Reach): ParticipantCounts {
  const byStage = new Map(stageCounts(db, reach).map((row) => [row.stage, row.n]));
  return Object.fromEntries(
    PARTICIPANT_FILTERS.map((filter) => [filter, stagesOf(filter).reduce((sum, stage) => sum + (byStage.get(stage) ?? 0), 0)]),
  ) as ParticipantCounts;
}

/** The consents of these participants only, newest first, in one query. */
function consentsByParticipant(db: Db, ids: number[], today: string): Map<number, ConsentView[]> {
  const consents = new Map<number, ConsentView[]>();
  if (ids.length === 0) return consents;
  for (const row of consentRowsOfEach(db, ids)) {
    const list = consents.get(row.participant_id) ?? [];
    list.push(toConsentView(row, today));
    consents.set(row.participant_id, list);
  }
  return consents;
}

/** Summaries of these participants, in the order given, with their consents read in one pass. */
export function participantSummaries(db: Db, ids: number[], today: string): ParticipantSummary[] {
  if (ids.length === 0) return [];
  const rows = new Map(participantRowsById(db, ids).map((row) => [row.id, row]));
  const consents = consentsByParticipant(db, ids, today);
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toSummary(row, consents.get(id) ?? [], today)] : [];
  });
}

/**
 * One page of the participants within `reach` whom `show` names, active first then by name, with
 * the true count of the whole list and of each filter. The count and the page are read in SQL:
 * only the page's rows are built.
 */
export function listParticipants(
  db: Db,
  today: string,
  reach: Reach,
  page: { show: ParticipantFilter; offset: number; limit: number },
): ParticipantPage {
  const counts = participantCounts(db, reach);
  const ids = participantPageIds(db, reach, { stages: stagesOf(page.show), offset: page.offset, limit: page.limit });
  return { participants: participantSummaries(db, ids, today), total: counts[page.show], counts };
}

export function requireParticipantRow(db: Db, id: number): ParticipantRow {
  const row = findParticipantRow(db, id);
  if (!row) throw new UserError('NOT_FOUND', 'That participant does not exist.');
  return row;
}

/** A participant's whole record as the participant page shows it. */
export function participantRecord({ desk, db }: SignedInContext, id: number): ParticipantRecord {
  const today = desk.today();
  const row = requireParticipantRow(db, id);
  const consents = consentsOf(db, id, today);
  const assessment = assessmentData(db, row.referral_id);
  const lastContactAt = lastContactOf(db, id);
  return {
    ...toSummary(row, consents, today),
    lastContactAt,
    daysSinceContact: desk.daysSince(lastContactAt),
    needs: needsOf(db, row.referral_id),
    serviceReferrals: serviceReferralViews(db, row.referral_id, desk.now()),
    latestOutcomes: latestOutcomesOf(db, id),
    aliases: aliasesOf(db, row.person_id),
    capOverrideReason: row.cap_override_reason,
    assessment: assessment ? (JSON.parse(assessment) as Assessment) : null,
    assessmentCompletedAt: row.assessment_completed_at,
    consents,
    referrals: referralsOfPerson(db, today, row.person_id),
    timeline: timelinePage(db, { personId: row.person_id, participantId: id }, { group: 'all', offset: 0, limit: TIMELINE_PAGE }),
    timelineCounts: timelineCounts(db, { personId: row.person_id, participantId: id }),
  };
}
