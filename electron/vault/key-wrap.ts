import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface WrappedKey {
  iv: string;
  tag: string;
  data: string;
}

/** AES-256-GCM with a 96-bit nonce and the full 128-bit tag: a shorter tag is easier to forge. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = 32;

/**
 * AES-256-GCM key wrapping. The associated data binds a wrapped key to its slot, so a slot's
 * ciphertext copied into another user's slot does not open.
 */
export function wrapKey(kek: Buffer, key: Buffer, associatedData: string): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/**
 * Why a wrapped key cannot be one LEAD Desk wrote (a nonce, tag or key of the wrong size), or
 * null. Node accepts a truncated GCM tag unless told its length, so the sizes are checked here,
 * before a damaged slot could pass for a wrong password.
 */
export function wrappedKeyProblem(wrapped: WrappedKey): string | null {
  if (Buffer.from(wrapped.iv, 'base64').length !== IV_BYTES) return 'the nonce has the wrong size';
  if (Buffer.from(wrapped.tag, 'base64').length !== TAG_BYTES) return 'the tag has the wrong size';
  if (Buffer.from(wrapped.data, 'base64').length !== WRAPPED_KEY_BYTES) return 'the wrapped key has the wrong size';
  return null;
}

/** Returns the key, or null when the KEK is wrong or the slot was tampered with. */
export function unwrapKey(kek: Buffer, wrapped: WrappedKey, associatedData: string): Buffer | null {
  const parts: Buffer[] = [];
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    parts.push(decipher.update(Buffer.from(wrapped.data, 'base64')));
    parts.push(decipher.final());
    return Buffer.concat(parts);
  } catch {
    return null;
  } finally {
    // The pieces hold the key (or, on a wrong KEK, garbage): only the returned copy may live on.
    for (const part of parts) part.fill(0);
  }
}
