import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface WrappedKey {
  iv: string;
  tag: string;
  data: string;
}

/**
 * AES-256-GCM key wrapping. The associated data binds a wrapped key to its slot, so a slot's
 * ciphertext copied into another user's slot does not open.
 */
export function wrapKey(kek: Buffer, key: Buffer, associatedData: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Returns the key, or null when the KEK is wrong or the slot was tampered with. */
export function unwrapKey(kek: Buffer, wrapped: WrappedKey, associatedData: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
