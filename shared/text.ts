import { z } from 'zod';

// Control characters other than tab and newline, and angle brackets: nothing a person types
// into a form needs them, and refusing them keeps markup and terminal escapes out of the record.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F<>]/;

/** A required line of text, trimmed, with a readable message for each way it can be wrong. */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .refine((value) => !FORBIDDEN.test(value), {
      error: `${label} cannot contain < or > or control characters.`,
    });
}
