import type { RecordRead } from '../../shared/ipc/participant-record-contract';
import type { HandlerContext } from '../ipc/router';

/**
 * One audited read per opening of a record, not one per refresh, whichever call returns the
 * record (`participants.get`, or a write that answers with the record, such as a contact logged
 * from the open page). The renderer says whether it opens the record or refreshes the open page,
 * but only the main process decides: a refresh counts as part of an opening only if this sign-in
 * has opened that record (and written its entry) already, so a refresh of a record never opened is
 * audited as an opening, and no renderer can read a record unaudited by calling every read a refresh.
 */
export function auditRecordRead(context: HandlerContext, participantId: number, reason: RecordRead): void {
  const opened = context.session.openedRecords;
  if (reason === 'open' || !opened.has(participantId)) {
    context.audit({ action: 'participants.get', subjectType: 'participant', subjectId: String(participantId) });
    context.commitAudit();
    opened.add(participantId);
  }
}
