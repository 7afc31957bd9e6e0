import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { generateRecoveryKey, pickCheckGroups, recoveryKeyGroup } from '../vault/recovery-key';
import { sessionView } from './session-view';
import { writeSettings } from '../db/tables/settings';

export const recoveryKeyHandlers: Pick<Handlers, 'recoveryKey.confirm' | 'recoveryKey.replace'> = {
  'recoveryKey.replace': (_input, context) => {
    const { desk, db } = context;
    const recoveryKey = generateRecoveryKey();
    // The current key keeps working (and its recoveryKeyConfirmed stays true) until this one is
    // typed back; meanwhile the pending key makes the session say a key waits for confirmation.
    desk.vault.addPendingRecoveryKey(recoveryKey, desk.requireKeys());
    const groups = pickCheckGroups();
    desk.session.pendingRecoveryKey = { key: recoveryKey, groups };
    return { recoveryKey, check: { groups }, session: sessionView(desk, db) };
  },

  'recoveryKey.confirm': (input, context) => {
    const { desk } = context;
    const pending = desk.session.pendingRecoveryKey;
    if (!pending) {
      throw new UserError('CONFLICT', 'No recovery key is waiting to be confirmed. Issue a new one.');
    }
    const fields: Record<string, string> = {};
    pending.groups.forEach((group, index) => {
      const typed = input.groups[index]!.trim().toUpperCase();
      if (typed !== recoveryKeyGroup(pending.key, group)) {
        fields[`groups.${index}`] = `That is not group ${group} of the recovery key.`;
      }
    });
    if (Object.keys(fields).length > 0) {
      throw new UserError('INVALID_INPUT', 'What you typed does not match the recovery key. Check what you wrote down.', fields);
    }
    // Key file first: a crash between the two writes leaves the typed-back key in place and at
    // worst the flag still false, so the app asks for a new key rather than trusting a lost one.
    desk.vault.confirmRecoveryKey(pending.key);
    desk.session.pendingRecoveryKey = null;
    // The key on paper before this one opened both databases: both keys are rotated, so it opens
    // nothing made from now on (the records key at the next sign-in that holds it, if this one does not).
    desk.rotateKeys({ records: true });
    // The rotation reopened the database: context.db is the new connection.
    context.transaction(() => writeSettings(context.db, { recoveryKeyConfirmed: true }));
    return sessionView(desk, context.db);
  },
};
