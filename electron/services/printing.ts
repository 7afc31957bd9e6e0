import { recipientKey } from '../../shared/domain/recipients';
import { SLIP_LANGUAGE_LABELS } from '../../shared/domain/referral-slip';
import { PRINT_TITLES, printPath, type PrintDestination, type PrintJob } from '../../shared/print-jobs';
import { hasRole, SUPERVISOR_ROLES } from '../../shared/roles';
import { PrintViewProblem, type PrintOutcome, type Printer } from '../print/printer';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { addTimelineEvent, removeTimelineEvent } from '../db/tables/timeline';
import { sameDeskAfterDialog } from './after-a-dialog';
import { agencyMinutes } from './meeting-minutes';
import { recordDisclosure, withdrawDisclosure } from './meeting-room';
import { participantRecord, requireConsent, requireParticipantRow } from './participant-records';
import { providerLetter, providerRecipient, referralPrintout, requireReferralInPrint } from './referral-printouts';

export const printingHandlers: Pick<Handlers, 'print.document'> = {
  'print.document': async ({ job, destination }, context) => {
    if (job.document === 'meeting-minutes') return { outcome: await printMinutes(context, job, destination), record: null };
    if (isReferralPrintout(job)) return printReferral(context, job, destination);
    const { desk, db } = context;
    const printer = requirePrinter(context);
    const participantId =
      job.document === 'consent-form'
        ? requireConsent(db, job.consentId, desk.today()).participantId
        : requireParticipantRow(db, job.participantId).id;
    context.audit({ subjectType: 'participant', subjectId: String(participantId), detail: { ...job } });
    // Written before printing: a disclosure that fails half-way may still have happened.
    context.commitAudit();
    const outcome = await printOrRefusal(printer, { path: printPath(job), title: titleOf(context, job), destination });
    if (outcome instanceof PrintViewProblem) {
      // The audit keeps print.document, which was written first; this says nothing left the desk.
      if (sameDeskAfterDialog(context)) {
        context.transaction(() =>
          context.audit({
            action: 'print.refused',
            subjectType: 'participant',
            subjectId: String(participantId),
            detail: { document: job.document },
          }),
        );
      }
      throw refusalOf(outcome);
    }
    return { outcome, record: null };
  },
};

/** The printer's answer, or the print view's refusal to be printed as asked (nothing was printed then). */
async function printOrRefusal(printer: Printer, request: Parameters<Printer['print']>[0]): Promise<PrintOutcome | PrintViewProblem> {
  try {
    return await printer.print(request);
  } catch (error) {
    if (error instanceof PrintViewProblem) return error;
    throw error;
  }
}

function refusalOf(problem: PrintViewProblem): UserError {
  return new UserError('CONFLICT', `Nothing was printed: ${problem.message}`);
}

function requirePrinter({ desk }: SignedInContext): Printer {
  const printer = desk.options.printer;
  if (!printer) throw new UserError('INTERNAL', 'Printing is not available on this computer.');
  return printer;
}

/** A training printout must not be saved under the name a real one would have. */
function titleOf({ desk }: SignedInContext, job: PrintJob): string {
  return `${desk.options.training ? 'TRAINING ' : ''}${PRINT_TITLES[job.document]}`;
}

/**
 * One agency's minutes of a weekly meeting (electron/services/meeting-minutes.ts): the
 * supervisor's alone, like `meetings.minutes`, and each participant they show is a disclosure to
 * that agency, logged through `recordDisclosure` as the room's screen is.
 *
 * When: before the printer is handed the job, in one transaction with this call's audit entry.
 * Once the PDF is written nothing may be missing from the log, and the printer's save dialog can
 * stay open for any length of time: the desk may lock or the process end before it answers, and
 * a log written after 'saved' would then be lost while the PDF exists. So the log is written
 * first and taken back only when the printer says the save was cancelled and the same person's
 * desk is still open to take it back; a printer fault keeps it, since the printout may have
 * been made. At worst the log names a printout that never left, never the reverse.
 */
async function printMinutes(
  context: SignedInContext,
  job: Extract<PrintJob, { document: 'meeting-minutes' }>,
  destination: PrintDestination,
) {
  const { desk, db, user } = context;
  if (!hasRole(SUPERVISOR_ROLES, user.role)) {
    // Refused as the router refuses a role: in the desk's log, the channel and no input.
    db.transaction(() =>
      desk.audit(db, { actorId: user.id, action: 'access.denied', detail: { channel: 'print.document', document: job.document } }, 'desk'),
    )();
    throw new UserError('FORBIDDEN', 'Only a supervisor may print a meeting’s minutes.');
  }
  const printer = requirePrinter(context);
  const minutes = agencyMinutes(context, job.attendeeId);
  const logged = context.transaction(() => {
    context.audit({
      subjectType: 'meeting',
      subjectId: String(minutes.meeting.id),
      detail: { ...job, meetingId: minutes.meeting.id, agency: recipientKey(minutes.agency), participants: minutes.disclosures.length },
    });
    return minutes.disclosures.map((disclosure) => recordDisclosure(context, disclosure));
  });
  const outcome = await printOrRefusal(printer, { path: printPath(job), title: titleOf(context, job), destination });
  // Nothing left the desk: cancelled, or refused by the print view.
  if ((outcome === 'cancelled' || outcome instanceof PrintViewProblem) && sameDeskAfterDialog(context) && logged.length > 0) {
    const reason = outcome === 'cancelled' ? 'printout cancelled' : 'printout refused';
    context.transaction(() => logged.forEach((entry) => withdrawDisclosure(context, entry, reason)));
  }
  if (outcome instanceof PrintViewProblem) throw refusalOf(outcome);
  return outcome;
}

type ReferralPrintJob = Extract<PrintJob, { document: 'referral-slip' | 'wallet-card' | 'provider-letter' }>;

function isReferralPrintout(job: PrintJob): job is ReferralPrintJob {
  return job.document === 'referral-slip' || job.document === 'wallet-card' || job.document === 'provider-letter';
}

/**
 * A service referral's slip, card or letter (electron/services/referral-printouts.ts). The words
 * are made and checked first, so a slip with a forbidden word or a letter without a consent
 * naming the provider is refused before anything is logged or printed. Then, as the minutes are,
 * the disclosure is logged (audit and the participant's timeline) before the printer is handed
 * the job, and taken back from the timeline only when the person cancels; the audit keeps both.
 * The reply carries the record as it then stands, so the page shows the line without asking again.
 */
async function printReferral(context: SignedInContext, job: ReferralPrintJob, destination: PrintDestination) {
  const { desk, db, user } = context;
  const printer = requirePrinter(context);
  const print = requireReferralInPrint(context, job.serviceReferralId);
  const provider = providerRecipient(print).name;
  // Made first, so a refusal (a forbidden word, no consent naming the provider) logs and prints nothing.
  const consentId = job.document === 'provider-letter' ? providerLetter(context, print).consent.id : null;
  if (job.document !== 'provider-letter') referralPrintout(context, print, job.language);
  const summary =
    job.document === 'provider-letter'
      ? `Referral letter to ${provider} printed, under consent #${consentId}.`
      : `${job.document === 'referral-slip' ? 'Referral slip' : 'Wallet card'} for the referral to ${provider} printed (${SLIP_LANGUAGE_LABELS[job.language]}).`;
  const timelineEventId = context.transaction(() => {
    context.audit({
      subjectType: 'participant',
      subjectId: String(print.participant.id),
      detail: { ...job, destination, ...(consentId === null ? {} : { consentId }) },
    });
    return addTimelineEvent(db, {
      personId: print.participant.person_id,
      at: desk.now(),
      kind: 'service.printed',
      summary,
      actorId: user.id,
    });
  });
  const outcome = await printOrRefusal(printer, { path: printPath(job), title: titleOf(context, job), destination });
  // The dialog may have stayed open past a lock: then nothing more is read or written.
  if (!sameDeskAfterDialog(context)) {
    if (outcome instanceof PrintViewProblem) throw refusalOf(outcome);
    return { outcome, record: null };
  }
  if (outcome === 'cancelled' || outcome instanceof PrintViewProblem) {
    context.transaction(() => {
      removeTimelineEvent(db, timelineEventId, 'service.printed');
      context.audit({
        action: outcome === 'cancelled' ? 'print.cancelled' : 'print.refused',
        subjectType: 'participant',
        subjectId: String(print.participant.id),
        detail: { document: job.document, serviceReferralId: job.serviceReferralId },
      });
    });
  }
  if (outcome instanceof PrintViewProblem) throw refusalOf(outcome);
  return { outcome, record: participantRecord(context, print.participant.id) };
}
