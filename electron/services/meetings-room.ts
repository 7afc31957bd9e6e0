import type { Handlers } from '../ipc/router';

/**
 * The audience window's one channel. Until the meetings service runs a meeting, no meeting is
 * ever running, so the room's screen is blank: the safe answer, which shows nothing.
 */
export const meetingsRoomHandlers: Pick<Handlers, 'meetings.roomView'> = {
  'meetings.roomView': () => ({ kind: 'blank' }),
};
