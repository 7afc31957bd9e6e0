import { z } from 'zod';
import { PrintJob } from '../print-jobs';
import { TEAM_ROLES } from '../roles';
import { channel } from './channel';

export const printChannels = {
  /** A printout is a disclosure: the router audits what was printed, by whom, before it prints. */
  'print.document': channel({
    access: TEAM_ROLES,
    audit: 'write',
    input: z.object({ job: PrintJob }).strict(),
    subject: ({ job }) => (job.document === 'consent-form' ? { consentId: job.consentId } : { participantId: job.participantId }),
    output: z.object({ outcome: z.enum(['saved', 'cancelled']) }),
  }),
} as const;
