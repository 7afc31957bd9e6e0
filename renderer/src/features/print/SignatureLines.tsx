/** Lines to sign and date by hand, each with the signer's printed name under it. */
export function SignatureLines({ lines }: { lines: { role: string; name?: string }[] }) {
  return (
    <div className="print-signatures">
      {lines.map((line) => (
        <div className="print-signature" key={line.role}>
          <div className="print-signature-line">
            <span className="print-line" aria-hidden="true" />
            <span className="print-line-label">
              {line.role}
              {line.name ? ` (${line.name})` : ''}
            </span>
          </div>
          <div className="print-signature-line print-signature-date">
            <span className="print-line" aria-hidden="true" />
            <span className="print-line-label">Date</span>
          </div>
        </div>
      ))}
    </div>
  );
}
