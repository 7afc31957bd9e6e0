/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The record's needs and service referrals.
 */
export { NeedsSection } from './NeedsSection';
export { FollowUps } from './FollowUps';
