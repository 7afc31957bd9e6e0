import { z } from 'zod';
import type { Role } from '../roles';

/** Who may call a channel: anyone (before sign-in), any signed-in user, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** What the router writes to the audit log for a successful call. */
export type AuditKind = 'none' | 'read' | 'write';

/**
 * An input schema, or a function of the current time (ISO) returning one: rules such as "not in
 * the future" are still checked at the boundary, against the main process's clock.
 */
export type InputSpec = z.ZodType | ((now: string) => z.ZodType);

export interface ChannelSpec<I extends InputSpec, O extends z.ZodType> {
  access: Access;
  audit: AuditKind;
  input: I;
  output: O;
}

export function channel<I extends InputSpec, O extends z.ZodType>(spec: ChannelSpec<I, O>) {
  return spec;
}

export type InputSchema<I> = I extends (now: string) => infer S ? S : I;

export function inputSchema(input: InputSpec, now: string): z.ZodType {
  return typeof input === 'function' ? input(now) : input;
}

export const Empty = z.object({}).strict();
export const Done = z.object({ done: z.literal(true) });
export const Id = z.number({ error: 'A record id is required.' }).int().positive();
export const IsoDateTime = z.iso.datetime({ offset: true });
