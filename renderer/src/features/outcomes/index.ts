/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The record's outcomes and criminal-justice events.
 */
export { JusticeSection } from './JusticeSection';
export { OutcomesSection } from './OutcomesSection';
