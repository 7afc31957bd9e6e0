import { describe, expect, it } from 'vitest';
import {
  RECOVERY_KEY_GROUPS,
  generateRecoveryKey,
  parseRecoveryKey,
  pickCheckGroups,
  recoveryKeyGroup,
} from '../../../electron/vault/recovery-key';

describe('recovery key', () => {
  it('is ten groups of four unambiguous characters carrying 200 random bits', () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(RECOVERY_KEY_GROUPS).toBe(10);
    expect(parseRecoveryKey(key)).toHaveLength(25);
    expect(generateRecoveryKey()).not.toBe(key);
  });

  it('reads back what a person copies: any case, spaces for dashes, O for 0 and I or L for 1', () => {
    const key = generateRecoveryKey();
    const bytes = parseRecoveryKey(key)!;
    expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
    const withZeroOne = '0000-1111-0000-1111-0000-1111-0000-1111-0000-1111';
    expect(parseRecoveryKey('oooo-iiii-OOOO-LLLL-0000-1111-0000-1111-0000-1111')).toEqual(parseRecoveryKey(withZeroOne));
  });

  it('refuses a key that is short, long or has a letter outside the alphabet', () => {
    const key = generateRecoveryKey();
    expect(parseRecoveryKey(key.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${key}A`)).toBeNull();
    expect(parseRecoveryKey(key.replace(/^./, 'U'))).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
  });

  it('asks for two different groups in order, within the key', () => {
    for (let i = 0; i < 200; i += 1) {
      const [a, b] = pickCheckGroups();
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(RECOVERY_KEY_GROUPS);
      expect(a).toBeLessThan(b);
    }
    expect(recoveryKeyGroup('AAAA-BBBB-CCCC', 2)).toBe('BBBB');
  });
});
