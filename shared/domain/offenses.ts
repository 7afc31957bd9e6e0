import { z } from 'zod';

/** The LEAD-eligible offenses (adults only), in the order the intake form lists them. */
export const OFFENSES = [
  'cds_possession',
  'cds_distribution_subsistence',
  'prostitution',
  'petty_larceny',
  'larceny_from_auto',
  'misdemeanor_trespass',
  'public_urination',
] as const;

export const Offense = z.enum(OFFENSES, {
  error: 'Choose offenses from the LEAD-eligible list.',
});
export type Offense = z.infer<typeof Offense>;

export const OFFENSE_LABELS: Record<Offense, string> = {
  cds_possession: 'CDS possession',
  cds_distribution_subsistence: 'CDS distribution for subsistence',
  prostitution: 'Prostitution',
  petty_larceny: 'Larceny for subsistence: petty larceny',
  larceny_from_auto: 'Larceny for subsistence: larceny from auto',
  misdemeanor_trespass: 'Misdemeanor trespass',
  public_urination: 'Public urination',
};

/**
 * Offenses that have a victim or a store owner who must agree to diversion: the program takes
 * them only with that approval recorded (who gave it and when).
 */
export const OFFENSES_NEEDING_APPROVAL: readonly Offense[] = ['misdemeanor_trespass', 'public_urination'];

export function needsApproval(offenses: readonly Offense[]): boolean {
  return offenses.some((offense) => OFFENSES_NEEDING_APPROVAL.includes(offense));
}
