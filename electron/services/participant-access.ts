import type { Subject } from '../../shared/ipc/channel';
import type { Channel } from '../../shared/ipc/contract';
import type { SessionUser } from '../../shared/ipc/session-contract';
import type { ReferralView } from '../../shared/ipc/referrals-contract';
import type { ReplyError } from '../../shared/ipc/reply';
import type { Db } from '../db/open-database';
import { activePairOf, coveredPairIds } from '../db/tables/pairs';
import { participantOfSubject, type Reach } from '../db/tables/participants';
import type { Desk } from '../desk';
import type { SignedInContext } from '../ipc/router';
import { requirePair } from './pairs';

/**
 * Least privilege between pairs. A case manager or peer opens and changes their own pair's
 * participants, and another pair's only while covering for it today (electron/services/covers.ts);
 * the supervisor reaches everyone; an administrator no one (the contract's roles keep them out
 * of every participant channel). The router asks `refusalFor` before any handler of a channel
 * that declares a subject; lists and searches narrow themselves with `reachParam`
 * (electron/db/tables/participants.ts).
 */

function reachFor(db: Db, user: SessionUser, today: string): Reach {
  if (user.role === 'supervisor') return { everyPair: true };
  const own = activePairOf(db, user.id);
  return { everyPair: false, pairIds: [...(own === null ? [] : [own]), ...coveredPairIds(db, user.id, today)] };
}

/** Whose participants the signed-in person reaches today. */
export function reachOf({ desk, db, user }: SignedInContext): Reach {
  return reachFor(db, user, desk.today());
}

/**
 * Null when `user` may open `subject`, else the refusal, offering the cover that would allow
 * it. The refusal is audited (ids only); a subject that does not exist passes, for the handler
 * to say so.
 */
export function refusalFor(desk: Desk, user: SessionUser, channel: Channel, subject: Subject): ReplyError | null {
  const db = desk.requireDb();
  const reach = reachFor(db, user, desk.today());
  if (reach.everyPair) return null;
  const participant = participantOfSubject(db, subject);
  if (!participant || reach.pairIds.includes(participant.pair_id)) return null;
  const pair = requirePair(db, participant.pair_id);
  db.transaction(() =>
    desk.audit(
      db,
      {
        actorId: user.id,
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
export function referralForRole(user: SessionUser, view: ReferralView): ReferralView {
  return user.role === 'peer' ? { ...view, eligibility: null, sao: null } : view;
}
