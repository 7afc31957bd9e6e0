import { z } from 'zod';
import { SUPERVISOR_ROLES, TEAM_ROLES } from '../roles';
import { channel, Id } from './channel';

/**
 * Pairs: a case manager and a peer sharing a caseload. Supervisors make and end them; the team
 * lists them (to choose a board or an enrollment's pair).
 */

const StaffRef = z.object({ id: Id, displayName: z.string() });

export const PairView = z.object({
  id: Id,
  label: z.string(),
  caseManager: StaffRef,
  peer: StaffRef,
  active: z.boolean(),
  caseload: z.number().int(),
  cap: z.number().int(),
});
export type PairView = z.infer<typeof PairView>;

export const pairsChannels = {
  'pairs.list': channel({ access: TEAM_ROLES, audit: 'none', input: z.object({}).strict(), output: z.array(PairView) }),
  'pairs.create': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    changesRecords: () => null,
    input: z.object({ caseManagerId: Id, peerId: Id }).strict(),
    output: PairView,
  }),
  'pairs.deactivate': channel({
    access: SUPERVISOR_ROLES,
    audit: 'write',
    changesRecords: () => null,
    input: z.object({ id: Id }).strict(),
    output: PairView,
  }),
} as const;
