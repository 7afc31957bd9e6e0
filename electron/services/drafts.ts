import { discardDraft, draftExists, findDraft, saveDraft } from '../db/tables/drafts';
import type { Handlers } from '../ipc/router';

/**
 * Unfinished forms, saved as they are typed so that closing the window or a lock loses nothing.
 * Each person's drafts are their own, inside the encrypted database. A draft is not a record:
 * starting one is audited, each keystroke's save is not.
 */
export const draftsHandlers: Pick<Handlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.get': (input, { db, user }) => {
    const row = findDraft(db, user.id, input.key);
    return row ? { data: JSON.parse(row.data) as Record<string, unknown>, updatedAt: row.updated_at } : { data: null, updatedAt: null };
  },

  'drafts.save': (input, context) => {
    const { desk, db, user } = context;
    context.transaction(() => {
      if (!draftExists(db, user.id, input.key)) context.audit({ action: 'drafts.start', subjectType: 'draft', subjectId: input.key });
      saveDraft(db, user.id, input.key, JSON.stringify(input.data), desk.now());
    });
    return { done: true };
  },

  'drafts.discard': (input, { db, user }) => {
    discardDraft(db, user.id, input.key);
    return { done: true };
  },
};
