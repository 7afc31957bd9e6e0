/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The staff list, which the audit log and the pairs page read.
 */
export { setStaff, useStaff } from './staff-store';
