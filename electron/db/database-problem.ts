/** A database that cannot be used as it is, with a message fit to show the person at the desk. */
export class DatabaseProblem extends Error {
  constructor(
    readonly problem: 'wrong-key-or-damaged' | 'damaged' | 'newer-version' | 'missing',
    message: string,
  ) {
    super(message);
  }
}
