import type { z } from 'zod';
import type { ConsentInput } from '../../../shared/domain/consent';
import type { ReferralInput } from '../../../shared/domain/referral';

/** Synthetic data only: every name, badge and place here is invented. */

export const NOW = '2025-06-15T12:00:00-04:00';
export const TODAY = '2025-06-15';

export const SCRIPT = '<script>alert(1)</script>';
export const ABSURD = 'x'.repeat(10_000);

export function arrestReferral(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    pathway: 'arrest_diversion',
    occurredAt: '2025-06-15T10:30:00-04:00',
    officer: { name: 'Officer Sample', badge: 'T-0000', unit: 'Test Patrol Unit' },
    location: { description: 'Example St. and Sample Ave.', insideReferralArea: true },
    offenses: ['cds_possession'],
    ...overrides,
  } as ReferralInput;
}

export function socialReferral(overrides: Record<string, unknown> = {}): ReferralInput {
  return {
    ...arrestReferral(),
    pathway: 'social_contact',
    justification: 'Three recent test contacts in the district (synthetic).',
    ...overrides,
  } as ReferralInput;
}

export const APPROVAL = { approvedBy: 'Store Owner Sample', approvedAt: '2025-06-15T10:15:00-04:00' };

export function consentInput(overrides: Partial<ConsentInput> = {}): ConsentInput {
  return {
    patientName: 'Test Person Alpha',
    discloser: 'LEAD case management team (test)',
    recipients: [
      { recipient: { kind: 'police' }, scope: 'status' },
      { recipient: { kind: 'provider', name: 'Sample Recovery Clinic' }, scope: 'clinical' },
    ],
    purpose: 'Coordinate LEAD case management and report engagement to partners.',
    rightToRevokeAcknowledged: true,
    expiry: { kind: 'date', on: '2026-06-14' },
    signedOn: '2025-06-01',
    witness: 'Case Manager Sample',
    ...overrides,
  } as ConsentInput;
}

/** Every issue of a failed parse as "path: message", for readable assertions. */
export function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A deep copy with the value at `path` replaced (or removed when value is undefined). */
export function withPath<T>(input: T, path: (string | number)[], value: unknown): T {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}
