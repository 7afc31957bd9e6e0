import {
  EXCLUSIONS,
  UNANSWERED_SCREEN_MESSAGE,
  screenEligibility,
  unansweredScreen,
  type EligibilityResult,
  type EligibilityScreen,
} from '../../shared/domain/eligibility';
import { readableDate } from '../../shared/domain/local-time';
import { OFFENSE_LABELS } from '../../shared/domain/offenses';
import { PATHWAY_LABELS } from '../../shared/domain/referral';
import { CLOSED_REFERRAL_STATUSES, REFERRAL_STATUS_LABELS } from '../../shared/domain/referral-status';
import type { Stage } from '../../shared/domain/stages';
import type { Db } from '../db/open-database';
import { stageOfPerson } from '../db/tables/participants';
import { personExists, setDateOfBirth } from '../db/tables/people';
import { insertReferral, openReferralOf, setDecision, setEligibility, setSao, type ReferralRow } from '../db/tables/referrals';
import { addTimelineEvent } from '../db/tables/timeline';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { auditReturned } from './audit';
import { referralForRole } from './participant-access';
import { findMatches, insertPerson } from './people';
import { listReferrals, referralDetails, refreshReferralStatus, requireReferral, toReferralView } from './referral-records';

/** The person a new referral is about: an existing one, a returning one found by name and date of birth, or new. */
function resolvePerson(
  db: Db,
  person: { personId: number } | { name: string; dateOfBirth: string | null },
  now: string,
): { id: number; linked: boolean } {
  if ('personId' in person) {
    if (!personExists(db, person.personId)) {
      throw new UserError('NOT_FOUND', 'That person is not on record.');
    }
    return { id: person.personId, linked: true };
  }
  const returning = person.dateOfBirth
    ? findMatches(db, person.name, person.dateOfBirth).find((match) => match.matchedOn === 'name_and_birth_date')
    : undefined;
  return returning ? { id: returning.personId, linked: true } : { id: insertPerson(db, person, now), linked: false };
}

/** A participant in these stages is in the program now; inactive and exited people can be referred again. */
const ENGAGED_STAGES: readonly Stage[] = ['awaiting_intake', 'intake_in_progress', 'active'];

function refuseIfBusy(db: Db, personId: number): void {
  const open = openReferralOf(db, personId);
  if (open !== null)
    throw new UserError('CONFLICT', `This person already has a referral in progress (referral #${open}). Continue that one.`);
  const stage = stageOfPerson(db, personId);
  if (stage && ENGAGED_STAGES.includes(stage)) {
    throw new UserError('CONFLICT', 'This person is already an active participant. Record a police contact on their page instead.');
  }
}

/** A referral that has ended (enrolled, declined, ineligible, not approved) takes no more changes. */
function requireOpen(row: ReferralRow, allowEligibleClosed = false): void {
  const closed = CLOSED_REFERRAL_STATUSES.includes(row.status) && !(allowEligibleClosed && row.status === 'ineligible');
  if (closed) throw new UserError('CONFLICT', `This referral is closed: ${REFERRAL_STATUS_LABELS[row.status].toLowerCase()}.`);
}

function eligibilitySummary(result: EligibilityResult): string {
  if (result.status === 'eligible') return 'Eligibility screen: eligible.';
  if (result.status === 'ineligible') return `Eligibility screen: not eligible (${result.reasons.map((r) => r.message).join(' ')})`;
  return `Eligibility screen: incomplete (${result.missing.map((m) => m.message).join(' ')})`;
}

export const referralsHandlers: Pick<
  Handlers,
  'referrals.create' | 'referrals.get' | 'referrals.list' | 'referrals.screen' | 'referrals.recordSao' | 'referrals.recordDecision'
> = {
  'referrals.create': (input, context) => {
    const { desk, db } = context;
    const actorId = context.user.id;
    const now = desk.now();
    const id = context.transaction(() => {
      const person = resolvePerson(db, input.person, now);
      if (person.linked) refuseIfBusy(db, person.id);
      const { referral } = input;
      const newId = insertReferral(
        db,
        {
          personId: person.id,
          pathway: referral.pathway,
          occurredAt: referral.occurredAt,
          details: JSON.stringify(referral),
          staffId: actorId,
        },
        now,
      );
      const offenses = referral.offenses.map((offense) => OFFENSE_LABELS[offense]).join(', ');
      addTimelineEvent(db, {
        personId: person.id,
        at: now,
        kind: 'referral.created',
        summary: `${PATHWAY_LABELS[referral.pathway]} by ${referral.officer.name} (${referral.officer.unit}): ${offenses}.${person.linked ? ' Linked to the existing record.' : ''}`,
        actorId,
      });
      context.audit({
        subjectType: 'referral',
        subjectId: String(newId),
        detail: { personId: person.id, linkedToExisting: person.linked },
      });
      return newId;
    });
    return toReferralView(requireReferral(db, id));
  },

  'referrals.get': (input, context) => {
    const row = requireReferral(context.db, input.id);
    context.audit({ subjectType: 'referral', subjectId: String(row.id) });
    return referralForRole(context.user, toReferralView(row));
  },

  'referrals.list': (input, context) => {
    const page = listReferrals(context.db, context.desk.today(), input);
    auditReturned(context, { personIds: page.referrals.map((referral) => referral.personId) });
    return page;
  },

  'referrals.screen': (input, context) => {
    const { desk, db, user } = context;
    const row = requireReferral(db, input.referralId);
    requireOpen(row, true);
    if (row.sao_status === 'verified') {
      throw new UserError('CONFLICT', "The State's Attorney has verified this referral; its screen can no longer change.");
    }
    const screen: EligibilityScreen = {
      dateOfBirth: input.dateOfBirth,
      exclusions: Object.fromEntries(
        EXCLUSIONS.map((key) => [key, input.exclusions[key] ?? 'unanswered']),
      ) as EligibilityScreen['exclusions'],
      checkedBy: user.displayName,
      checkedAt: desk.now(),
    };
    const result = screenEligibility(screen, referralDetails(row));
    const unanswered = unansweredScreen(screen, result);
    if (unanswered) throw new UserError('INVALID_INPUT', UNANSWERED_SCREEN_MESSAGE, unanswered);
    context.transaction(() => {
      setEligibility(db, row.id, JSON.stringify(screen), JSON.stringify(result));
      if (input.dateOfBirth) setDateOfBirth(db, row.person_id, input.dateOfBirth);
      refreshReferralStatus(db, row.id, desk.now());
      addTimelineEvent(db, {
        personId: row.person_id,
        at: desk.now(),
        kind: 'eligibility.screened',
        summary: eligibilitySummary(result),
        actorId: user.id,
      });
      context.audit({ subjectType: 'referral', subjectId: String(row.id), detail: { result: result.status } });
    });
    return toReferralView(requireReferral(db, row.id));
  },

  'referrals.recordSao': (input, context) => {
    const { desk, db, user } = context;
    const row = requireReferral(db, input.referralId);
    requireOpen(row);
    if (row.status === 'screening') {
      throw new UserError('CONFLICT', "Finish the eligibility screen (eligible) before recording the State's Attorney's verification.");
    }
    const decided = input.status === 'pending' ? null : input;
    context.transaction(() => {
      setSao(db, row.id, {
        status: input.status,
        decidedOn: decided?.decidedOn ?? null,
        saoPerson: decided?.saoPerson ?? null,
        staffId: user.id,
      });
      refreshReferralStatus(db, row.id, desk.now());
      const summary = decided
        ? `State's Attorney's Office ${decided.status === 'verified' ? 'verified eligibility' : 'did not approve'} on ${readableDate(decided.decidedOn)} (${decided.saoPerson}).`
        : "Sent to the State's Attorney's Office for verification.";
      addTimelineEvent(db, { personId: row.person_id, at: desk.now(), kind: 'sao.recorded', summary, actorId: user.id });
      context.audit({ subjectType: 'referral', subjectId: String(row.id), detail: { status: input.status } });
    });
    return toReferralView(requireReferral(db, row.id));
  },

  'referrals.recordDecision': (input, context) => {
    const { desk, db, user } = context;
    const row = requireReferral(db, input.referralId);
    requireOpen(row);
    if (input.decision === 'accepted' && row.status === 'screening') {
      throw new UserError('CONFLICT', 'Finish the eligibility screen before recording that the person accepts.');
    }
    context.transaction(() => {
      setDecision(db, row.id, { decision: input.decision, reason: input.reason, at: desk.now() });
      refreshReferralStatus(db, row.id, desk.now());
      const summary = input.decision === 'accepted' ? 'Accepted LEAD.' : `Declined LEAD${input.reason ? `: ${input.reason}` : '.'}`;
      addTimelineEvent(db, { personId: row.person_id, at: desk.now(), kind: 'decision.recorded', summary, actorId: user.id });
      context.audit({ subjectType: 'referral', subjectId: String(row.id), detail: { decision: input.decision } });
    });
    return toReferralView(requireReferral(db, row.id));
  },
};
