import { describe, expect, it } from 'vitest';
import { mayDisclose, REDISCLOSURE_NOTICE, type StoredConsent } from '../../../shared/domain/disclosure';
import { RECIPIENT_KINDS, type Recipient, type RecipientKind } from '../../../shared/domain/recipients';
import { covers, SHARE_LEVELS, type ShareLevel } from '../../../shared/domain/share-levels';
import { TODAY } from './fixtures';

const PARTICIPANT = 7;
const recipientOf = (kind: RecipientKind): Recipient =>
  kind === 'provider' ? { kind, name: 'Sample Recovery Clinic' } : ({ kind } as Recipient);

const stored = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
  id: 1,
  participantId: PARTICIPANT,
  recipients: [{ recipient: { kind: 'police' }, scope: 'status' }],
  signedOn: '2025-06-01',
  expiry: { kind: 'date', on: '2026-06-14' },
  revocation: null,
  ...overrides,
});

const ask = (consents: StoredConsent[], recipient: Recipient, shareLevel: ShareLevel, today = TODAY) =>
  mayDisclose({ consents, recipient, item: { participantId: PARTICIPANT, shareLevel }, today });

describe('share levels', () => {
  it('are ordered status < progress < clinical', () => {
    expect(SHARE_LEVELS).toEqual(['status', 'progress', 'clinical']);
    expect(covers('clinical', 'status')).toBe(true);
    expect(covers('status', 'progress')).toBe(false);
  });
});

describe('each recipient x consent scope x item level', () => {
  const cases = RECIPIENT_KINDS.flatMap((kind) => SHARE_LEVELS.flatMap((scope) => SHARE_LEVELS.map((level) => ({ kind, scope, level }))));

  it.each(cases)('$kind with a $scope consent asking for $level', ({ kind, scope, level }) => {
    const recipient = recipientOf(kind);
    const decision = ask([stored({ id: 3, recipients: [{ recipient, scope }] })], recipient, level);
    const allowed = SHARE_LEVELS.indexOf(scope) >= SHARE_LEVELS.indexOf(level);
    expect(decision).toEqual(
      allowed
        ? { allowed: true, consentId: 3 }
        : { allowed: false, code: 'scope_too_narrow', reason: expect.stringMatching(/does not let .+ see /) },
    );
  });

  it.each(RECIPIENT_KINDS)('%s is not covered by a consent naming only someone else', (kind) => {
    const other = RECIPIENT_KINDS.find((k) => k !== kind) as RecipientKind;
    const decision = ask([stored({ recipients: [{ recipient: recipientOf(other), scope: 'clinical' }] })], recipientOf(kind), 'status');
    expect(decision).toMatchObject({ allowed: false, code: 'no_consent' });
  });
});

describe('a multi-party consent', () => {
  const consent = stored({
    recipients: [
      { recipient: { kind: 'police' }, scope: 'status' },
      { recipient: { kind: 'states_attorney' }, scope: 'progress' },
      { recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' },
    ],
  });

  it('gives each recipient its own scope', () => {
    expect(ask([consent], { kind: 'police' }, 'status').allowed).toBe(true);
    expect(ask([consent], { kind: 'police' }, 'progress')).toEqual({
      allowed: false,
      code: 'scope_too_narrow',
      reason: "The participant's consent does not let Baltimore Police Department see progress and next steps.",
    });
    expect(ask([consent], { kind: 'states_attorney' }, 'progress').allowed).toBe(true);
    expect(ask([consent], { kind: 'states_attorney' }, 'clinical').allowed).toBe(false);
    expect(ask([consent], { kind: 'provider', name: 'Sample Recovery Clinic' }, 'clinical').allowed).toBe(true);
    expect(ask([consent], { kind: 'public_defender' }, 'status')).toEqual({
      allowed: false,
      code: 'no_consent',
      reason: 'No consent of this participant names Office of the Public Defender.',
    });
  });
});

describe('provider names', () => {
  const consent = stored({ recipients: [{ recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' }] });

  it('refuses a provider the consent does not name', () => {
    expect(ask([consent], { kind: 'provider', name: 'Example Detox Center' }, 'status')).toEqual({
      allowed: false,
      code: 'no_consent',
      reason: 'No consent of this participant names Example Detox Center.',
    });
    expect(ask([consent], { kind: 'provider', name: 'Sample Recovery Clinic East' }, 'status').allowed).toBe(false);
  });

  it('matches the same name whatever its case and spacing', () => {
    expect(ask([consent], { kind: 'provider', name: '  sample  recovery CLINIC ' }, 'clinical').allowed).toBe(true);
  });
});

describe('only active consents count', () => {
  const NOT_ACTIVE = {
    allowed: false,
    code: 'not_active',
    reason: 'Every consent naming Baltimore Police Department is expired, revoked, or not yet signed.',
  };

  it('allows on the expiry date, refuses the day after', () => {
    expect(ask([stored()], { kind: 'police' }, 'status', '2026-06-14')).toEqual({ allowed: true, consentId: 1 });
    expect(ask([stored()], { kind: 'police' }, 'status', '2026-06-15')).toEqual(NOT_ACTIVE);
  });

  it('refuses from the day of revocation', () => {
    const revoked = stored({ revocation: { revokedOn: '2025-06-10', recordedBy: 'Case Manager Sample' } });
    expect(ask([revoked], { kind: 'police' }, 'status', '2025-06-09').allowed).toBe(true);
    expect(ask([revoked], { kind: 'police' }, 'status', '2025-06-10')).toEqual(NOT_ACTIVE);
  });

  it('refuses before the signature date', () => {
    expect(ask([stored()], { kind: 'police' }, 'status', '2025-05-31')).toEqual(NOT_ACTIVE);
  });

  it('refuses once an expiry event has happened', () => {
    const ended = stored({ expiry: { kind: 'event', event: 'Discharge (synthetic)', occurredOn: '2025-06-12' } });
    expect(ask([ended], { kind: 'police' }, 'status')).toEqual(NOT_ACTIVE);
  });

  it('a broad expired consent does not rescue a narrow active one', () => {
    const narrow = stored({ id: 1 });
    const broadButExpired = stored({
      id: 2,
      recipients: [{ recipient: { kind: 'police' }, scope: 'clinical' }],
      expiry: { kind: 'date', on: '2025-06-14' },
    });
    expect(ask([narrow, broadButExpired], { kind: 'police' }, 'progress')).toMatchObject({ allowed: false, code: 'scope_too_narrow' });
  });

  it('a newer active consent allows what an older expired one no longer does', () => {
    const old = stored({ id: 1, expiry: { kind: 'date', on: '2025-06-01' } });
    const renewed = stored({ id: 2, signedOn: '2025-06-02' });
    expect(ask([old, renewed], { kind: 'police' }, 'status')).toEqual({ allowed: true, consentId: 2 });
  });
});

describe('whose consent', () => {
  it("ignores another participant's consent", () => {
    expect(ask([stored({ participantId: PARTICIPANT + 1 })], { kind: 'police' }, 'status')).toMatchObject({
      allowed: false,
      code: 'no_consent',
    });
  });

  it('refuses when there is no consent at all', () => {
    expect(ask([], { kind: 'bhsb' }, 'status')).toEqual({
      allowed: false,
      code: 'no_consent',
      reason: 'No consent of this participant names Behavioral Health System Baltimore (BHSB).',
    });
  });

  it('names the lowest consent id when several allow, whatever the order given', () => {
    const consents = [stored({ id: 9 }), stored({ id: 4 }), stored({ id: 6 })];
    expect(ask(consents, { kind: 'police' }, 'status')).toEqual({ allowed: true, consentId: 4 });
    expect(ask([...consents].reverse(), { kind: 'police' }, 'status')).toEqual({ allowed: true, consentId: 4 });
  });
});

describe('the 42 CFR 2.32 notice', () => {
  it('is the 2024 Statement 1, from its first words to its last', () => {
    expect(
      REDISCLOSURE_NOTICE.startsWith(
        'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2).',
      ),
    ).toBe(true);
    expect(REDISCLOSURE_NOTICE).toContain(
      'in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient',
    );
    expect(REDISCLOSURE_NOTICE).toContain('42 CFR 2.64 or 2.65');
    expect(REDISCLOSURE_NOTICE).toContain('45 CFR part 164, subparts A and E.');
    expect(REDISCLOSURE_NOTICE.endsWith('to further use or redisclose the record (see 42 CFR 2.31).')).toBe(true);
    expect(REDISCLOSURE_NOTICE).not.toMatch(/[<>]/);
  });
});
