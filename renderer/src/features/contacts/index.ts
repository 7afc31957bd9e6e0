/**
 * What other features may use of this one; the rest of the folder is its own (eslint.config.mjs).
 * Contacts: the form (also on the board), the note search, and the record's contact sections.
 */
export { ContactForm } from './ContactForm';
export { ContactNoteSearch } from './ContactNoteSearch';
export { ContactsSection } from './ContactsSection';
export { LastContact } from './LastContact';
