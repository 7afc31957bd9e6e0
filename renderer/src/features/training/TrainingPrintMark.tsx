/**
 * What a printout from the training desk carries, so a practice page found on a desk or handed
 * across a counter is never taken for a real person's record. The mark in the document reads at
 * a glance; the page margins repeat it on every page (print-documents.css, the "training" page).
 */
export function TrainingPrintMark() {
  return <p className="print-training-mark">TRAINING — invented person. Printed on the LEAD Desk training desk: not a real record.</p>;
}
