/**
 * Limits set by the CJIS Security Policy and HIPAA, in one place so the main process
 * enforces and the renderer explains the same numbers.
 */
export const IDLE_LOCK_DEFAULT_MINUTES = 15;
/** CJIS 5.5.5: session lock after at most 30 minutes of inactivity. */
export const IDLE_LOCK_MAX_MINUTES = 30;
export const IDLE_LOCK_MIN_MINUTES = 1;

/** CJIS 5.5.3: lock the account after five consecutive failed sign-ins. */
export const MAX_FAILED_SIGN_INS = 5;
export const ACCOUNT_LOCKOUT_MINUTES = 10;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Wrong recovery keys in a row before recovery locks, and for how long. */
export const MAX_FAILED_RECOVERY_KEYS = 5;
export const RECOVERY_LOCKOUT_MINUTES = 10;
