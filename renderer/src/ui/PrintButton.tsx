import { useState } from 'react';
import type { ParticipantRecord } from '../../../shared/ipc/participant-record-contract';
import type { PrintDestination, PrintJob } from '../../../shared/print-jobs';
import { call } from '../lead';
import { Button } from './Button';
import { useAction } from './use-action';

const OUTCOME_TEXT = { printed: 'Sent to the printer', saved: 'Saved', cancelled: 'Cancelled' } as const;

/**
 * Prints a document through the main process: the system print dialog first, a saved PDF as the
 * second choice. A print is a disclosure: the main process records it before printing. The
 * outcome shows beside the buttons. `what` names the document ("consent form"): the buttons read
 * "Print consent form" and "Save as PDF", the latter named "Save as PDF: consent form" for a
 * screen reader, so each of several on a page is told apart. A printout that writes to the
 * participant's timeline replies with their record, handed to `onRecord` for the page to show.
 */
export function PrintButton({
  job,
  what,
  describedBy,
  onRecord,
}: {
  job: PrintJob;
  what: string;
  describedBy?: string;
  onRecord?: (record: ParticipantRecord) => void;
}) {
  const [outcome, setOutcome] = useState<keyof typeof OUTCOME_TEXT | null>(null);
  const [destination, setDestination] = useState<PrintDestination>('printer');
  const print = useAction(
    (to: PrintDestination) => {
      setOutcome(null);
      setDestination(to);
      return call('print.document', { job, destination: to });
    },
    (result) => {
      setOutcome(result.outcome);
      if (result.record) onRecord?.(result.record);
    },
  );
  // While one runs both wait: a second printout of the same document would be a second disclosure.
  const busyLabel = (to: PrintDestination) =>
    print.busy && destination === to && (to === 'printer' ? 'Opening the print dialog…' : 'Preparing the PDF…');
  return (
    <span className="print-button">
      <Button
        busyLabel={busyLabel('printer')}
        disabled={print.busy}
        aria-describedby={describedBy}
        onClick={() => void print.run('printer')}
      >
        Print {what}
      </Button>
      <Button
        variant="secondary"
        busyLabel={busyLabel('pdf')}
        disabled={print.busy}
        aria-label={`Save as PDF: ${what}`}
        aria-describedby={describedBy}
        onClick={() => void print.run('pdf')}
      >
        Save as PDF
      </Button>
      <span role="status" className="print-button-outcome">
        {outcome && OUTCOME_TEXT[outcome]}
      </span>
      {print.formError && (
        <span role="alert" className="field-error">
          {print.formError}
        </span>
      )}
    </span>
  );
}
