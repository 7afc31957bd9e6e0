/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * The signed-in person's action items from the weekly meetings, on their home.
 */
export { MyActionItems } from './MyActionItems';
