/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The provider directory, searched from a referral form.
 */
export { DirectoryPicker } from './DirectoryPicker';
