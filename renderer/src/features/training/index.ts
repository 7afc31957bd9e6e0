/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The training desk's marks and practice accounts.
 */
export { PracticeAccounts } from './PracticeAccounts';
export { TrainingPrintMark } from './TrainingPrintMark';
export { useAppMode, useTraining } from './app-mode-store';
