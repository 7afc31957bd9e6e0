import { describe, expect, it } from 'vitest';
import { plainText } from '../../../shared/text';

const Name = plainText('Name', 100);
const message = (value: string) => {
  const parsed = Name.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe('plain text', () => {
  it.each([
    ['accents and other scripts', 'Renée Müller-Đorđević, Łódź, 王小明, محمد'],
    ['a combining accent', 'Jose\u0301'],
    ['an emoji', 'Goals: a bed 🛏️ and a job 👍🏽'],
    ['emoji joined into one (family, profession with skin tone, rainbow flag)', '👨‍👩‍👧 👩🏽‍⚕️ 🏳️‍🌈 🏴‍☠️'],
    ['a line break in a note', 'First line\nsecond line\tand a tab'],
  ])('keeps %s as typed', (_name, value) => {
    expect(Name.parse(value)).toBe(value);
  });

  it.each([
    ['U+0085', '\u0085', 'Name cannot contain the control character U+0085.'],
    ['U+009B', 'x\u009B31m', 'Name cannot contain the control character U+009B.'],
    ['U+202E', 'gro.\u202Ekcab', 'Name cannot contain the invisible character U+202E (right-to-left override).'],
    ['U+202A', '\u202Ax', 'Name cannot contain the invisible character U+202A (left-to-right embedding).'],
    ['U+2066', 'a\u2066b', 'Name cannot contain the invisible character U+2066 (left-to-right isolate).'],
    ['U+2069', 'a\u2069b', 'Name cannot contain the invisible character U+2069 (pop directional isolate).'],
    ['U+200E', 'a\u200Eb', 'Name cannot contain the invisible character U+200E (left-to-right mark).'],
    ['U+200F', 'a\u200Fb', 'Name cannot contain the invisible character U+200F (right-to-left mark).'],
    ['U+061C', 'a\u061Cb', 'Name cannot contain the invisible character U+061C (arabic letter mark).'],
    ['U+200B', 'Jor\u200Bdan', 'Name cannot contain the invisible character U+200B (zero-width space).'],
    ['U+200C', 'Jor\u200Cdan', 'Name cannot contain the invisible character U+200C (zero-width non-joiner).'],
    ['U+200D between letters', 'Jor\u200Ddan', 'Name cannot contain the invisible character U+200D (zero-width joiner).'],
    ['U+200D after an emoji, before a letter', '👍\u200Da', 'Name cannot contain the invisible character U+200D (zero-width joiner).'],
    ['U+2060', 'Jor\u2060dan', 'Name cannot contain the invisible character U+2060 (word joiner).'],
    ['U+FEFF inside', 'Jor\uFEFFdan', 'Name cannot contain the invisible character U+FEFF (zero-width no-break space).'],
    ['U+00AD', 'Jor\u00ADdan', 'Name cannot contain the invisible character U+00AD (soft hyphen).'],
    ['U+2028', 'a\u2028b', 'Name cannot contain the invisible character U+2028 (line separator).'],
    ['a lone high surrogate', 'Jordan \uD83D', 'Name contains a broken character (half of an emoji or symbol); type it again.'],
    ['a lone low surrogate', '\uDC4D Jordan', 'Name contains a broken character (half of an emoji or symbol); type it again.'],
    ['markup', '<b>x</b>', 'Name cannot contain < or > or control characters.'],
    ['a NUL', 'a\u0000b', 'Name cannot contain < or > or control characters.'],
  ])('refuses %s, naming it', (_name, value, expected) => {
    expect(message(value)).toBe(expected);
  });
});
