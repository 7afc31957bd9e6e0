/**
 * The renderer's route for the meeting room's screen: the audience window (electron/meeting/
 * audience-window.ts) loads it, and the renderer shows the room's view there and nothing else.
 */
export const AUDIENCE_PATH = 'audience';

export function isAudiencePath(pathname: string): boolean {
  return pathname.replace(/^\/+|\/+$/g, '') === AUDIENCE_PATH;
}
