import { CLOSED_REFERRAL_STATUSES } from '../../shared/domain/referral-status';
import type { Subject, SubjectKey } from '../../shared/ipc/channel';
import type { Channel } from '../../shared/ipc/contract';
import { STAGE_ORDER } from '../../shared/ipc/list-contract';
import type { ReferralView } from '../../shared/ipc/referrals-contract';
import type { ReplyError } from '../../shared/ipc/reply';
import type { Db } from '../db/open-database';
import type { Desk } from '../desk';
import { coveredPairIds } from './covers';
import { activePairOf, requirePair } from './pairs';

/**
 * Least privilege between pairs. A case manager or peer opens and changes their own pair's
 * participants, and another pair's only while covering for it today (electron/services/covers.ts);
 * the supervisor reaches everyone; an administrator no one (the contract's roles keep them out
 * of every participant channel). The router asks `refusalFor` before any handler of a channel
 * that declares a subject; lists and searches narrow themselves with `reachParam`.
 */

/** Every pair, or only these pairs' participants. */
export type Reach = { everyPair: true } | { everyPair: false; pairIds: number[] };

export function reachOf(desk: Desk): Reach {
  const user = desk.session.user!;
  if (user.role === 'supervisor') return { everyPair: true };
  const db = desk.requireDb();
  const own = activePairOf(db, user.id);
  return { everyPair: false, pairIds: [...(own === null ? [] : [own]), ...coveredPairIds(db, user.id, desk.today())] };
}

/**
 * The reach as the one parameter `@reach` of `inReach(column)`: null for every pair, else the
 * pair ids as a JSON list, so a query filters in SQL (a search's limit counts only what may be shown).
 */
export function reachParam(reach: Reach): string | null {
  return reach.everyPair ? null : JSON.stringify(reach.pairIds);
}

export function inReach(pairColumn: string): string {
  return `(@reach IS NULL OR ${pairColumn} IN (SELECT value FROM json_each(@reach)))`;
}

/** An `ORDER BY` term for participants: active first, then through the stages to exited (STAGE_ORDER). */
export function stageRank(stageColumn: string): string {
  return `CASE ${stageColumn} ${STAGE_ORDER.map((stage, rank) => `WHEN '${stage}' THEN ${rank}`).join(' ')} ELSE ${STAGE_ORDER.length} END`;
}

/**
 * How each kind of id finds its participant. A referral belongs to the pair of the participant
 * it is about once it has closed; while open it is intake, the whole intake team's work,
 * whoever will take the person on.
 */
const SUBJECT_PARTICIPANT: Record<SubjectKey, string> = {
  participantId: 'SELECT id, pair_id FROM participants WHERE id = ?',
  consentId: 'SELECT x.id, x.pair_id FROM consents c JOIN participants x ON x.id = c.participant_id WHERE c.id = ?',
  serviceReferralId: 'SELECT x.id, x.pair_id FROM service_referrals s JOIN participants x ON x.id = s.participant_id WHERE s.id = ?',
  referralId: `SELECT x.id, x.pair_id FROM referrals r JOIN participants x ON x.person_id = r.person_id
               WHERE r.id = ? AND r.status IN (${CLOSED_REFERRAL_STATUSES.map((status) => `'${status}'`).join(', ')})`,
};

function participantOf(db: Db, subject: Subject): { id: number; pair_id: number } | undefined {
  const [key, id] = Object.entries(subject)[0] as [SubjectKey, number];
  return db.prepare(SUBJECT_PARTICIPANT[key]).get(id) as { id: number; pair_id: number } | undefined;
}

/**
 * Null when the signed-in person may open `subject`, else the refusal, offering the cover that
 * would allow it. The refusal is audited (ids only); a subject that does not exist passes, for
 * the handler to say so.
 */
export function refusalFor(desk: Desk, channel: Channel, subject: Subject): ReplyError | null {
  const reach = reachOf(desk);
  if (reach.everyPair) return null;
  const db = desk.requireDb();
  const participant = participantOf(db, subject);
  if (!participant || reach.pairIds.includes(participant.pair_id)) return null;
  const pair = requirePair(db, participant.pair_id);
  db.transaction(() =>
    desk.audit(
      db,
      {
      actorId: desk.session.user!.id,
      action: 'access.denied',
      subjectType: 'participant',
      subjectId: String(participant.id),
      detail: { channel, pairId: pair.id },
      },
      'records',
    ),
  )();
  return {
    code: 'NEEDS_COVER',
    message: `This participant is on ${pair.label}'s caseload. To open or change their record, cover for that pair today and say why.`,
    cover: { pairId: pair.id, pairLabel: pair.label },
  };
}

/** Peers work with the person, not the intake: a referral's pathway and dates, without the eligibility answers or the State's Attorney's detail. */
export function referralForRole(desk: Desk, view: ReferralView): ReferralView {
  return desk.session.user!.role === 'peer' ? { ...view, eligibility: null, sao: null } : view;
}
