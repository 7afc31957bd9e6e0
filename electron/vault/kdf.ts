import { hkdfSync, randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

/**
 * N = 2^17, r = 8 costs about 0.43 s and 128 MiB on a 2-core machine, which makes guessing
 * passwords from a stolen key-slot file slow while sign-in stays under half a second. The
 * parameters are stored with each slot, so a slot made at 2^16 still opens and is raised to this
 * cost at its next password change.
 */
export const DEFAULT_SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

/**
 * The weakest password slot a real desk accepts. A slot below it was not written by LEAD Desk
 * and is treated as damage. A desk configured cheaper (the training desk, unit tests) accepts its
 * own configured cost as the floor instead.
 */
export const MIN_PASSWORD_SCRYPT_N = 2 ** 14;
/** Above these a slot would take gigabytes or minutes to open: damage, not a setting. */
const MAX_SCRYPT_N = 2 ** 20;
const MAX_SCRYPT_R = 16;
const MAX_SCRYPT_P = 4;
const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024;

export function minimumScryptN(configured: ScryptCost): number {
  return Math.min(MIN_PASSWORD_SCRYPT_N, configured.N);
}

/** Why a slot's scrypt parameters cannot be what LEAD Desk wrote, or null when they are sane. */
export function scryptParamsProblem(params: ScryptCost, minimumN: number): string | null {
  const { N, r, p } = params;
  if (!Number.isInteger(N) || N < 2 || (N & (N - 1)) !== 0) return 'the cost is not a power of two';
  if (N < minimumN || N > MAX_SCRYPT_N) return 'the cost is out of range';
  if (!Number.isInteger(r) || r < 1 || r > MAX_SCRYPT_R) return 'the block size is out of range';
  if (!Number.isInteger(p) || p < 1 || p > MAX_SCRYPT_P) return 'the parallelism is out of range';
  if (scryptMemory(params) > MAX_SCRYPT_MEMORY) return 'the memory needed is out of range';
  return null;
}

function scryptMemory(params: ScryptCost): number {
  return 128 * params.N * params.r + 128 * params.r * params.p;
}

export function newScryptParams(cost: ScryptCost): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

/** The key-encryption key for a password slot; the caller zeroes it once used. */
export function deriveFromPassword(password: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 2 * scryptMemory(params);
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export interface HkdfParams {
  name: 'hkdf-sha256';
  salt: string;
}

export function newHkdfParams(): HkdfParams {
  return { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
}

/** The recovery key already carries 200 random bits, so a fast KDF is enough for it. */
export function deriveFromRecoveryKey(secret: Buffer, params: HkdfParams): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(params.salt, 'base64'), 'lead-desk recovery slot', 32));
}
