import { z } from 'zod';
import { Id, RequestId, type InputSchema } from './channel';
import { auditChannels } from './audit-contract';
import { caseloadChannels } from './caseload-contract';
import { consentsChannels } from './consents-contract';
import { coverChannels } from './cover-contract';
import { directoryChannels } from './directory-contract';
import { draftsChannels } from './drafts-contract';
import { meetingsChannels } from './meetings-contract';
import { pairsChannels } from './pairs-contract';
import { participantRecordChannels } from './participant-record-contract';
import { peopleChannels } from './people-contract';
import { printChannels } from './print-contract';
import { referralPrintoutChannels } from './referral-printouts-contract';
import { referralsChannels } from './referrals-contract';
import { sessionChannels } from './session-contract';
import { settingsChannels } from './settings-contract';
import { staffChannels } from './staff-contract';

/**
 * The IPC contract: every channel the renderer may call, with its input and output schemas
 * and who may call it. The main process serves exactly these channels; the preload exposes
 * exactly these; both sides take their types from here. Each capability's channels and types
 * are in its own file beside this one (session-contract.ts, referrals-contract.ts, ...); this
 * file assembles them.
 */

/** The channels about participants: they need the records key (below, RECORDS_CHANNELS). */
const recordsChannels = {
  ...pairsChannels,
  ...peopleChannels,
  ...referralsChannels,
  ...participantRecordChannels,
  ...consentsChannels,
  ...draftsChannels,
  ...caseloadChannels,
  ...printChannels,
  ...referralPrintoutChannels,
  ...coverChannels,
  ...meetingsChannels,
  ...directoryChannels,
} as const;

export const contract = {
  ...sessionChannels,
  ...staffChannels,
  ...settingsChannels,
  ...auditChannels,
  ...recordsChannels,
} as const;

export type Contract = typeof contract;

/**
 * The channels that read or write participant records: they need the records key (the records
 * database attached) and are audited in the records' log.
 */
export const RECORDS_CHANNELS: ReadonlySet<string> = new Set(Object.keys(recordsChannels));
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<InputSchema<Contract[C]['input']>>;
export type ParsedInput<C extends Channel> = z.output<InputSchema<Contract[C]['input']>>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/** Events the main process pushes to the renderer. */
export const LeadEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.ended'), reason: z.enum(['idle', 'lock', 'signOut']) }),
  /** The window is about to close: send anything typed and not yet saved, now. */
  z.object({ type: z.literal('window.closing') }),
  /**
   * Records changed. `participantIds` names whose (null: not about particular participants, such
   * as a setting or a pair, so every board and open record refreshes); `requestId` is the call
   * that changed them, as its window sent it (null when it came without one): that window has the
   * reply already, so only other windows and views reload.
   */
  z.object({ type: z.literal('records.changed'), participantIds: z.array(Id).nullable(), requestId: RequestId.nullable() }),
  /** The database was found damaged (by the page check after unlock): the problem screen replaces everything. */
  z.object({ type: z.literal('database.damaged'), message: z.string() }),
  /** What the meeting's room may see changed: the audience window asks again (meetings.roomView). */
  z.object({ type: z.literal('meeting.room') }),
]);
export type LeadEvent = z.infer<typeof LeadEvent>;
