/** Dates and times as people at the desk read them: US English, this computer's time zone. */
export function dateLabel(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' });
}

/** "3:45 PM", or "3:45:07 PM" where the order of events within a minute matters (the audit log). */
export function timeLabel(iso: string, withSeconds = false): string {
  return new Date(iso).toLocaleTimeString('en-US', withSeconds ? { timeStyle: 'medium' } : { hour: 'numeric', minute: '2-digit' });
}
