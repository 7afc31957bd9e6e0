import { hkdfSync, randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

/**
 * N = 2^16, r = 8 costs about 0.2 s and 64 MiB on a 2-core machine (2^17 took 0.43 s), which
 * makes guessing passwords from a stolen key-slot file slow without making sign-in sluggish.
 * The parameters are stored with each slot, so they can be raised later slot by slot.
 */
export const DEFAULT_SCRYPT_COST = { N: 2 ** 16, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

export function newScryptParams(cost: ScryptCost): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function deriveFromPassword(password: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 256 * params.N * params.r;
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
