import type { ErrorCode } from '../../shared/ipc/reply';

/** An error whose message is written for the person at the desk and is safe to show them. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}
