/** A database that cannot be used as it is, with a message fit to show the person at the desk. */
export class DatabaseProblem extends Error {
  constructor(
    readonly problem: 'wrong-key-or-damaged' | 'damaged' | 'newer-version' | 'missing',
    message: string,
  ) {
    super(message);
  }
}

/** What to do about a damaged database, wherever the damage is found: at unlock, in use or at the next start. */
export const RESTORE_DAMAGED_DATABASE =
  'LEAD Desk has stopped using it, so nothing more is written over the damage: the data folder has to be restored from a backup.';

export function damagedDatabase(): DatabaseProblem {
  return new DatabaseProblem(
    'damaged',
    `The database file (lead-desk.db) is damaged: part of it can no longer be read. ${RESTORE_DAMAGED_DATABASE}`,
  );
}
