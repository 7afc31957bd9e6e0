/** The filters of a participant's timeline; `all` is every line. */
export const TIMELINE_GROUPS = ['all', 'contacts', 'outcomes', 'justice', 'changes'] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

export const TIMELINE_GROUP_LABELS: Record<TimelineGroup, string> = {
  all: 'All',
  contacts: 'Contacts',
  outcomes: 'Outcomes',
  justice: 'Justice events',
  changes: 'Record changes',
};

/** Which filter a timeline line belongs to, by its kind ("contact", "outcome.housing", "justice.arrest", "need.updated"…). */
export function timelineGroupOf(kind: string): Exclude<TimelineGroup, 'all'> {
  if (kind === 'contact') return 'contacts';
  if (kind.startsWith('outcome.')) return 'outcomes';
  if (kind.startsWith('justice.')) return 'justice';
  return 'changes';
}

/** Lines of a participant's timeline the record carries; the rest come a page at a time (participants.timeline). */
export const TIMELINE_PAGE = 50;
