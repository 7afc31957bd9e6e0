import { z } from 'zod';
import { PrintDestination, PrintJob } from '../print-jobs';
import { TEAM_ROLES } from '../roles';
import { channel, type Subject } from './channel';
import { ParticipantRecord } from './participant-record-contract';

function printSubject(job: PrintJob): Subject | null {
  switch (job.document) {
    case 'consent-form':
      return { consentId: job.consentId };
    case 'part2-notice':
      return { participantId: job.participantId };
    case 'meeting-minutes':
      return null;
    case 'referral-slip':
    case 'wallet-card':
    case 'provider-letter':
      return { serviceReferralId: job.serviceReferralId };
  }
}

export const printChannels = {
  /**
   * A printout is a disclosure: the handler audits what is printed, by whom, before it prints.
   * A meeting's minutes are the supervisor's alone (SUPERVISOR_ROLES, as `meetings.minutes`),
   * checked by electron/services/printing.ts; they reach several participants, so no one subject,
   * and each participant shown is logged as a disclosure once the printout is saved.
   */
  'print.document': channel({
    access: TEAM_ROLES,
    audit: 'write',
    input: z.object({ job: PrintJob, destination: PrintDestination }).strict(),
    subject: ({ job }) => printSubject(job),
    output: z.object({
      outcome: z.enum(['printed', 'saved', 'cancelled']),
      /**
       * The participant's record as the printout left it, when it wrote to their timeline (a
       * referral's slip, card or letter) and the desk is still open after the dialog; else null.
       */
      record: ParticipantRecord.nullable(),
    }),
    changesRecords: (_input, output) => (output.record ? [output.record.id] : []),
  }),
} as const;
