import type { Need } from '../../shared/domain/assessment';
import { addDays } from '../../shared/domain/local-time';
import type { StatusChangeInput } from '../../shared/domain/needs';
import { HANDOFFS, type ServiceReferralStatus } from '../../shared/domain/service-referral-status';
import type { SeededRandom } from './seeded-random';

/** A referral the generator is still following. */
export interface OpenService {
  id: number;
  need: Need;
  status: ServiceReferralStatus;
  appointmentAt: string | null;
}

const WHO_ASKED = ['Ms. Sample at the front desk', 'the intake worker', 'the walk-in nurse', 'Mr. Example, the housing navigator'];
const WHAT_TO_BRING = [
  'Any ID you have, even expired',
  'Insurance card if you have one',
  'Nothing: no ID needed',
  'Proof of address if you have it',
];
const DIRECTIONS = ['Two blocks north of Lexington Market', 'Take the 22 bus to Paca St.', 'Side door on Eutaw St., ring the bell'];
const DECLINE_REASONS = ['No openings this month', 'Needs a photo ID first', 'Outside their service area'];

/** An appointment on a working day ahead, in the afternoon (13:00 to 17:00 UTC is morning to noon in Baltimore). */
export function appointmentAhead(random: SeededRandom, today: string): string {
  return `${addDays(today, random.int(2, 9))}T${String(random.int(13, 17)).padStart(2, '0')}:00:00.000Z`;
}

/** A new referral's details as a peer would fill them in: usually a handoff and a slip's facts, often an appointment. */
export function newReferralDetails(random: SeededRandom, today: string) {
  return {
    handoff: random.pick(HANDOFFS),
    appointmentAt: random.chance(0.55) ? appointmentAhead(random, today) : null,
    askFor: random.chance(0.6) ? random.pick(WHO_ASKED) : null,
    bring: random.chance(0.6) ? random.pick(WHAT_TO_BRING) : null,
    directions: random.chance(0.5) ? random.pick(DIRECTIONS) : null,
  };
}

const change = (to: ServiceReferralStatus, random: SeededRandom, extra: Partial<StatusChangeInput> = {}): StatusChangeInput => ({
  to,
  source: random.weighted([
    ['peer', 5],
    ['provider_phone', 3],
    ['participant', 2],
  ] as const),
  reason: null,
  outcome: null,
  appointmentAt: null,
  ...extra,
});

/**
 * The next thing that happens to a referral, as the 211 study saw them go: most are taken up, some
 * find no capacity or the person not eligible, appointments are kept or missed. Null while an
 * appointment is still ahead (nothing to record yet).
 */
export function nextReferralStep(random: SeededRandom, service: OpenService, now: number, today: string): StatusChangeInput | null {
  const scheduled = () => change('scheduled', random, { appointmentAt: appointmentAhead(random, today) });
  switch (service.status) {
    case 'draft':
      return change('sent', random);
    case 'sent':
      return random.chance(0.4)
        ? change('accepted', random)
        : random.chance(0.3)
          ? change('declined', random, { reason: random.pick(DECLINE_REASONS) })
          : scheduled();
    case 'accepted':
      return random.chance(0.8) ? scheduled() : change('closed', random, { outcome: 'no_capacity' });
    case 'declined':
      return change('closed', random, { outcome: random.pick(['no_capacity', 'not_eligible', 'referred_elsewhere'] as const) });
    case 'scheduled':
      if (service.appointmentAt === null || Date.parse(service.appointmentAt) > now) return null;
      return change(random.chance(0.65) ? 'attended' : 'missed', random);
    case 'attended':
      return change('closed', random, { outcome: random.chance(0.85) ? 'got_help' : 'referred_elsewhere' });
    case 'missed':
      return random.chance(0.5)
        ? scheduled()
        : change('closed', random, { outcome: random.pick(['could_not_reach', 'participant_declined'] as const) });
    case 'closed':
      return null;
  }
}
