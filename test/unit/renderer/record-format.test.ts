import { describe, expect, it } from 'vitest';
import { lastContactLine, shortDateLabel } from '../../../renderer/src/features/contacts/contact-age';
import { contactInput, newContact, staffFor } from '../../../renderer/src/features/contacts/contact-values';
import { excerptParts } from '../../../renderer/src/features/contacts/excerpt';
import { MATCH_END, MATCH_START } from '../../../shared/ipc/caseload-contract';
import { filterTimeline, timelineGroupOf } from '../../../renderer/src/features/participants/timeline-filter';

describe('the last contact line', () => {
  const now = new Date(2026, 10, 23, 15, 0);
  const at = new Date(2026, 10, 11, 9, 30).toISOString();

  it('counts days and names the day, without the year in this year', () => {
    expect(lastContactLine({ lastContactAt: at, daysSinceContact: 12 }, now)).toBe('12 days since last contact, Nov 11');
    expect(lastContactLine({ lastContactAt: at, daysSinceContact: 1 }, now)).toBe('1 day since last contact, Nov 11');
    expect(lastContactLine({ lastContactAt: at, daysSinceContact: 0 }, now)).toBe('Last contact today, Nov 11');
  });

  it('says when there has been none', () => {
    expect(lastContactLine({ lastContactAt: null, daysSinceContact: null }, now)).toBe('No contacts recorded yet');
  });

  it('adds the year for another year', () => {
    expect(shortDateLabel(new Date(2025, 11, 30, 12).toISOString(), now)).toBe('Dec 30, 2025');
  });
});

describe('the contact form', () => {
  it('starts "who" at the person logging it', () => {
    expect(staffFor('peer')).toBe('peer');
    expect(staffFor('case_manager')).toBe('case_manager');
    expect(staffFor('supervisor')).toBe('both');
  });

  it('sends empty optional text as null, a typed duration as a number, and anything else as typed for the main process to refuse', () => {
    const values = { ...newContact('peer', { date: '2026-11-20', time: '10:15' }), kind: 'phone' as const, place: '  ', note: 'Called.' };
    const { contact } = contactInput(7, values);
    expect(contact).toMatchObject({ kind: 'phone', durationMinutes: 30, staff: 'peer', place: null, note: 'Called.' });
    expect(contact.occurredAt).toMatch(/^2026-11-20T10:15:00[+-]\d{2}:\d{2}$/);
    expect(contactInput(7, { ...values, duration: '' }).contact.durationMinutes).toBe('');
    expect(contactInput(7, { ...values, kind: '' }).contact.kind).toBeUndefined();
  });
});

describe('search excerpts', () => {
  it('marks the matched words and keeps the rest, brackets included, as plain text', () => {
    const match = (word: string) => `${MATCH_START}${word}${MATCH_END}`;
    expect(excerptParts(`…slept at the ${match('shelter')} on ${match('Fayette')} St…`)).toEqual([
      { text: '…slept at the ', matched: false },
      { text: 'shelter', matched: true },
      { text: ' on ', matched: false },
      { text: 'Fayette', matched: true },
      { text: ' St…', matched: false },
    ]);
    expect(excerptParts('no match here')).toEqual([{ text: 'no match here', matched: false }]);
    expect(excerptParts(`notes [like this] ${match('stay')}`)).toEqual([
      { text: 'notes [like this] ', matched: false },
      { text: 'stay', matched: true },
    ]);
  });
});

describe('the timeline filter', () => {
  const event = (kind: string) => ({ key: kind, at: '2026-11-20', allDay: true, kind, summary: kind, note: null, actorName: null });

  it('groups kinds and keeps the order', () => {
    expect(['contact', 'outcome.housing', 'justice.arrest', 'need.updated', 'stage.moved'].map(timelineGroupOf)).toEqual([
      'contacts',
      'outcomes',
      'justice',
      'changes',
      'changes',
    ]);
    const events = [event('justice.court_date'), event('contact'), event('need.updated'), event('justice.arrest')];
    expect(filterTimeline(events, 'justice').map((e) => e.kind)).toEqual(['justice.court_date', 'justice.arrest']);
    expect(filterTimeline(events, 'all')).toHaveLength(4);
  });
});
