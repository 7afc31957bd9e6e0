import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newKeyPair, openSealedKey, publicKeyOf, sealKey, type SealedKey } from '../../../electron/vault/sealed-key';

/** The base64 field with one bit of its first byte flipped. */
function flipped(field: string): string {
  const bytes = Buffer.from(field, 'base64');
  bytes[0]! ^= 1;
  return bytes.toString('base64');
}

describe('sealed keys (X25519 + HKDF + AES-256-GCM)', () => {
  const pair = newKeyPair();
  const key = randomBytes(32);

  it('makes a raw 32-byte pair whose public key follows from the private key', () => {
    expect(pair.privateKey).toHaveLength(32);
    expect(Buffer.from(pair.publicKey, 'base64')).toHaveLength(32);
    expect(publicKeyOf(pair.privateKey)).toBe(pair.publicKey);
    expect(newKeyPair().publicKey).not.toBe(pair.publicKey);
  });

  it('opens with the recipient private key and the same associated data', () => {
    const sealed = sealKey(pair.publicKey, key, 'slot-a:desk');
    expect(openSealedKey(pair.privateKey, pair.publicKey, sealed, 'slot-a:desk')).toEqual(key);
    expect(Buffer.from(sealed.ephemeral, 'base64')).toHaveLength(32);
  });

  it('uses a fresh ephemeral key and nonce each time', () => {
    const one = sealKey(pair.publicKey, key, 'x');
    const two = sealKey(pair.publicKey, key, 'x');
    expect(one.ephemeral).not.toBe(two.ephemeral);
    expect(one.iv).not.toBe(two.iv);
    expect(one.data).not.toBe(two.data);
  });

  it('refuses a private key it was not sealed to', () => {
    const sealed = sealKey(pair.publicKey, key, 'slot-a:desk');
    const other = newKeyPair();
    expect(openSealedKey(other.privateKey, pair.publicKey, sealed, 'slot-a:desk')).toBeNull();
    expect(openSealedKey(other.privateKey, other.publicKey, sealed, 'slot-a:desk')).toBeNull();
  });

  it('refuses when the recipient named is not the one it was sealed to', () => {
    const sealed = sealKey(pair.publicKey, key, 'slot-a:desk');
    expect(openSealedKey(pair.privateKey, newKeyPair().publicKey, sealed, 'slot-a:desk')).toBeNull();
  });

  it('refuses associated data other than its own (a grant moved to another slot or to the other key)', () => {
    const sealed = sealKey(pair.publicKey, key, 'slot-a:desk');
    expect(openSealedKey(pair.privateKey, pair.publicKey, sealed, 'slot-b:desk')).toBeNull();
    expect(openSealedKey(pair.privateKey, pair.publicKey, sealed, 'slot-a:records')).toBeNull();
    expect(openSealedKey(pair.privateKey, pair.publicKey, sealed, '')).toBeNull();
  });

  it.each<[string, (sealed: SealedKey) => SealedKey]>([
    ['a tampered ephemeral key', (sealed) => ({ ...sealed, ephemeral: flipped(sealed.ephemeral) })],
    ['another ephemeral key', (sealed) => ({ ...sealed, ephemeral: newKeyPair().publicKey })],
    [
      'a short ephemeral key',
      (sealed) => ({ ...sealed, ephemeral: Buffer.from(sealed.ephemeral, 'base64').subarray(0, 16).toString('base64') }),
    ],
    ['an all-zero ephemeral key', (sealed) => ({ ...sealed, ephemeral: Buffer.alloc(32).toString('base64') })],
    ['a tampered tag', (sealed) => ({ ...sealed, tag: flipped(sealed.tag) })],
    ['a truncated tag', (sealed) => ({ ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') })],
    ['a tampered nonce', (sealed) => ({ ...sealed, iv: flipped(sealed.iv) })],
    ['a tampered ciphertext', (sealed) => ({ ...sealed, data: flipped(sealed.data) })],
  ])('refuses %s', (_what, tamper) => {
    const sealed = sealKey(pair.publicKey, key, 'slot-a:desk');
    expect(openSealedKey(pair.privateKey, pair.publicKey, tamper(sealed), 'slot-a:desk')).toBeNull();
  });
});
