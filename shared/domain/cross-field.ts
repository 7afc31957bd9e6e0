import type { z } from 'zod';

/**
 * For a rule that reads several fields: run it only when those fields parsed cleanly, so its
 * message never piles onto theirs, yet still run it when some other field is wrong, so the form
 * shows every problem at once (zod otherwise skips refinements after any error).
 * An issue without a path (the input was not even an object) stops every such rule.
 */
export function whenFieldsValid(...keys: string[]) {
  return (payload: z.core.ParsePayload) =>
    payload.issues.every((issue) => {
      const head = issue.path?.[0];
      return head !== undefined && !keys.includes(String(head));
    });
}
