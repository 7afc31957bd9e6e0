import { z } from 'zod';
import type { Role } from '../roles';
import { plainDataProblem, type DataLimits } from './plain-data';

/** Who may call a channel: anyone (before sign-in), any signed-in user, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

/**
 * What the router writes to the audit log for a successful call: nothing, or a read or write
 * entry when the handler wrote none. `readOnce` is a read the handler audits itself, once per
 * opening of a record: the router adds nothing, so a refresh of an opened record adds no entry.
 */
export type AuditKind = 'none' | 'read' | 'readOnce' | 'write';

/** The main process's clock as a schema sees it: the instant (ISO) and the desk's calendar date. */
export interface SchemaClock {
  now: string;
  today: string;
}

/**
 * An input schema, or a function of the clock returning one: rules such as "not in the future"
 * are still checked at the boundary, against the main process's clock.
 */
export type InputSpec = z.ZodType | ((clock: SchemaClock) => z.ZodType);

export type SubjectKey = 'participantId' | 'consentId' | 'serviceReferralId' | 'referralId';
/** The participant record a call reaches, named by one of its ids. */
export type Subject = { [K in SubjectKey]: Record<K, number> }[SubjectKey];

export interface ChannelSpec<I extends InputSpec, O extends z.ZodType> {
  access: Access;
  audit: AuditKind;
  input: I;
  output: O;
  /**
   * Which participant the call opens or changes: the router lets a case manager or peer through
   * only to their own pair's participants, or a pair they cover today (electron/services/participant-access.ts).
   * Null: this input reaches no one participant's record (a meeting's minutes), and the handler
   * checks what it reaches itself.
   */
  subject?: (input: z.output<InputSchema<I>>) => Subject | null;
  /**
   * A successful call changes records: the router then sends `records.changed` naming the
   * participants this says changed (from the parsed input and the reply), or null when the change
   * is not about particular participants (settings, pairs, a referral no one is enrolled from yet).
   */
  changesRecords?: (input: z.output<InputSchema<I>>, output: z.output<O>) => ChangedParticipants;
  /**
   * The input's size limit in UTF-8 bytes, when a channel carries files (an import) rather than
   * a form: above INPUT_LIMITS' (shared/ipc/plain-data.ts), which every other channel keeps.
   */
  maxInputBytes?: number;
}

/** The participants a call changed, or null: not about particular ones, so every board and open record refreshes. */
export type ChangedParticipants = readonly number[] | null;

/** Keeps the literal `access`, so a handler's context can be typed from it (electron/ipc/router.ts). */
export function channel<I extends InputSpec, O extends z.ZodType, A extends Access>(spec: ChannelSpec<I, O> & { access: A }) {
  return spec;
}

export type InputSchema<I> = I extends (clock: SchemaClock) => infer S ? S : I;

export function inputSchema(input: InputSpec, clock: SchemaClock): z.ZodType {
  return typeof input === 'function' ? input(clock) : input;
}

export const Empty = z.object({}).strict();
export const Done = z.object({ done: z.literal(true) });
export const Id = z.number({ error: 'A record id is required.' }).int().positive();

/**
 * Names one call of one window (the renderer makes it: see renderer/src/lead.ts). The router
 * copies it into the `records.changed` the call causes, so the window that made the change knows
 * it already holds the reply and reloads only what other actions changed.
 */
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Not a request id.' });
export type RequestId = z.infer<typeof RequestId>;
export const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * A blob the main process stored only after its domain schema accepted it (an assessment, a
 * referral's details, a consent): read back as that schema's type, not checked again, since its
 * rules are relative to the day it was written ("not in the future", "after the start date").
 */
export function stored<T extends object>() {
  return z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
}

/**
 * A free-form object (a draft's fields as typed): plain JSON within `limits`, checked on the
 * bounded walk of shared/ipc/plain-data.ts, never by serializing it first.
 */
export function jsonRecord(limits: DataLimits) {
  return z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const problem = plainDataProblem(value, limits);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
}
