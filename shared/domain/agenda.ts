/** The sections of the weekly meeting's agenda, in the order the agenda lists them. */
export const AGENDA_SECTIONS = ['actions', 'referrals', 'intake_due', 'police', 'court', 'no_contact', 'stage_changes', 'wins'] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];
