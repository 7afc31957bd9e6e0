/**
 * The shapes of program the generator can build. Rates are per day unless named otherwise; the
 * referral outcome odds are tuned so that each size lands near its targets (see the issue): a
 * team of 3 pairs with about 60 participants after a year, and a city-wide program with about
 * 3,000 participants, 30,000 referrals and 300,000 contact notes after ten years.
 */
export interface ProgramSize {
  years: number;
  pairsAtStart: number;
  pairsAtEnd: number;
  referralsPerWeekAtStart: number;
  referralsPerWeekAtEnd: number;
  /** Odds along the referral path: each applies to those who got that far. */
  ineligible: number;
  notApproved: number;
  declined: number;
  /** Contacts per week with an active participant. */
  contactsPerWeek: number;
  /** Daily odds for an active participant. */
  goesInactive: number;
  exits: number;
  /** Daily odds for an inactive participant. */
  comesBack: number;
}

export const PROGRAM_SIZES = {
  team: {
    years: 1,
    pairsAtStart: 3,
    pairsAtEnd: 3,
    referralsPerWeekAtStart: 2.2,
    referralsPerWeekAtEnd: 2.2,
    ineligible: 0.15,
    notApproved: 0.08,
    declined: 0.12,
    contactsPerWeek: 2.2,
    goesInactive: 1 / 240,
    exits: 1 / 700,
    comesBack: 1 / 45,
  },
  decade: {
    years: 10,
    pairsAtStart: 3,
    pairsAtEnd: 40,
    referralsPerWeekAtStart: 12,
    referralsPerWeekAtEnd: 103,
    ineligible: 0.5,
    notApproved: 0.35,
    declined: 0.62,
    contactsPerWeek: 2.3,
    goesInactive: 1 / 300,
    exits: 1 / 330,
    comesBack: 1 / 60,
  },
} as const satisfies Record<string, ProgramSize>;

export type ProgramSizeName = keyof typeof PROGRAM_SIZES;
