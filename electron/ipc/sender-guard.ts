import type { Reply } from '../../shared/ipc/reply';
import { isAppUrl } from '../app-origin';
import type { Connection } from '../lead-core';

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameIdentity {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

export interface InvokeEventLike {
  readonly senderFrame: FrameIdentity | null;
}

const FORBIDDEN: Reply<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the LEAD Desk window.' },
};
const UNKNOWN_CHANNEL: Reply<never> = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: 'That action is not part of LEAD Desk.' },
};

/**
 * Any frame can send IPC (an injected iframe, a window that slipped through), so only the top
 * frame of a window the app opened itself (the main window, a print window while it prints),
 * showing the app's own origin, may reach the core. Process and routing id together name one
 * frame in Chromium.
 */
export function isTrustedSender(frame: FrameIdentity | null | undefined, trusted: readonly FrameIdentity[]): boolean {
  if (!frame) return false;
  try {
    return (
      frame.parent === null &&
      trusted.some((own) => frame.processId === own.processId && frame.routingId === own.routingId) &&
      isAppUrl(frame.url)
    );
  } catch {
    // A frame disposed while the message was in flight throws on access: treat it as untrusted.
    return false;
  }
}

/** A window the app opened itself: its top frame and the connection it calls the core through. */
export interface TrustedWindow {
  readonly frame: FrameIdentity;
  readonly connection: Pick<Connection, 'invoke'>;
}

/**
 * The ipcMain handler's body: refuse untrusted senders before the core sees anything, and pass
 * a trusted one's call to its own window's connection, so it is held to that window's scope.
 */
export function guardInvoke(trustedWindows: () => readonly TrustedWindow[]) {
  return async (event: InvokeEventLike, channel: unknown, input: unknown, requestId?: unknown): Promise<Reply<unknown>> => {
    const sender = trustedWindows().find((own) => isTrustedSender(event.senderFrame, [own.frame]));
    if (!sender) {
      console.warn('LEAD Desk refused a message from a frame that is not its window.');
      return FORBIDDEN;
    }
    if (typeof channel !== 'string') return UNKNOWN_CHANNEL;
    return sender.connection.invoke(channel, input, requestId);
  };
}
