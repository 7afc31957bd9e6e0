import { describe, expect, it } from 'vitest';
import {
  appointmentInput,
  changeInput,
  newChange,
  newReferral,
  referralInput,
} from '../../../renderer/src/features/needs/service-referral-values';

describe('the referral forms as sent', () => {
  it('sends no appointment when both halves are blank, and half of one as typed for the main process to refuse', () => {
    expect(appointmentInput('', '')).toBeNull();
    expect(appointmentInput('2026-12-09', '')).toBe('2026-12-09T');
    expect(appointmentInput('', '10:00')).toBe('T10:00');
    expect(appointmentInput('2026-12-09', '10:00')).toMatch(/^2026-12-09T10:00:00[+-]\d{2}:\d{2}$/);
  });

  it('sends blank optional fields as null and an unchosen handoff as missing', () => {
    const { referral } = referralInput(7, 'housing', {
      ...newReferral('2026-12-02'),
      provider: 'Sample Shelter (fictional)',
      askFor: '  ',
    });
    expect(referral).toMatchObject({
      need: 'housing',
      provider: 'Sample Shelter (fictional)',
      handoff: undefined,
      askFor: null,
      appointmentAt: null,
    });
  });

  it('sends only what the chosen status uses: a reason typed before choosing "closed" is not sent', () => {
    const typed = {
      ...newChange(),
      reason: 'No beds',
      outcome: 'got_help' as const,
      appointmentDate: '2026-12-09',
      appointmentTime: '10:00',
    };
    expect(changeInput(3, { ...typed, to: 'closed' }).change).toEqual({
      to: 'closed',
      source: 'peer',
      reason: null,
      outcome: 'got_help',
      appointmentAt: null,
    });
    expect(changeInput(3, { ...typed, to: 'declined' }).change).toMatchObject({ reason: 'No beds', outcome: null, appointmentAt: null });
    expect(changeInput(3, { ...typed, to: 'scheduled' }).change.appointmentAt).toMatch(/^2026-12-09T10:00/);
    expect(changeInput(3, { ...typed, to: '' }).change.to).toBeUndefined();
  });
});
