import type { CoverView } from '../../shared/ipc/cover-contract';
import { activePairOf, coverRow, coverRowsOn, startCover, type CoverRow } from '../db/tables/pairs';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { requirePair } from './pairs';

function toView(row: CoverRow): CoverView {
  return {
    id: row.id,
    staff: { id: row.staff_id, displayName: row.staff_name, role: row.staff_role },
    pair: { id: row.pair_id, label: row.pair_label },
    reason: row.reason,
    coveredOn: row.covered_on,
    since: row.started_at,
  };
}

export const coversHandlers: Pick<Handlers, 'covers.start' | 'covers.today'> = {
  /** Asking again the same day keeps the first cover: it says since when, and its reason stands. */
  'covers.start': (input, context) => {
    const { desk, db, user } = context;
    const pair = requirePair(db, input.pairId);
    if (activePairOf(db, user.id) === pair.id) throw new UserError('CONFLICT', `${pair.label} is your own pair: no cover is needed.`);
    const today = desk.today();
    context.transaction(() => {
      startCover(db, { staffId: user.id, pairId: pair.id, coveredOn: today, reason: input.reason, at: desk.now() });
      // The reason stays out of the log administrators read: it may describe a participant.
      context.audit({ subjectType: 'pair', subjectId: String(pair.id), detail: { coveredOn: today } });
    });
    return toView(coverRow(db, user.id, pair.id, today));
  },

  'covers.today': (_input, { desk, db }) => coverRowsOn(db, desk.today()).map(toView),
};
