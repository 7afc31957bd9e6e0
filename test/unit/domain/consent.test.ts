import { describe, expect, it } from 'vitest';
import { consentSchema, consentStatus, MAX_RECIPIENTS, revocationProblem, type Consent } from '../../../shared/domain/consent';
import { ABSURD, consentInput, issues, SCRIPT, TODAY, withPath } from './fixtures';

const schema = consentSchema(TODAY);
const parse = (input: unknown) => schema.safeParse(input);
const REVOCATION = { revokedOn: '2025-06-10', recordedBy: 'Case Manager Sample' };

describe('a complete consent', () => {
  it('parses, with no irrevocable period and no revocation by default', () => {
    const result = parse(consentInput());
    expect(issues(result)).toEqual([]);
    expect(result.data?.irrevocableUntil).toBeNull();
    expect(result.data?.revocation).toBeNull();
  });

  it('accepts an expiry event instead of a date', () => {
    const result = parse(consentInput({ expiry: { kind: 'event', event: 'Discharge from LEAD (synthetic)' } }));
    expect(issues(result)).toEqual([]);
    expect(result.data?.expiry).toEqual({ kind: 'event', event: 'Discharge from LEAD (synthetic)', occurredOn: null });
  });

  it('accepts every kind of recipient on one release', () => {
    const recipients = [
      { recipient: { kind: 'police' }, scope: 'status' },
      { recipient: { kind: 'states_attorney' }, scope: 'status' },
      { recipient: { kind: 'public_defender' }, scope: 'progress' },
      { recipient: { kind: 'bhsb' }, scope: 'progress' },
      { recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' },
      { recipient: { kind: 'provider', name: 'Example Housing Services' }, scope: 'progress' },
    ] as const;
    expect(issues(parse(consentInput({ recipients: [...recipients] })))).toEqual([]);
  });

  it('accepts signing and expiring on the same day, signed today', () => {
    expect(issues(parse(consentInput({ signedOn: TODAY, expiry: { kind: 'date', on: TODAY } })))).toEqual([]);
  });
});

describe('every 42 CFR Part 2 element, missing one at a time', () => {
  it.each([
    ['patientName', 'Participant name is required.'],
    ['discloser', 'Who may disclose is required.'],
    ['recipients', 'Name at least one recipient.'],
    ['purpose', 'Purpose of the disclosure is required.'],
    ['rightToRevokeAcknowledged', 'Confirm the participant was told of the right to revoke this consent.'],
    ['expiry', 'Give an expiry: a date or an event.'],
    ['signedOn', 'Signature date is required.'],
    ['witness', 'Witness is required.'],
  ])('without %s: "%s"', (key, message) => {
    expect(issues(parse(withPath(consentInput(), [key], undefined)))).toEqual([`${key}: ${message}`]);
  });

  it('refuses an empty recipient list', () => {
    expect(issues(parse(consentInput({ recipients: [] })))).toEqual(['recipients: Name at least one recipient.']);
  });

  it('refuses a right to revoke that was not acknowledged', () => {
    expect(issues(parse(consentInput({ rightToRevokeAcknowledged: false as never })))).toEqual([
      'rightToRevokeAcknowledged: Confirm the participant was told of the right to revoke this consent.',
    ]);
  });

  it('refuses a recipient without its scope, and a scope that is not a level', () => {
    const noScope = withPath(consentInput(), ['recipients', 0, 'scope'], undefined);
    expect(issues(parse(noScope))).toEqual([
      'recipients.0.scope: Choose what information may be shared: status, progress, or clinical detail.',
    ]);
    expect(issues(parse(withPath(consentInput(), ['recipients', 0, 'scope'], 'everything')))).toEqual([
      'recipients.0.scope: Choose what information may be shared: status, progress, or clinical detail.',
    ]);
  });

  it('refuses an unknown recipient, and a provider without a name', () => {
    expect(issues(parse(withPath(consentInput(), ['recipients', 0, 'recipient'], { kind: 'newspaper' })))).toEqual([
      "recipients.0.recipient.kind: Choose a recipient: police, State's Attorney, Public Defender, BHSB, or a named provider.",
    ]);
    expect(issues(parse(withPath(consentInput(), ['recipients', 1, 'recipient', 'name'], undefined)))).toEqual([
      'recipients.1.recipient.name: Provider name is required.',
    ]);
  });

  it('refuses an expiry date or event left empty', () => {
    expect(issues(parse(consentInput({ expiry: { kind: 'date' } as never })))).toEqual(['expiry.on: Expiry date is required.']);
    expect(issues(parse(consentInput({ expiry: { kind: 'event', event: ' ' } })))).toEqual(['expiry.event: Expiry event is required.']);
  });

  it('reports every missing element of an empty form at once', () => {
    expect(issues(parse({})).map((line) => line.split(':')[0])).toEqual([
      'patientName',
      'discloser',
      'recipients',
      'purpose',
      'rightToRevokeAcknowledged',
      'expiry',
      'signedOn',
      'witness',
    ]);
  });

  it('reports a missing element and a date conflict together', () => {
    const input = withPath(consentInput({ expiry: { kind: 'date', on: '2025-05-01' } }), ['witness'], undefined);
    expect(issues(parse(input))).toEqual([
      'witness: Witness is required.',
      'expiry.on: The expiry date cannot be before the signature date.',
    ]);
  });

  it('refuses fields the release does not have', () => {
    expect(parse({ ...consentInput(), notes: 'Synthetic extra field' }).success).toBe(false);
  });

  it('gives each element its own message', () => {
    const messages = issues(parse({})).map((line) => line.split(': ')[1]);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('recipients', () => {
  it('refuses the same recipient twice, providers compared by name whatever the case and spacing', () => {
    const twice = (a: object, b: object) =>
      issues(
        parse(
          consentInput({
            recipients: [
              { recipient: a, scope: 'status' },
              { recipient: b, scope: 'progress' },
            ] as never,
          }),
        ),
      );
    expect(twice({ kind: 'police' }, { kind: 'police' })).toEqual(['recipients: Each recipient can be named only once.']);
    expect(twice({ kind: 'provider', name: 'Sample Clinic' }, { kind: 'provider', name: '  sample   CLINIC' })).toEqual([
      'recipients: Each recipient can be named only once.',
    ]);
    expect(twice({ kind: 'provider', name: 'Sample Clinic' }, { kind: 'provider', name: 'Sample Clinic East' })).toEqual([]);
  });

  it(`names at most ${MAX_RECIPIENTS} recipients`, () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => ({
      recipient: { kind: 'provider' as const, name: `Sample Provider ${i}` },
      scope: 'status' as const,
    }));
    expect(issues(parse(consentInput({ recipients: many })))).toEqual([
      `recipients: A consent can name at most ${MAX_RECIPIENTS} recipients.`,
    ]);
    expect(issues(parse(consentInput({ recipients: many.slice(0, MAX_RECIPIENTS) })))).toEqual([]);
  });
});

describe('dates', () => {
  it('refuses a signature date in the future', () => {
    expect(issues(parse(consentInput({ signedOn: '2025-06-16' })))).toEqual(['signedOn: Signature date cannot be in the future.']);
  });

  it('refuses a signature date that is not a date, with one message', () => {
    expect(issues(parse(consentInput({ signedOn: '2025-13-40' })))).toEqual([
      'signedOn: Signature date must be a valid date (YYYY-MM-DD).',
    ]);
  });

  it('refuses an expiry before the signature', () => {
    expect(issues(parse(consentInput({ expiry: { kind: 'date', on: '2025-05-31' } })))).toEqual([
      'expiry.on: The expiry date cannot be before the signature date.',
    ]);
  });

  it('refuses an expiry event recorded in the future or before the signature', () => {
    const event = (occurredOn: string) =>
      issues(parse(consentInput({ expiry: { kind: 'event', event: 'Discharge (synthetic)', occurredOn } })));
    expect(event('2025-06-16')).toEqual(['expiry.occurredOn: The expiry event cannot be recorded as happening in the future.']);
    expect(event('2025-05-31')).toEqual(['expiry.occurredOn: The expiry event cannot have happened before the signature date.']);
    expect(event('2025-06-10')).toEqual([]);
  });

  it('needs a valid today to be built', () => {
    expect(() => consentSchema('today')).toThrow(/today/);
  });
});

describe('free text: script tags, absurd lengths, blanks', () => {
  const eventExpiry = () => consentInput({ expiry: { kind: 'event', event: 'Discharge (synthetic)' } });
  const revoked = () => consentInput({ revocation: REVOCATION });
  const FIELDS = [
    { path: ['patientName'], label: 'Participant name', max: 100, base: consentInput },
    { path: ['discloser'], label: 'Who may disclose', max: 200, base: consentInput },
    { path: ['purpose'], label: 'Purpose of the disclosure', max: 500, base: consentInput },
    { path: ['witness'], label: 'Witness', max: 100, base: consentInput },
    { path: ['recipients', 1, 'recipient', 'name'], label: 'Provider name', max: 120, base: consentInput },
    { path: ['expiry', 'event'], label: 'Expiry event', max: 200, base: eventExpiry },
    { path: ['revocation', 'recordedBy'], label: 'Revocation recorded by', max: 100, base: revoked },
  ];

  it.each(FIELDS)('$label refuses a script tag', ({ path, label, base }) => {
    expect(issues(parse(withPath(base(), path, SCRIPT)))).toEqual([
      `${path.join('.')}: ${label} cannot contain < or > or control characters.`,
    ]);
  });

  it.each(FIELDS)('$label refuses an absurd length', ({ path, label, max, base }) => {
    expect(issues(parse(withPath(base(), path, ABSURD)))).toEqual([`${path.join('.')}: ${label} must be at most ${max} characters.`]);
  });

  it.each(FIELDS)('$label accepts exactly its maximum length', ({ path, max, base }) => {
    expect(issues(parse(withPath(base(), path, 'y'.repeat(max))))).toEqual([]);
  });

  it.each(FIELDS)('$label refuses blanks', ({ path, label, base }) => {
    expect(issues(parse(withPath(base(), path, ' \n ')))).toEqual([`${path.join('.')}: ${label} is required.`]);
  });
});

describe('revocation and the irrevocable period (42 CFR 2.35)', () => {
  it('records a revocation with its date and who recorded it', () => {
    const result = parse(consentInput({ revocation: REVOCATION }));
    expect(issues(result)).toEqual([]);
    expect(result.data?.revocation).toEqual(REVOCATION);
  });

  it('refuses a revocation without its date or recorder', () => {
    expect(issues(parse(consentInput({ revocation: { recordedBy: 'Case Manager Sample' } as never })))).toEqual([
      'revocation.revokedOn: Revocation date is required.',
    ]);
    expect(issues(parse(consentInput({ revocation: { revokedOn: '2025-06-10' } as never })))).toEqual([
      'revocation.recordedBy: Revocation recorded by is required.',
    ]);
  });

  it('refuses a revocation dated in the future or before the signature', () => {
    expect(issues(parse(consentInput({ revocation: { ...REVOCATION, revokedOn: '2025-06-16' } })))).toEqual([
      'revocation.revokedOn: Revocation date cannot be in the future.',
    ]);
    expect(issues(parse(consentInput({ revocation: { ...REVOCATION, revokedOn: '2025-05-31' } })))).toEqual([
      'revocation.revokedOn: A consent cannot be revoked before the date it was signed.',
    ]);
  });

  it('refuses a revocation before the irrevocable-until date, accepts it on and after', () => {
    const at = (revokedOn: string) =>
      issues(parse(consentInput({ irrevocableUntil: '2025-06-10', revocation: { ...REVOCATION, revokedOn } })));
    expect(at('2025-06-09')).toEqual([
      'revocation.revokedOn: This consent is irrevocable until 2025-06-10 (42 CFR 2.35); it can be revoked from that date on.',
    ]);
    expect(at('2025-06-10')).toEqual([]);
    expect(at('2025-06-12')).toEqual([]);
  });

  it('refuses an irrevocable period before the signature or past the expiry', () => {
    expect(issues(parse(consentInput({ irrevocableUntil: '2025-05-31' })))).toEqual([
      'irrevocableUntil: The irrevocable-until date cannot be before the signature date.',
    ]);
    expect(issues(parse(consentInput({ irrevocableUntil: '2026-06-15' })))).toEqual([
      'irrevocableUntil: The irrevocable-until date cannot be after the expiry date.',
    ]);
    expect(issues(parse(consentInput({ irrevocableUntil: '2026-06-14' })))).toEqual([]);
  });

  describe('revocationProblem, for revoking a saved consent', () => {
    const saved = { signedOn: '2025-06-01', irrevocableUntil: '2025-06-10', revocation: null };

    it('accepts a revocation on or after the irrevocable-until date, up to today', () => {
      expect(revocationProblem(saved, '2025-06-10', TODAY)).toBeNull();
      expect(revocationProblem(saved, TODAY, TODAY)).toBeNull();
      expect(revocationProblem({ ...saved, irrevocableUntil: null }, '2025-06-01', TODAY)).toBeNull();
    });

    it.each([
      ['2025-06-09', 'This consent is irrevocable until 2025-06-10 (42 CFR 2.35); it can be revoked from that date on.'],
      ['2025-05-31', 'A consent cannot be revoked before the date it was signed.'],
      ['2025-06-16', 'Revocation date cannot be in the future.'],
      ['soon', 'Revocation date must be a valid date (YYYY-MM-DD).'],
    ])('refuses %s: %s', (revokedOn, message) => {
      expect(revocationProblem(saved, revokedOn, TODAY)).toBe(message);
    });

    it('refuses to revoke twice', () => {
      expect(revocationProblem({ ...saved, revocation: REVOCATION }, TODAY, TODAY)).toBe('This consent was already revoked on 2025-06-10.');
    });
  });
});

describe('consentStatus', () => {
  const consent = (overrides: Partial<Consent> = {}): Consent => ({ ...schema.parse(consentInput()), ...overrides });

  it('is not yet signed before the signature date, active from it', () => {
    expect(consentStatus(consent(), '2025-05-31')).toBe('not_yet_signed');
    expect(consentStatus(consent(), '2025-06-01')).toBe('active');
  });

  it('is active through the expiry date and expired the day after (the date is inclusive)', () => {
    expect(consentStatus(consent(), '2026-06-13')).toBe('active');
    expect(consentStatus(consent(), '2026-06-14')).toBe('active');
    expect(consentStatus(consent(), '2026-06-15')).toBe('expired');
  });

  it('with an expiry event: active until the event is recorded, expired from its day', () => {
    const pending = consent({ expiry: { kind: 'event', event: 'Discharge (synthetic)', occurredOn: null } });
    expect(consentStatus(pending, '2030-01-01')).toBe('active');
    const happened = consent({ expiry: { kind: 'event', event: 'Discharge (synthetic)', occurredOn: '2025-06-10' } });
    expect(consentStatus(happened, '2025-06-09')).toBe('active');
    expect(consentStatus(happened, '2025-06-10')).toBe('expired');
  });

  it('is revoked from the revocation date on', () => {
    const revoked = consent({ revocation: REVOCATION });
    expect(consentStatus(revoked, '2025-06-09')).toBe('active');
    expect(consentStatus(revoked, '2025-06-10')).toBe('revoked');
    expect(consentStatus(revoked, '2025-06-11')).toBe('revoked');
  });

  it('reports revoked rather than expired when both apply', () => {
    expect(consentStatus(consent({ revocation: REVOCATION }), '2027-01-01')).toBe('revoked');
  });
});
