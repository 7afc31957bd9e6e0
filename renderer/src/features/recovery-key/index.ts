/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * Replacing the recovery key (settings) and showing a new one (setup).
 */
export { ReplaceRecoveryKey } from './ReplaceRecoveryKey';
export { showIssuedKey } from './recovery-key-store';
