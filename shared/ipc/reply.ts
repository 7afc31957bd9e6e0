/** Every channel answers with a Reply: plain JSON, so it crosses any transport unchanged. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  /** Another pair's participant: the caller may cover for that pair, with a reason, and try again. */
  'NEEDS_COVER',
  /** A team account not yet completed by a supervisor: it holds no key to participant records. */
  'AWAITING_SUPERVISOR',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'VAULT_PROBLEM',
  /** The database is damaged: the desk has stopped using it and shows the problem screen. */
  'DATABASE_DAMAGED',
  /** The drive is full (or the account's quota is used up): nothing was saved. */
  'DISK_FULL',
  /** The data folder cannot be written (read-only drive, or no permission): nothing was saved. */
  'READ_ONLY',
  /** The drive reported an input/output error. */
  'STORAGE_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ReplyError {
  code: ErrorCode;
  message: string;
  /** Per-field messages for forms, keyed by the field's path ("password", "staff.0.name"). */
  fields?: Record<string, string>;
  /** With NEEDS_COVER: the pair to cover for. */
  cover?: { pairId: number; pairLabel: string };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };
