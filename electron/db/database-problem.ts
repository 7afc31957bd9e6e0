/** A database that cannot be used as it is, with a message fit to show the person at the desk. */
export class DatabaseProblem extends Error {
  constructor(
    readonly problem: 'wrong-key-or-damaged' | 'damaged' | 'newer-version' | 'missing',
    message: string,
  ) {
    super(message);
  }
}

/**
 * What LEAD Desk does about a damaged database, wherever the damage is found (at unlock, in use
 * or at the next start); the problem screen that shows it says to restore from a backup.
 */
export const DAMAGED_DATABASE_STOPPED = 'LEAD Desk has stopped using it, so nothing more is written over the damage.';

export function damagedDatabase(): DatabaseProblem {
  return new DatabaseProblem('damaged', `The database is damaged: part of it can no longer be read. ${DAMAGED_DATABASE_STOPPED}`);
}
