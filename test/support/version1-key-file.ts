import { createHmac, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { deriveFromPassword, deriveFromRecoveryKey, newHkdfParams, newScryptParams } from '../../electron/vault/kdf';
import { wrapKey } from '../../electron/vault/key-wrap';
import { parseRecoveryKey } from '../../electron/vault/recovery-key';
import { FAST_SCRYPT } from './core';

/** A slot's id as both key-file versions name it: an HMAC of the username under the file's lookup salt. */
export function slotIdFor(lookupSalt: string, username: string): string {
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64')).update(username.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/**
 * A version 1 key file as the release before the split wrote it: one database key, wrapped
 * under scrypt(password) with the slot id as AAD in each slot, and under HKDF of the recovery
 * secret with AAD 'recovery' in the recovery slot.
 */
export async function writeVersion1KeyFile(
  path: string,
  legacyKey: Buffer,
  accounts: readonly { username: string; password: string }[],
  recoveryKey: string,
): Promise<void> {
  const lookupSalt = randomBytes(16).toString('base64');
  const slots = [];
  for (const account of accounts) {
    const id = slotIdFor(lookupSalt, account.username);
    const kdf = newScryptParams(FAST_SCRYPT);
    const kek = await deriveFromPassword(account.password, kdf);
    slots.push({ kind: 'password', id, kdf, wrapped: wrapKey(kek, legacyKey, id), failedSignIns: 0, lockedUntil: null });
  }
  const recoveryKdf = newHkdfParams();
  const recoveryKek = deriveFromRecoveryKey(parseRecoveryKey(recoveryKey)!, recoveryKdf);
  const file = {
    format: 'lead-desk-keyslots',
    version: 1,
    lookupSalt,
    recovery: { kind: 'recovery', id: 'recovery', kdf: recoveryKdf, wrapped: wrapKey(recoveryKek, legacyKey, 'recovery') },
    slots,
    signInEvents: [],
    signInOverflow: {},
    unknownUsernames: [],
    recoveryAttempts: { failed: 0, lockedUntil: null },
  };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
