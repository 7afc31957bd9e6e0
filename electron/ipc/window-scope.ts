import { CHANNELS, type Channel, type LeadEvent } from '../../shared/ipc/contract';

export type EventType = LeadEvent['type'];

/**
 * What one window may do (docs/architecture.md, "One call: the router"): the channels it may
 * call, whatever the signed-in person's role allows beyond them, and the events it is sent.
 */
export interface WindowScope {
  /** Names the window in an `access.denied` entry. */
  readonly name: string;
  readonly channels: ReadonlySet<Channel>;
  readonly events: ReadonlySet<EventType>;
}

/** Every event, each named once: a new event type fails to compile until it is listed here. */
const EVENT_TYPES = Object.keys({
  'session.ended': true,
  'window.closing': true,
  'records.changed': true,
  'database.damaged': true,
  'meeting.room': true,
} satisfies Record<EventType, true>) as EventType[];

export function windowScope(name: string, channels: readonly Channel[], events: readonly EventType[]): WindowScope {
  return { name, channels: new Set(channels), events: new Set(events) };
}

/** The main window: everything the signed-in person may do. */
export const DESK_WINDOW = windowScope('desk', CHANNELS, EVENT_TYPES);

/**
 * A hidden print window (electron/print/electron-printer.ts): the print route reads the session
 * and the app's mode, then the one document's data (renderer/src/features/print/), and listens
 * for nothing.
 */
export const PRINT_WINDOW = windowScope(
  'print',
  ['app.status', 'app.mode', 'consents.get', 'participants.get', 'meetings.minutes', 'services.printout', 'services.providerLetter'],
  [],
);

/**
 * The meeting's audience window (electron/meeting/audience-window.ts), on a projector the whole
 * room reads: it fetches the room view of the current item and nothing else, so a compromised
 * audience renderer cannot read a record. It hears when to fetch again and when the session ends.
 */
export const AUDIENCE_WINDOW = windowScope('audience', ['meetings.roomView'], ['meeting.room', 'session.ended']);
