import { describe, expect, it } from 'vitest';
import { SHAREABLE_OUTCOME_KINDS, TREATMENT_NOT_SHARED, outcomeSchema } from '../../../shared/domain/outcomes';

const TODAY = '2026-12-07';

describe('an outcome shared as a win', () => {
  it('is not shared unless the form says so', () => {
    const parsed = outcomeSchema(TODAY).parse({ kind: 'housing', value: 'rented', observedOn: TODAY });
    expect(parsed).toEqual({ kind: 'housing', value: 'rented', observedOn: TODAY, note: null, sharedAsWin: false });
  });

  it('may be shared for housing, employment and income', () => {
    const values = { housing: 'rented', employment: 'part_time', income: 'ssi_ssdi' } as const;
    expect(SHAREABLE_OUTCOME_KINDS).toEqual(['housing', 'employment', 'income']);
    for (const kind of SHAREABLE_OUTCOME_KINDS) {
      const parsed = outcomeSchema(TODAY).parse({ kind, value: values[kind as keyof typeof values], observedOn: TODAY, sharedAsWin: true });
      expect(parsed.sharedAsWin).toBe(true);
    }
  });

  it('is refused for treatment, which is clinical, with a clear message on the field', () => {
    const schema = outcomeSchema(TODAY);
    expect(schema.parse({ kind: 'treatment', value: 'moud', observedOn: TODAY, sharedAsWin: false }).sharedAsWin).toBe(false);
    const refused = schema.safeParse({ kind: 'treatment', value: 'moud', observedOn: TODAY, sharedAsWin: true });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ['sharedAsWin'], message: TREATMENT_NOT_SHARED })]);
  });

  it('must be a yes or no', () => {
    expect(outcomeSchema(TODAY).safeParse({ kind: 'income', value: 'earned', observedOn: TODAY, sharedAsWin: 'yes' }).success).toBe(false);
  });
});
