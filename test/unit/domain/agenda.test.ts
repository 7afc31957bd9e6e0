import { describe, expect, it } from 'vitest';
import {
  AGENDA_SECTIONS,
  AGENDA_SECTION_LABELS,
  agendaDates,
  buildAgenda,
  nextMeetingOn,
  type AgendaFacts,
  type AgendaSection,
} from '../../../shared/domain/agenda';
import { addDays } from '../../../shared/domain/local-time';

// 2026-12-07 is a Monday; the meeting is on Tuesdays (2), so the next one is 2026-12-08 and the last was 2026-12-01.
const TODAY = '2026-12-07';
const SINCE = '2026-12-01';
const ago = (n: number) => addDays(TODAY, -n);
const ahead = (n: number) => addDays(TODAY, n);

type Participant = AgendaFacts['participants'][number];
const participant = (participantId: number, overrides: Partial<Participant> = {}): Participant => ({
  participantId,
  pairId: 1,
  stage: 'active',
  enrolledOn: ago(100),
  lastContactOn: ago(1),
  intakeDueOn: null,
  assessmentComplete: true,
  ...overrides,
});

function facts(overrides: Partial<AgendaFacts> = {}): AgendaFacts {
  return {
    today: TODAY,
    now: `${TODAY}T17:00:00.000Z`,
    meetsOn: '2026-12-08',
    sinceOn: SINCE,
    settings: { contactAgingDays: 7, contactOverdueDays: 14, caseloadCap: 28 },
    openActions: [],
    participants: [],
    referrals: [],
    referralsRecent: [],
    justiceEvents: [],
    stageMoves: [],
    wins: [],
    pairs: [],
    serviceReferrals: [],
    ...overrides,
  };
}

/** The participant ids of the entries with a reason in `section`, in agenda order. */
const inSection = (agenda: ReturnType<typeof buildAgenda>, section: AgendaSection) =>
  agenda.entries.filter((entry) => entry.reasons.some((reason) => reason.section === section)).map((entry) => entry.subject.participantId);
const textsOf = (agenda: ReturnType<typeof buildAgenda>, participantId: number) =>
  agenda.entries.find((entry) => entry.subject.participantId === participantId)?.reasons.map((reason) => reason.text);

describe('agenda dates', () => {
  it('meets on the next meeting day on or after today, counting since the meeting a week before', () => {
    // 2026-12-08 is a Tuesday.
    expect(nextMeetingOn('2026-12-07', 2)).toBe('2026-12-08');
    expect(nextMeetingOn('2026-12-08', 2)).toBe('2026-12-08');
    expect(nextMeetingOn('2026-12-09', 2)).toBe('2026-12-15');
    expect(nextMeetingOn('2026-12-12', 0)).toBe('2026-12-13');
    expect(agendaDates('2026-12-08', 2)).toEqual({ meetsOn: '2026-12-08', sinceOn: '2026-12-01' });
    expect(agendaDates('2026-12-09', 2)).toEqual({ meetsOn: '2026-12-15', sinceOn: '2026-12-08' });
    expect(agendaDates('2026-12-31', 2)).toEqual({ meetsOn: '2027-01-05', sinceOn: '2026-12-29' });
  });

  it('names every section in plain words', () => {
    for (const section of AGENDA_SECTIONS) expect(AGENDA_SECTION_LABELS[section]).toMatch(/^[A-Z][a-z ,0-9]+$/);
  });
});

describe('agenda sections', () => {
  it('carries open action items, overdue first', () => {
    const agenda = buildAgenda(
      facts({
        openActions: [
          { subject: { participantId: 1, referralId: null }, dueOn: ahead(3) },
          { subject: { participantId: null, referralId: 9 }, dueOn: ago(2) },
        ],
      }),
    );
    expect(agenda.entries.map((entry) => entry.subject)).toEqual([
      { participantId: null, referralId: 9 },
      { participantId: 1, referralId: null },
    ]);
    expect(agenda.entries[0]!.reasons).toEqual([{ section: 'actions', text: 'Open action item due Dec 5, 2026 (overdue by 2 days)' }]);
    expect(agenda.entries[1]!.reasons[0]!.text).toBe('Open action item due Dec 10, 2026 (in 3 days)');
  });

  it('lists referrals new since the last meeting (its day included) and those waiting, never enrolled ones', () => {
    const agenda = buildAgenda(
      facts({
        referrals: [
          { referralId: 1, status: 'screening', referredOn: SINCE },
          { referralId: 2, status: 'screening', referredOn: ago(7) },
          { referralId: 3, status: 'awaiting_sao', referredOn: ago(40) },
          { referralId: 4, status: 'awaiting_decision', referredOn: ago(20) },
          { referralId: 5, status: 'enrolled', referredOn: ago(1) },
          { referralId: 6, status: 'declined', referredOn: ago(2) },
        ],
      }),
    );
    expect(agenda.entries.map((entry) => entry.subject.referralId)).toEqual([3, 4, 1, 6]);
    expect(agenda.entries.every((entry) => entry.subject.participantId === null)).toBe(true);
    expect(agenda.entries[0]!.reasons[0]).toEqual({
      section: 'referrals',
      text: "Referral on Oct 28, 2026: Waiting for the State's Attorney",
    });
    expect(agenda.entries[2]!.reasons[0]!.text).toBe('New referral on Dec 1, 2026: Eligibility screen to finish');
  });

  it('lists intake assessments due within 7 days or overdue, most overdue first', () => {
    const agenda = buildAgenda(
      facts({
        participants: [
          participant(1, { intakeDueOn: ahead(7), assessmentComplete: false }),
          participant(2, { intakeDueOn: ahead(8), assessmentComplete: false }),
          participant(3, { intakeDueOn: ago(3), assessmentComplete: false }),
          participant(4, { intakeDueOn: ago(3), assessmentComplete: true }),
          participant(5, { intakeDueOn: TODAY, assessmentComplete: false }),
        ],
      }),
    );
    expect(inSection(agenda, 'intake_due')).toEqual([3, 5, 1]);
    expect(textsOf(agenda, 3)).toEqual(['Intake assessment due Dec 4, 2026 (overdue by 3 days)']);
    expect(textsOf(agenda, 5)).toEqual(['Intake assessment due Dec 7, 2026 (due today)']);
    expect(textsOf(agenda, 1)).toEqual(['Intake assessment due Dec 14, 2026 (in 7 days)']);
  });

  it('lists police contacts, arrests and bookings since the last meeting, its day included, newest first', () => {
    const agenda = buildAgenda(
      facts({
        participants: [participant(1), participant(2), participant(3), participant(4)],
        justiceEvents: [
          { participantId: 1, kind: 'arrest', occurredOn: SINCE },
          { participantId: 2, kind: 'police_contact', occurredOn: ago(7) },
          { participantId: 3, kind: 'jail_booking', occurredOn: ago(1) },
          { participantId: 4, kind: 'charge_filed', occurredOn: ago(1) },
        ],
      }),
    );
    expect(inSection(agenda, 'police')).toEqual([3, 1]);
    expect(textsOf(agenda, 1)).toEqual(['Arrest on Dec 1, 2026']);
    expect(textsOf(agenda, 3)).toEqual(['Jail booking on Dec 6, 2026']);
  });

  it('lists court dates from today to day 14, soonest first, and warrants recorded since the last meeting', () => {
    const agenda = buildAgenda(
      facts({
        participants: [participant(1), participant(2), participant(3), participant(4), participant(5), participant(6)],
        justiceEvents: [
          { participantId: 1, kind: 'court_date', occurredOn: ahead(14) },
          { participantId: 2, kind: 'court_date', occurredOn: ahead(15) },
          { participantId: 3, kind: 'court_date', occurredOn: TODAY },
          { participantId: 4, kind: 'court_date', occurredOn: ago(1) },
          { participantId: 5, kind: 'warrant', occurredOn: SINCE },
          { participantId: 6, kind: 'warrant', occurredOn: ago(7) },
        ],
      }),
    );
    expect(inSection(agenda, 'court')).toEqual([5, 3, 1]);
    expect(textsOf(agenda, 1)).toEqual(['Court date on Dec 21, 2026 (in 14 days)']);
    expect(textsOf(agenda, 3)).toEqual(['Court date on Dec 7, 2026 (today)']);
    expect(textsOf(agenda, 5)).toEqual(['Warrant recorded on Dec 1, 2026']);
  });

  it('lists participants not contacted for the amber or red days exactly, longest first, counting from enrollment when never contacted', () => {
    const agenda = buildAgenda(
      facts({
        participants: [
          participant(1, { lastContactOn: ago(6) }),
          participant(2, { lastContactOn: ago(7) }),
          participant(3, { lastContactOn: ago(13) }),
          participant(4, { lastContactOn: ago(14) }),
          participant(5, { lastContactOn: null, enrolledOn: ago(9) }),
          participant(6, { lastContactOn: null, enrolledOn: ago(2) }),
        ],
      }),
    );
    expect(inSection(agenda, 'no_contact')).toEqual([4, 3, 5, 2]);
    expect(textsOf(agenda, 4)).toEqual(['No contact for 14 days (red after 14)']);
    expect(textsOf(agenda, 3)).toEqual(['No contact for 13 days (amber after 7)']);
    expect(textsOf(agenda, 2)).toEqual(['No contact for 7 days (amber after 7)']);
    expect(textsOf(agenda, 5)).toEqual(['No contact since enrollment on Nov 28, 2026: 9 days (amber after 7)']);
  });

  it('lists stage changes and exits since the last meeting; an exited participant is in no other section', () => {
    const agenda = buildAgenda(
      facts({
        participants: [
          participant(1),
          participant(2, { stage: 'exited', lastContactOn: ago(40), intakeDueOn: ago(5), assessmentComplete: false }),
        ],
        stageMoves: [
          { participantId: 1, from: 'active', to: 'inactive', movedOn: SINCE },
          { participantId: 2, from: 'inactive', to: 'exited', movedOn: ago(1) },
          { participantId: 3, from: 'active', to: 'exited', movedOn: ago(7) },
        ],
        justiceEvents: [
          { participantId: 2, kind: 'arrest', occurredOn: ago(1) },
          { participantId: 3, kind: 'court_date', occurredOn: ahead(2) },
        ],
        wins: [{ participantId: 3, kind: 'housing', value: 'rented', observedOn: ago(1) }],
      }),
    );
    expect(agenda.entries.map((entry) => entry.subject.participantId)).toEqual([2, 1]);
    expect(textsOf(agenda, 2)).toEqual(['Exited on Dec 6, 2026 (from Inactive)']);
    expect(textsOf(agenda, 1)).toEqual(['Moved from Active to Inactive on Dec 1, 2026']);
  });

  it('lists wins to share since the last meeting, never treatment', () => {
    const agenda = buildAgenda(
      facts({
        participants: [participant(1), participant(2), participant(3)],
        wins: [
          { participantId: 1, kind: 'employment', value: 'part_time', observedOn: SINCE },
          { participantId: 2, kind: 'treatment', value: 'moud', observedOn: ago(1) },
          { participantId: 3, kind: 'housing', value: 'rented', observedOn: ago(7) },
        ],
      }),
    );
    expect(inSection(agenda, 'wins')).toEqual([1]);
    expect(textsOf(agenda, 1)).toEqual(['Employment: Employed part time, observed Dec 1, 2026']);
  });

  it('keeps one entry per subject with all its reasons, placed by its first section', () => {
    const agenda = buildAgenda(
      facts({
        participants: [participant(1, { lastContactOn: ago(20) }), participant(2, { intakeDueOn: ahead(1), assessmentComplete: false })],
        openActions: [{ subject: { participantId: 1, referralId: null }, dueOn: ahead(1) }],
        justiceEvents: [
          { participantId: 1, kind: 'arrest', occurredOn: ago(2) },
          { participantId: 1, kind: 'police_contact', occurredOn: ago(1) },
          { participantId: 2, kind: 'court_date', occurredOn: ahead(3) },
        ],
      }),
    );
    expect(agenda.entries.map((entry) => entry.subject.participantId)).toEqual([1, 2]);
    expect(agenda.entries[0]!.reasons).toEqual([
      { section: 'actions', text: 'Open action item due Dec 8, 2026 (in 1 day)' },
      { section: 'police', text: 'Police contact on Dec 6, 2026' },
      { section: 'police', text: 'Arrest on Dec 5, 2026' },
      { section: 'no_contact', text: 'No contact for 20 days (red after 14)' },
    ]);
    expect(agenda.entries[1]!.reasons.map((reason) => reason.section)).toEqual(['intake_due', 'court']);
  });

  it('lists stalled service referrals of the caseload: follow-up due or missed by the appointment, then the longest unchanged', () => {
    const now = `${TODAY}T17:00:00.000Z`;
    const daysAgo = (n: number) => new Date(Date.parse(now) - n * 86_400_000).toISOString();
    const agenda = buildAgenda(
      facts({
        participants: [participant(1), participant(2), participant(3, { stage: 'exited' })],
        serviceReferrals: [
          { participantId: 1, provider: 'Sample Clinic (fictional)', status: 'sent', appointmentAt: null, statusChangedAt: daysAgo(20) },
          { participantId: 1, provider: 'Sample Shelter (fictional)', status: 'sent', appointmentAt: null, statusChangedAt: daysAgo(3) },
          {
            participantId: 2,
            provider: 'Sample Pantry (fictional)',
            status: 'scheduled',
            appointmentAt: '2026-12-03T10:00:00-05:00',
            statusChangedAt: daysAgo(9),
          },
          {
            participantId: 2,
            provider: 'Sample ID Desk (fictional)',
            status: 'missed',
            appointmentAt: '2026-12-01T10:00:00-05:00',
            statusChangedAt: daysAgo(5),
          },
          {
            participantId: 3,
            provider: 'Sample Exit Desk (fictional)',
            status: 'missed',
            appointmentAt: '2026-12-01T10:00:00-05:00',
            statusChangedAt: daysAgo(5),
          },
        ],
      }),
    );
    expect(textsOf(agenda, 2)).toEqual([
      'Referral to Sample ID Desk (fictional): missed the appointment on Dec 1, 2026',
      'Referral to Sample Pantry (fictional): appointment on Dec 3, 2026, ask how it went',
    ]);
    expect(textsOf(agenda, 1)).toEqual(['Referral to Sample Clinic (fictional): sent to the provider, no change for 20 days']);
    expect(inSection(agenda, 'service_referrals')).toEqual([2, 1]);
  });

  it('orders entries by their first section in AGENDA_SECTIONS order', () => {
    const agenda = buildAgenda(
      facts({
        participants: [participant(1, { lastContactOn: ago(30) }), participant(2), participant(3)],
        wins: [{ participantId: 3, kind: 'income', value: 'ssi_ssdi', observedOn: ago(1) }],
        justiceEvents: [{ participantId: 2, kind: 'court_date', occurredOn: ahead(1) }],
        referrals: [{ referralId: 7, status: 'awaiting_sao', referredOn: ago(3) }],
      }),
    );
    expect(agenda.entries.map((entry) => entry.subject)).toEqual([
      { participantId: null, referralId: 7 },
      { participantId: 2, referralId: null },
      { participantId: 1, referralId: null },
      { participantId: 3, referralId: null },
    ]);
  });
});

describe('program numbers', () => {
  it("counts each pair's caseload in the caseload stages only, against the cap", () => {
    const agenda = buildAgenda(
      facts({
        participants: [
          participant(1, { pairId: 1 }),
          participant(2, { pairId: 1, stage: 'inactive' }),
          participant(3, { pairId: 1, stage: 'exited' }),
          participant(4, { pairId: 2, stage: 'awaiting_intake' }),
          participant(5, { pairId: 3, stage: 'exited' }),
        ],
        pairs: [
          { pairId: 1, label: 'Casey Casework & Pat Peerson', active: true },
          { pairId: 2, label: 'Old Pair & Gone', active: false },
          { pairId: 3, label: 'Retired Pair & Also', active: false },
          { pairId: 4, label: 'New Pair & Fresh', active: true },
        ],
      }),
    );
    expect(agenda.numbers.pairs).toEqual([
      { pairId: 1, label: 'Casey Casework & Pat Peerson', caseload: 2, cap: 28 },
      { pairId: 2, label: 'Old Pair & Gone', caseload: 1, cap: 28 },
      { pairId: 4, label: 'New Pair & Fresh', caseload: 0, cap: 28 },
    ]);
  });

  it("counts referrals by pathway in today's calendar month only", () => {
    const agenda = buildAgenda(
      facts({
        referralsRecent: [
          { pathway: 'arrest_diversion', referredOn: '2026-12-01' },
          { pathway: 'arrest_diversion', referredOn: '2026-12-07' },
          { pathway: 'arrest_diversion', referredOn: '2026-11-30' },
          { pathway: 'social_contact', referredOn: '2025-12-03' },
        ],
      }),
    );
    expect(agenda.numbers.referralsThisMonth).toEqual([
      { pathway: 'arrest_diversion', count: 2 },
      { pathway: 'social_contact', count: 0 },
    ]);
    expect(agenda).toMatchObject({ meetsOn: '2026-12-08', sinceOn: SINCE });
  });
});
