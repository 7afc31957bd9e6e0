/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * Accounts waiting for a supervisor to complete them, for the home page.
 */
export { AccountAwaitingSupervisor } from './AccountAwaitingSupervisor';
export { AwaitingSupervisor } from './AwaitingSupervisor';
