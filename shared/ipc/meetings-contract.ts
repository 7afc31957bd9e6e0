import { z } from 'zod';
import type { RoomItemView as DomainRoomItemView } from '../domain/room-view';
import { ShareLevel } from '../domain/share-levels';
import { TEAM_ROLES } from '../roles';
import { channel } from './channel';

/**
 * The weekly partner meeting (issue 12). For now only what the audience window needs: the room
 * view of the current item (shared/domain/room-view.ts decides its fields) and the event that
 * tells the window to fetch it again.
 */

/** Mirrors RoomItemView (shared/domain/room-view.ts): strict, so a field the room may not see fails the reply. */
export const RoomItemView = z
  .object({
    level: ShareLevel,
    name: z.string(),
    stage: z.string(),
    engagement: z.string(),
    summary: z.string().optional(),
    wins: z.array(z.string()).optional(),
    needs: z.array(z.string()).optional(),
  })
  .strict() satisfies z.ZodType<DomainRoomItemView>;

/** What the audience window shows: nothing, the waiting screen, or one item's room view. */
export const RoomScreen = z.discriminatedUnion('kind', [
  /** No meeting running, blanked, locked, display removed. */
  z.object({ kind: z.literal('blank') }).strict(),
  /** A meeting running, no item shown yet, or the current item is hidden from this room. */
  z.object({ kind: z.literal('waiting'), meetsOn: z.iso.date(), notDiscussed: z.number().int().nonnegative() }).strict(),
  z
    .object({
      kind: z.literal('item'),
      position: z.number().int().positive(),
      of: z.number().int().positive(),
      item: RoomItemView,
      notDiscussed: z.number().int().nonnegative(),
    })
    .strict(),
]);
export type RoomScreen = z.infer<typeof RoomScreen>;

export const meetingsChannels = {
  /**
   * The only channel the audience window may call (AUDIENCE_WINDOW in electron/ipc/window-scope.ts).
   * No audit entry per fetch: the disclosure is logged when an item is shown to the room.
   */
  'meetings.roomView': channel({ access: TEAM_ROLES, audit: 'none', input: z.object({}).strict(), output: RoomScreen }),
} as const;

/** The room view changed (an item shown, the screen blanked, someone joined or left): fetch it again. */
export const MeetingRoomEvent = z.object({ type: z.literal('meeting.room') });
