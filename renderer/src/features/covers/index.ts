/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * Today's covers, for the supervisor's home.
 */
export { CoversToday } from './CoversToday';
