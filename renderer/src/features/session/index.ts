/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The signed-in session: its store and the controls every screen shows.
 */
export { SessionControls } from './SessionControls';
export { startSession, updateSession, useSession } from './session-store';
