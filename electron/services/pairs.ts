import type { PairView } from '../../shared/ipc/pairs-contract';
import type { Db } from '../db/open-database';
import { activePairsWith, deactivatePair, findPairRow, insertPair, pairRows, type PairRow } from '../db/tables/pairs';
import type { Role } from '../../shared/roles';
import type { HandlerContext, Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { readSettings } from '../db/tables/settings';
import { requireStaff } from '../db/tables/staff';

function toView(row: PairRow, cap: number): PairView {
  return {
    id: row.id,
    label: `${row.case_manager_name} & ${row.peer_name}`,
    caseManager: { id: row.case_manager_id, displayName: row.case_manager_name },
    peer: { id: row.peer_id, displayName: row.peer_name },
    active: row.active === 1,
    caseload: row.caseload,
    cap,
  };
}

export function listPairs(db: Db): PairView[] {
  const cap = readSettings(db).caseloadCap;
  return pairRows(db).map((row) => toView(row, cap));
}

export function requirePair(db: Db, id: number): PairView {
  const row = findPairRow(db, id);
  if (!row) throw new UserError('NOT_FOUND', 'That pair does not exist.');
  return toView(row, readSettings(db).caseloadCap);
}

/**
 * The written reason for taking `pair` over its cap, or null when the participant fits. Going
 * over needs a supervisor and a reason; anything else is refused with what to do instead.
 */
export function capOverrideFor(pair: PairView, reason: string | null, role: Role): string | null {
  if (pair.caseload < pair.cap) return null;
  if (!reason) {
    throw new UserError(
      'CONFLICT',
      `${pair.label} already has ${pair.caseload} of ${pair.cap} participants. A supervisor can go over the cap with a written reason.`,
      { capOverrideReason: 'The pair is at its cap: a supervisor must give a reason to go over it.' },
    );
  }
  if (role !== 'supervisor') throw new UserError('FORBIDDEN', 'Only a supervisor can take a pair over its cap.');
  return reason;
}

/**
 * Ids and counts only: administrators read the audit log but see no participant data, and the
 * written reason may describe the person. It stays with the participant's record.
 */
export function auditCapOverride(context: HandlerContext, pair: PairView, participantId: number): void {
  context.audit({
    action: 'caseload.capOverride',
    subjectType: 'pair',
    subjectId: String(pair.id),
    detail: { participantId, caseload: pair.caseload + 1, cap: pair.cap },
  });
}

export const pairsHandlers: Pick<Handlers, 'pairs.list' | 'pairs.create' | 'pairs.deactivate'> = {
  'pairs.list': (_input, { db }) => listPairs(db),

  'pairs.create': (input, context) => {
    const { desk, db } = context;
    const caseManager = requireStaff(db, input.caseManagerId);
    const peer = requireStaff(db, input.peerId);
    const fields: Record<string, string> = {};
    if (caseManager.role !== 'case_manager' || !caseManager.enabled) fields.caseManagerId = 'Choose an active case manager.';
    if (peer.role !== 'peer' || !peer.enabled) fields.peerId = 'Choose an active peer recovery specialist.';
    for (const row of activePairsWith(db, caseManager.id, peer.id)) {
      if (row.case_manager_id === caseManager.id) fields.caseManagerId ??= `${caseManager.displayName} is already in an active pair.`;
      if (row.peer_id === peer.id) fields.peerId ??= `${peer.displayName} is already in an active pair.`;
    }
    if (Object.keys(fields).length) throw new UserError('INVALID_INPUT', Object.values(fields)[0]!, fields);
    const id = context.transaction(() => {
      const newId = insertPair(db, caseManager.id, peer.id, desk.now());
      context.audit({ subjectType: 'pair', subjectId: String(newId), detail: { caseManagerId: caseManager.id, peerId: peer.id } });
      return newId;
    });
    return requirePair(db, id);
  },

  'pairs.deactivate': (input, context) => {
    const { db } = context;
    const pair = requirePair(db, input.id);
    if (pair.caseload > 0) {
      throw new UserError('CONFLICT', `${pair.label} still has ${pair.caseload} participants. Reassign them first.`);
    }
    context.audit({ subjectType: 'pair', subjectId: String(pair.id) });
    context.transaction(() => deactivatePair(db, pair.id));
    return requirePair(db, pair.id);
  },
};
