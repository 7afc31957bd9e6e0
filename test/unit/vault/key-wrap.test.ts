import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unwrapKey, wrapKey } from '../../../electron/vault/key-wrap';

describe('key wrapping (AES-256-GCM)', () => {
  const kek = randomBytes(32);
  const key = randomBytes(32);

  it('unwraps with the same key-encryption key and slot id', () => {
    expect(unwrapKey(kek, wrapKey(kek, key, 'slot-a'), 'slot-a')).toEqual(key);
  });

  it('refuses a wrong key-encryption key', () => {
    expect(unwrapKey(randomBytes(32), wrapKey(kek, key, 'slot-a'), 'slot-a')).toBeNull();
  });

  it('refuses a slot moved under another id', () => {
    expect(unwrapKey(kek, wrapKey(kek, key, 'slot-a'), 'slot-b')).toBeNull();
  });

  it('refuses a tampered ciphertext', () => {
    const wrapped = wrapKey(kek, key, 'slot-a');
    const data = Buffer.from(wrapped.data, 'base64');
    data[0]! ^= 1;
    expect(unwrapKey(kek, { ...wrapped, data: data.toString('base64') }, 'slot-a')).toBeNull();
  });

  it('uses a fresh nonce each time', () => {
    expect(wrapKey(kek, key, 'x').iv).not.toBe(wrapKey(kek, key, 'x').iv);
  });
});
