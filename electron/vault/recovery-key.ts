import { randomBytes, randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a key copied by hand cannot be misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 25;
const GROUP = 4;
export const RECOVERY_KEY_GROUPS = (KEY_BYTES * 8) / 5 / GROUP;

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function generateRecoveryKey(): string {
  const chars = encode(randomBytes(KEY_BYTES));
  return chars.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * Reads a key as a person types it: any case, any separators, and the look-alike letters
 * Crockford's alphabet folds (O for 0, I and L for 1). Returns null if it is not a whole key.
 */
export function parseRecoveryKey(typed: string): Buffer | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== (KEY_BYTES * 8) / 5) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of chars) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function recoveryKeyGroup(key: string, groupNumber: number): string {
  return key.split('-')[groupNumber - 1] ?? '';
}

/** Two different groups (1-based), ascending, for the "type it back" check. */
export function pickCheckGroups(): [number, number] {
  const first = randomInt(1, RECOVERY_KEY_GROUPS + 1);
  let second = randomInt(1, RECOVERY_KEY_GROUPS);
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}
