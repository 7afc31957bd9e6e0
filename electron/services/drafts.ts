import type { Handlers } from '../ipc/router';

/**
 * Unfinished forms, saved as they are typed so that closing the window or a lock loses nothing.
 * Each person's drafts are their own, inside the encrypted database. A draft is not a record:
 * starting one is audited, each keystroke's save is not.
 */
export const draftsHandlers: Pick<Handlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.get': (input, { desk }) => {
    const row = desk
      .requireDb()
      .prepare('SELECT data, updated_at FROM drafts WHERE staff_id = ? AND draft_key = ?')
      .get(desk.session.user!.id, input.key) as { data: string; updated_at: string } | undefined;
    return row ? { data: JSON.parse(row.data) as Record<string, unknown>, updatedAt: row.updated_at } : { data: null, updatedAt: null };
  },

  'drafts.save': (input, context) => {
    const { desk } = context;
    const db = desk.requireDb();
    const staffId = desk.session.user!.id;
    context.transaction(() => {
      const exists = db.prepare('SELECT 1 FROM drafts WHERE staff_id = ? AND draft_key = ?').get(staffId, input.key);
      if (!exists) context.audit({ action: 'drafts.start', subjectType: 'draft', subjectId: input.key });
      db.prepare(
        `INSERT INTO drafts (staff_id, draft_key, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (staff_id, draft_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ).run(staffId, input.key, JSON.stringify(input.data), desk.now());
    });
    return { done: true };
  },

  'drafts.discard': (input, { desk }) => {
    desk.requireDb().prepare('DELETE FROM drafts WHERE staff_id = ? AND draft_key = ?').run(desk.session.user!.id, input.key);
    return { done: true };
  },
};
