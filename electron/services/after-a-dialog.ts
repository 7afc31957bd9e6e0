import type { SignedInContext } from '../ipc/router';

/**
 * After a dialog the person may leave open for any length of time (a print dialog, a folder
 * chooser): is the same person's desk still open, with the records, to finish the call? The desk
 * may have locked, or someone else signed in, while the dialog was up.
 */
export function sameDeskAfterDialog({ desk, session, user }: SignedInContext): boolean {
  return desk.isOpen() && desk.hasRecords() && session.user?.id === user.id;
}
