import { dateLabel } from '../../ui/dates';
import { useState } from 'react';
import { REDISCLOSURE_NOTICE } from '../../../../shared/domain/disclosure';
import { recipientLabel } from '../../../../shared/domain/recipients';
import { SHARE_LEVEL_LABELS } from '../../../../shared/domain/share-levels';
import type { ConsentView } from '../../../../shared/ipc/consents-contract';
import { call } from '../../lead';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';

import { PrintProblem } from './PrintProblem';
import { SignatureLines } from './SignatureLines';
import { usePrintReady } from './use-print-ready';

/** The release of information as the participant signs it: every 42 CFR 2.31 element, then the 2.32 notice. */
export function ConsentFormPrint({ consentId, programName }: { consentId: number; programName: string }) {
  const [view, setView] = useState<ConsentView | null>(null);
  const load = useAction(() => call('consents.get', { id: consentId }), setView);
  useOnMount(() => void load.run());
  usePrintReady(view !== null);

  if (load.formError) return <PrintProblem message={load.formError} />;
  if (!view) return <p className="print-message">Preparing the document…</p>;
  const consent = view.consent;
  const expiry =
    consent.expiry.kind === 'date'
      ? `This consent expires at the end of ${dateLabel(consent.expiry.on)}, unless I revoke it earlier.`
      : `This consent expires when the following happens: ${consent.expiry.event}, unless I revoke it earlier.`;

  return (
    <article className="print-document" aria-label="Consent to release information">
      <header className="print-header">
        <p className="print-program">{programName}</p>
        <h1>Consent to release information</h1>
        <p className="print-subtitle">Multi-party release of information protected by federal confidentiality rules (42 CFR Part 2)</p>
      </header>

      {view.status !== 'active' && (
        <p className="print-banner">
          {view.status === 'revoked' && consent.revocation
            ? `Revoked on ${dateLabel(consent.revocation.revokedOn)}: nothing may be shared under this consent from that date.`
            : view.status === 'expired'
              ? 'This consent has expired: nothing may be shared under it.'
              : 'This consent is not yet in effect.'}
        </p>
      )}

      <table className="print-elements">
        <tbody>
          <tr>
            <th scope="row">Participant</th>
            <td>{consent.patientName}</td>
          </tr>
          <tr>
            <th scope="row">Who may disclose</th>
            <td>{consent.discloser}</td>
          </tr>
          <tr>
            <th scope="row">Purpose of the disclosure</th>
            <td>{consent.purpose}</td>
          </tr>
          <tr>
            <th scope="row">Expiry</th>
            <td>{expiry}</td>
          </tr>
        </tbody>
      </table>

      <h2>Who may receive what</h2>
      <p>
        I, {consent.patientName}, allow {consent.discloser} to disclose to each recipient below only the information shown beside it. Each
        level includes the levels above it in this list: enrollment and engagement status only; progress and next steps; clinical and
        substance-use detail.
      </p>
      <table className="print-recipients">
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Information it may receive</th>
          </tr>
        </thead>
        <tbody>
          {consent.recipients.map((grant) => (
            <tr key={recipientLabel(grant.recipient)}>
              <td>{recipientLabel(grant.recipient)}</td>
              <td>{SHARE_LEVEL_LABELS[grant.scope]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>My right to revoke</h2>
      <p>
        I understand that I may revoke this consent in writing at any time, by giving or sending a signed note to my case manager at{' '}
        {programName}, except to the extent that action has already been taken in reliance on it.
        {consent.irrevocableUntil && (
          <>
            {' '}
            Because I was referred to {programName} through the criminal justice system, this consent cannot be revoked before{' '}
            {dateLabel(consent.irrevocableUntil)} (42 CFR 2.35); I may revoke it on or after that date.
          </>
        )}
      </p>
      <p>
        I understand that my substance use disorder records are protected by federal law (42 CFR Part 2) and cannot be disclosed without my
        written consent except as those rules allow, and that, except as those rules allow, information shared under this consent may not be
        used against me in civil, criminal, administrative or legislative proceedings.
      </p>

      <section className="print-keep" aria-labelledby="signatures-heading">
        <h2 id="signatures-heading">Signatures</h2>
        <p className="print-recorded">
          Recorded in LEAD Desk as signed on {dateLabel(consent.signedOn)}, witnessed by {consent.witness}.
        </p>
        <SignatureLines
          lines={[
            { role: 'Signature of participant', name: consent.patientName },
            { role: 'Signature of witness', name: consent.witness },
          ]}
        />
      </section>

      <section className="print-notice" aria-labelledby="notice-heading">
        <h2 id="notice-heading">Notice to every recipient (42 CFR 2.32)</h2>
        {REDISCLOSURE_NOTICE.split('\n').map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <footer className="print-footer">
        {programName} · Consent no. {view.id}
      </footer>
    </article>
  );
}
