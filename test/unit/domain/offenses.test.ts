import { describe, expect, it } from 'vitest';
import { needsApproval, Offense, OFFENSE_LABELS, OFFENSES, OFFENSES_NEEDING_APPROVAL } from '../../../shared/domain/offenses';

describe('offenses', () => {
  it('lists the seven LEAD-eligible offenses, each with a label', () => {
    expect(OFFENSES).toHaveLength(7);
    for (const offense of OFFENSES) expect(OFFENSE_LABELS[offense]).toMatch(/\w/);
  });

  it('asks for the victim’s approval for trespass and public urination only', () => {
    expect([...OFFENSES_NEEDING_APPROVAL].sort()).toEqual(['misdemeanor_trespass', 'public_urination']);
    for (const offense of OFFENSES) {
      expect(needsApproval([offense])).toBe(OFFENSES_NEEDING_APPROVAL.includes(offense));
    }
    expect(needsApproval(['cds_possession', 'public_urination'])).toBe(true);
    expect(needsApproval([])).toBe(false);
  });

  it('refuses an offense that is not on the list', () => {
    expect(Offense.safeParse('burglary').error?.issues[0]?.message).toBe('Choose offenses from the LEAD-eligible list.');
  });
});
