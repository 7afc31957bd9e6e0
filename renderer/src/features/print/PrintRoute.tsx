import type { PrintJob } from '../../../../shared/print-jobs';
import { useSession } from '../session';
import { TrainingPrintMark, useAppMode } from '../training';
import { ConsentFormPrint } from './ConsentFormPrint';
import { MeetingMinutesPrint } from './MeetingMinutesPrint';
import { Part2NoticePrint } from './Part2NoticePrint';
import { PrintProblem } from './PrintProblem';
import { ProviderLetterPrint } from './ProviderLetterPrint';
import { ReferralSlipPrint, WalletCardPrint } from './ReferralSlipPrint';

import '../../styles/print-documents.css';
import '../../styles/print-slips.css';

/**
 * A printable document on its own page, without the app's frame: what Electron's hidden print
 * window (and the tests' page.pdf()) turns into a PDF. It reads data with the signed-in person's
 * session, so without one it prints nothing.
 */
export function PrintRoute({ job }: { job: PrintJob }) {
  const { phase, view } = useSession();
  const appMode = useAppMode();
  // The document waits for app.mode, so a training desk can never print one without its mark.
  if (phase === 'loading' || appMode.phase === 'loading') return <p className="print-message">Preparing the document…</p>;
  if (!view) return <PrintProblem message="no one is signed in to LEAD Desk. Sign in, then print again." />;
  if (view.mustChangePassword) return <PrintProblem message="the password must be changed first. Change it, then print again." />;
  if (!appMode.mode) return <PrintProblem message="LEAD Desk could not tell whether this is the training desk." />;
  const training = appMode.mode.training;
  // What the participant keeps is cut to its own size: each copy carries its own training mark.
  if (job.document === 'referral-slip') return <ReferralSlipPrint {...job} training={training} />;
  if (job.document === 'wallet-card') return <WalletCardPrint {...job} training={training} />;
  const printout = printoutOf(job, view.programName);
  if (!training) return printout;
  return (
    <div className="print-training">
      <TrainingPrintMark />
      {printout}
    </div>
  );
}

function printoutOf(job: Exclude<PrintJob, { document: 'referral-slip' | 'wallet-card' }>, programName: string) {
  switch (job.document) {
    case 'consent-form':
      return <ConsentFormPrint consentId={job.consentId} programName={programName} />;
    case 'part2-notice':
      return <Part2NoticePrint participantId={job.participantId} programName={programName} />;
    case 'meeting-minutes':
      return <MeetingMinutesPrint attendeeId={job.attendeeId} />;
    case 'provider-letter':
      return <ProviderLetterPrint serviceReferralId={job.serviceReferralId} programName={programName} />;
  }
}
