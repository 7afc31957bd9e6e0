import type { CoverView } from '../../shared/ipc/cover-contract';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/open-database';
import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { activePairOf, requirePair } from './pairs';

interface CoverRow {
  id: number;
  staff_id: number;
  staff_name: string;
  staff_role: Role;
  pair_id: number;
  pair_label: string;
  reason: string;
  covered_on: string;
  started_at: string;
}

const COVER_QUERY = `
  SELECT c.id, c.staff_id, s.display_name AS staff_name, s.role AS staff_role, c.pair_id,
         cm.display_name || ' & ' || pe.display_name AS pair_label, c.reason, c.covered_on, c.started_at
  FROM pair_covers c
  JOIN staff s ON s.id = c.staff_id
  JOIN pairs p ON p.id = c.pair_id
  JOIN staff cm ON cm.id = p.case_manager_id
  JOIN staff pe ON pe.id = p.peer_id`;

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

/** The pairs `staffId` covers for on the desk's day `today`. */
export function coveredPairIds(db: Db, staffId: number, today: string): number[] {
  return db.prepare('SELECT pair_id FROM pair_covers WHERE staff_id = ? AND covered_on = ?').pluck().all(staffId, today) as number[];
}

export const coversHandlers: Pick<Handlers, 'covers.start' | 'covers.today'> = {
  /** Asking again the same day keeps the first cover: it says since when, and its reason stands. */
  'covers.start': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const user = desk.session.user!;
    const pair = requirePair(db, input.pairId);
    if (activePairOf(db, user.id) === pair.id) throw new UserError('CONFLICT', `${pair.label} is your own pair: no cover is needed.`);
    const today = desk.today();
    context.transaction(() => {
      db.prepare(
        `INSERT INTO pair_covers (staff_id, pair_id, covered_on, reason, started_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (staff_id, pair_id, covered_on) DO NOTHING`,
      ).run(user.id, pair.id, today, input.reason, desk.now());
      // The reason stays out of the log administrators read: it may describe a participant.
      context.audit({ subjectType: 'pair', subjectId: String(pair.id), detail: { coveredOn: today } });
    });
    const row = db.prepare(`${COVER_QUERY} WHERE c.staff_id = ? AND c.pair_id = ? AND c.covered_on = ?`).get(user.id, pair.id, today) as CoverRow;
    return toView(row);
  },

  'covers.today': (_input, { desk }) =>
    (desk.requireDb().prepare(`${COVER_QUERY} WHERE c.covered_on = ? ORDER BY c.started_at, c.id`).all(desk.today()) as CoverRow[]).map(toView),
};
