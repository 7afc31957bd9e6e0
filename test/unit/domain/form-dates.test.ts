import { describe, expect, it } from 'vitest';
import { inputSchema } from '../../../shared/ipc/channel';
import { contract, type Channel } from '../../../shared/ipc/contract';
import { SAMPLE_ASSESSMENT } from '../../support/intake';
import { APPROVAL, NOW, TODAY, arrestReferral, consentInput, issues, withPath } from './fixtures';

const CLOCK = { now: NOW, today: TODAY };
const parse = (channel: Channel, input: unknown) => inputSchema(contract[channel].input, CLOCK).safeParse(input);

type Rule = 'past' | 'planned' | 'instant';
/** Every date a form sends, in a valid input, with the rule it falls under. */
const DATE_INPUTS: [Channel, unknown, (string | number)[], string, Rule][] = [
  [
    'referrals.create',
    { person: { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' }, referral: arrestReferral() },
    ['person', 'dateOfBirth'],
    'Date of birth',
    'past',
  ],
  [
    'referrals.create',
    { person: { personId: 1 }, referral: arrestReferral() },
    ['referral', 'occurredAt'],
    'Referral date and time',
    'instant',
  ],
  [
    'referrals.create',
    { person: { personId: 1 }, referral: arrestReferral({ offenses: ['misdemeanor_trespass'], approval: APPROVAL }) },
    ['referral', 'approval', 'approvedAt'],
    'Approval date and time',
    'instant',
  ],
  ['referrals.screen', { referralId: 1, dateOfBirth: '1990-05-12', exclusions: {} }, ['dateOfBirth'], 'Date of birth', 'past'],
  [
    'referrals.recordSao',
    { referralId: 1, status: 'verified', decidedOn: TODAY, saoPerson: 'ASA Example' },
    ['decidedOn'],
    'Date of the decision',
    'past',
  ],
  ['assessments.save', { participantId: 1, assessment: SAMPLE_ASSESSMENT }, ['assessment', 'dateOfBirth'], 'Date of birth', 'past'],
  ['consents.create', { participantId: 1, consent: consentInput() }, ['consent', 'signedOn'], 'Signature date', 'past'],
  [
    'consents.create',
    { participantId: 1, consent: consentInput({ expiry: { kind: 'date', on: '2026-06-15' } }) },
    ['consent', 'expiry', 'on'],
    'Expiry date',
    'planned',
  ],
  [
    'consents.create',
    { participantId: 1, consent: consentInput({ irrevocableUntil: TODAY }) },
    ['consent', 'irrevocableUntil'],
    'Irrevocable-until date',
    'planned',
  ],
  ['consents.revoke', { consentId: 1, revokedOn: TODAY }, ['revokedOn'], 'Revocation date', 'past'],
  [
    'contacts.log',
    { participantId: 1, contact: { kind: 'office', occurredAt: '2025-06-15T09:00:00-04:00', durationMinutes: 30, staff: 'both' } },
    ['contact', 'occurredAt'],
    'Date and time of the contact',
    'instant',
  ],
  [
    'services.refer',
    { participantId: 1, referral: { need: 'housing', provider: 'Sample Shelter', referredOn: TODAY, handoff: 'slip_only' } },
    ['referral', 'referredOn'],
    'Date referred',
    'past',
  ],
  [
    'outcomes.record',
    { participantId: 1, observation: { kind: 'housing', value: 'rented', observedOn: TODAY } },
    ['observation', 'observedOn'],
    'Date observed',
    'past',
  ],
  [
    'justiceEvents.record',
    { participantId: 1, event: { kind: 'arrest', occurredOn: TODAY, description: 'Sample event' } },
    ['event', 'occurredOn'],
    'Date',
    'planned',
  ],
  [
    'justiceEvents.record',
    { participantId: 1, event: { kind: 'court_date', occurredOn: '2025-07-01', description: 'Sample hearing' } },
    ['event', 'occurredOn'],
    'Date',
    'planned',
  ],
];

describe('every date a form sends: one rule against the desk clock', () => {
  it.each(DATE_INPUTS)('%s %j accepts its valid input', (channel, input) => {
    expect(issues(parse(channel, input))).toEqual([]);
  });

  it.each(DATE_INPUTS)('%s refuses year 0001 and 1899 at %j', (channel, input, path, label, rule) => {
    const at = path.join('.');
    for (const early of rule === 'instant' ? ['0001-01-01T10:00:00-04:00', '1899-12-31T23:00:00Z'] : ['0001-01-01', '1899-12-31']) {
      expect(issues(parse(channel, withPath(input, path, early)))).toEqual([`${at}: ${label} cannot be before 1900.`]);
    }
  });

  it.each(DATE_INPUTS.filter(([, , , , rule]) => rule === 'past'))('%s refuses tomorrow at %j', (channel, input, path, label) => {
    expect(issues(parse(channel, withPath(input, path, '2025-06-16')))).toEqual([`${path.join('.')}: ${label} cannot be in the future.`]);
  });

  it.each(DATE_INPUTS.filter(([, , , , rule]) => rule === 'planned'))(
    '%s refuses a date more than a century ahead at %j',
    (channel, input, path, label) => {
      expect(issues(parse(channel, withPath(input, path, '9999-12-31')))).toContain(
        `${path.join('.')}: ${label} cannot be more than 100 years ahead.`,
      );
    },
  );

  it('refuses an instant in the future past the tolerance, with the field’s own message', () => {
    const [, input, path] = DATE_INPUTS.find(([channel]) => channel === 'contacts.log')!;
    expect(issues(parse('contacts.log', withPath(input, path, '2025-06-15T12:30:00-04:00')))).toEqual([
      'contact.occurredAt: The contact cannot be in the future.',
    ]);
  });

  it('still lets a court date lie ahead, and nothing else that has happened', () => {
    const event = (kind: string) => ({ participantId: 1, event: { kind, occurredOn: '2026-01-05', description: 'Sample' } });
    expect(issues(parse('justiceEvents.record', event('court_date')))).toEqual([]);
    expect(issues(parse('justiceEvents.record', event('arrest')))).toEqual(['event.occurredOn: Only a court date can be in the future.']);
  });
});

describe('the assessment phone', () => {
  const phone = (value: string) =>
    issues(parse('assessments.save', { participantId: 1, assessment: { ...SAMPLE_ASSESSMENT, phone: value } }));

  it.each([
    '410-555-0142',
    '(410) 555-0142',
    '+1 410.555.0142',
    '4105550142',
    '410-555-0142 x12',
    '410 555 0142 ext. 1234',
    '410-555-0142 extension 7',
  ])('accepts %s', (value) => expect(phone(value)).toEqual([]));

  it.each(['410-555-0142\u0000', '<b>410-555-0142</b>', '410-555-0142; drop', '410\u2066555\u20690142', '410-555-0142 x', '41O-555-01AB'])(
    'refuses the characters of %j',
    (value) => {
      expect(phone(value)).toEqual(['assessment.phone: Phone can hold only digits, spaces and + ( ) - ., and an extension such as x12.']);
    },
  );

  it.each(['555-0142', '410-555-0142-99', '2 410 555 0142 x12'])('refuses %s for its digits', (value) => {
    expect(phone(value)).toEqual(['assessment.phone: Phone must have ten digits, such as 410-555-0100.']);
  });
});
