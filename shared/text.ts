import { z } from 'zod';

// Control characters other than tab and newline, and angle brackets: nothing a person types
// into a form needs them, and refusing them keeps markup and terminal escapes out of the record.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MARKUP_OR_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F<>]/;

/**
 * Characters that change how text reads without being seen: C1 controls (U+0085 is a line break
 * to some readers, U+009B starts a terminal escape), bidirectional overrides, isolates and marks
 * (they can make "gro.kcab" read as "back.org"), and zero-width characters, the soft hyphen and
 * the line separators (they make two names that look the same differ, so a search or a duplicate
 * check misses). Each is named in the message, since it cannot be seen in the field.
 */
const INVISIBLE: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u061C': 'arabic letter mark',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u2060': 'word joiner',
  '\u2061': 'function application',
  '\u2062': 'invisible times',
  '\u2063': 'invisible separator',
  '\u2064': 'invisible plus',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space',
};

// The zero-width joiner is how emoji are composed (a family, a profession, a flag with a symbol):
// between two pictographs, optionally with a variation selector, it is part of what was typed.
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}(?:\uFE0E|\uFE0F|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu;
const INVISIBLE_CHARACTER = new RegExp(Object.keys(INVISIBLE).join('|'), 'u');
const C1_CONTROL = /[\u0080-\u009F]/;
// With the u flag a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /\p{Surrogate}/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` is not plain text (finishing the sentence "Name …"), or null when it is. */
export function plainTextProblem(value: string): string | null {
  if (MARKUP_OR_CONTROL.test(value)) return 'cannot contain < or > or control characters.';
  const c1 = C1_CONTROL.exec(value);
  if (c1) return `cannot contain the control character ${codePoint(c1[0])}.`;
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (half of an emoji or symbol); type it again.';
  const invisible = INVISIBLE_CHARACTER.exec(value.replace(EMOJI_JOINER, ''));
  if (invisible) return `cannot contain the invisible character ${codePoint(invisible[0])} (${INVISIBLE[invisible[0]]}).`;
  return null;
}

/** A required line of text, trimmed, with a readable message for each way it can be wrong. */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .superRefine((value, ctx) => {
      const problem = plainTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
    });
}

/** Text that may be left blank (a note being written), trimmed, with the same rules as plainText. */
export function blankablePlainText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .superRefine((value, ctx) => {
      const problem = plainTextProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
    });
}
