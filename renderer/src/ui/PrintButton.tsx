import { useState } from 'react';
import type { PrintJob } from '../../../shared/print-jobs';
import { call } from '../lead';
import { Button } from './Button';
import { useAction } from './use-action';

/**
 * Prints a document through the main process (a PDF the person saves). A print is a disclosure:
 * the main process records it before printing. The outcome shows beside the button.
 */
export function PrintButton({ job, label, describedBy }: { job: PrintJob; label: string; describedBy?: string }) {
  const [outcome, setOutcome] = useState<'saved' | 'cancelled' | null>(null);
  const print = useAction(
    () => {
      setOutcome(null);
      return call('print.document', { job });
    },
    (result) => setOutcome(result.outcome),
  );
  return (
    <span className="print-button">
      <Button busyLabel={print.busy && 'Preparing the PDF…'} aria-describedby={describedBy} onClick={() => void print.run()}>
        {label}
      </Button>
      <span role="status" className="print-button-outcome">
        {outcome === 'saved' && 'Saved'}
        {outcome === 'cancelled' && 'Cancelled'}
      </span>
      {print.formError && (
        <span role="alert" className="field-error">
          {print.formError}
        </span>
      )}
    </span>
  );
}
