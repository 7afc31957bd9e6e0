/** Every channel answers with a Reply: plain JSON, so it crosses any transport unchanged. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'VAULT_PROBLEM',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ReplyError {
  code: ErrorCode;
  message: string;
  /** Per-field messages for forms, keyed by the field's path ("password", "staff.0.name"). */
  fields?: Record<string, string>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };
