import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto';
import { unwrapKey, wrapKey, type WrappedKey } from './key-wrap';

/**
 * Each account (and the recovery key) has an X25519 key pair. Its private key is wrapped under
 * the account's password; its public key is in the clear. A database key is "sealed" to an
 * account by an ephemeral Diffie-Hellman with that public key (ECIES): anyone who holds the
 * database key can give it to an account without knowing the account's password, and only that
 * account's password can take it out. That is what lets a supervisor complete an account an
 * administrator created, and lets a key rotation reach every remaining account.
 */
export interface SealedKey extends WrappedKey {
  /** The ephemeral public key, raw 32 bytes in base64. */
  ephemeral: string;
}

/** DER prefixes of the PKCS#8 and SPKI encodings of an X25519 key (RFC 8410); the raw 32 bytes follow. */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');
export const X25519_KEY_BYTES = 32;

export interface KeyPair {
  /** Raw private key bytes: the caller wraps them and zeroes this buffer. */
  privateKey: Buffer;
  /** Raw public key bytes, base64. */
  publicKey: string;
}

export function newKeyPair(): KeyPair {
  const pair = generateKeyPairSync('x25519');
  const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const privateKey = Buffer.from(der.subarray(PKCS8_X25519.length));
  der.fill(0);
  return { privateKey, publicKey: rawPublicKey(pair.publicKey).toString('base64') };
}

/** The public key that belongs to raw private key bytes (to check a slot's pair is whole). */
export function publicKeyOf(privateKey: Buffer): string {
  return rawPublicKey(createPublicKey(privateKeyObject(privateKey))).toString('base64');
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length);
}

function privateKeyObject(privateKey: Buffer): KeyObject {
  const der = Buffer.concat([PKCS8_X25519, privateKey]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function publicKeyObject(publicKey: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, Buffer.from(publicKey, 'base64')]), format: 'der', type: 'spki' });
}

function sealingKey(shared: Buffer, ephemeral: string, recipient: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeral, 'base64'), Buffer.from(recipient, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, 'lead-desk sealed key', 32));
}

/** Seals `key` to the holder of `recipient`'s private key; `associatedData` binds it to its place. */
export function sealKey(recipient: string, key: Buffer, associatedData: string): SealedKey {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = rawPublicKey(ephemeral.publicKey).toString('base64');
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject(recipient) });
  const kek = sealingKey(shared, ephemeralPublic, recipient);
  shared.fill(0);
  const wrapped = wrapKey(kek, key, associatedData);
  kek.fill(0);
  return { ephemeral: ephemeralPublic, ...wrapped };
}

/** The sealed key, or null when it was not sealed to this private key or was tampered with. */
export function openSealedKey(privateKey: Buffer, recipient: string, sealed: SealedKey, associatedData: string): Buffer | null {
  if (Buffer.from(sealed.ephemeral, 'base64').length !== X25519_KEY_BYTES) return null;
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: privateKeyObject(privateKey), publicKey: publicKeyObject(sealed.ephemeral) });
  } catch {
    return null;
  }
  const kek = sealingKey(shared, sealed.ephemeral, recipient);
  shared.fill(0);
  const key = unwrapKey(kek, sealed, associatedData);
  kek.fill(0);
  return key;
}
