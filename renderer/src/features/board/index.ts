/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The caseload board, for the home page.
 */
export { CaseloadBoard } from './CaseloadBoard';
