import type { Handlers } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { generateRecoveryKey, pickCheckGroups, recoveryKeyGroup } from '../vault/recovery-key';
import { sessionView } from './session-view';
import { writeSettings } from './settings';

export const recoveryKeyHandlers: Pick<Handlers, 'recoveryKey.confirm' | 'recoveryKey.replace'> = {
  'recoveryKey.replace': (_input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const recoveryKey = generateRecoveryKey();
    desk.vault.replaceRecoveryKey(recoveryKey, desk.requireKey());
    context.transaction(() => writeSettings(db, { recoveryKeyConfirmed: false }));
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
    const db = desk.requireDb();
    context.transaction(() => writeSettings(db, { recoveryKeyConfirmed: true }));
    desk.session.pendingRecoveryKey = null;
    return sessionView(desk, db);
  },
};
