import { useState } from 'react';
import { REDISCLOSURE_NOTICE } from '../../../../shared/domain/disclosure';
import { SHARE_LEVEL_LABELS } from '../../../../shared/domain/share-levels';
import type { ProviderLetter } from '../../../../shared/ipc/referral-printouts-contract';
import { call } from '../../lead';
import { dateLabel } from '../../ui/dates';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { PrintProblem } from './PrintProblem';
import { usePrintReady } from './use-print-ready';

/**
 * The referral letter to a provider, under a consent that names it (the main process refuses the
 * view without one): who is referred and when, the consent it is sent under with its scope and
 * expiry, the 42 CFR Part 2 redisclosure notice word for word, and a tear-off to send back.
 */
export function ProviderLetterPrint({ serviceReferralId, programName }: { serviceReferralId: number; programName: string }) {
  const [letter, setLetter] = useState<ProviderLetter | null>(null);
  const load = useAction(() => call('services.providerLetter', { serviceReferralId }), setLetter);
  useOnMount(() => void load.run());
  usePrintReady(letter !== null);

  if (load.formError) return <PrintProblem message={load.formError} />;
  if (!letter) return <p className="print-message">Preparing the letter…</p>;
  const callBack = letter.sender.phone ? `${letter.sender.name}, ${letter.sender.phone}` : letter.sender.name;

  return (
    <article className="print-document provider-letter" aria-label="Referral letter">
      <header className="print-header">
        <p className="print-program">{programName}</p>
        <h1>Referral to {letter.provider}</h1>
        <p className="print-subtitle">Service: {letter.service}</p>
      </header>
      <dl className="letter-facts">
        <dt>Participant</dt>
        <dd>
          {letter.participantName}
          {letter.dateOfBirth && `, born ${dateLabel(letter.dateOfBirth)}`}
        </dd>
        <dt>Referred on</dt>
        <dd>{dateLabel(letter.referredOn)}</dd>
        <dt>For</dt>
        <dd>{letter.needLabel}</dd>
        {letter.appointment && (
          <>
            <dt>Appointment</dt>
            <dd>{letter.appointment}</dd>
          </>
        )}
        {letter.askFor && (
          <>
            <dt>They will ask for</dt>
            <dd>{letter.askFor}</dd>
          </>
        )}
        <dt>Referred by</dt>
        <dd>{callBack}</dd>
      </dl>

      <h2>Consent this letter is sent under</h2>
      <p>
        The participant signed a consent to release information (number {letter.consent.id}) on {dateLabel(letter.consent.signedOn)} that
        names {letter.provider}. It allows: {SHARE_LEVEL_LABELS[letter.consent.scope].toLowerCase()}. Purpose: {letter.consent.purpose}. It
        ends: {letter.consent.expiry}. This letter shares no more than that: no clinical or substance-use detail.
      </p>

      <section className="print-keep letter-notice" aria-labelledby="notice-heading">
        <h2 id="notice-heading">Notice of federal confidentiality protections (42 CFR 2.32)</h2>
        {REDISCLOSURE_NOTICE.split('\n').map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section className="print-keep letter-tear-off" aria-labelledby="tear-off-heading">
        <p className="tear-off-cut" aria-hidden="true">
          ✂ Cut here and send back
        </p>
        <h2 id="tear-off-heading">Please return to {callBack}</h2>
        <p>Participant: {letter.participantName}</p>
        <ul className="tear-off-choices">
          <li>☐ Seen on ______________</li>
          <li>☐ Scheduled for ______________</li>
          <li>☐ Not seen</li>
        </ul>
        <p>Name and signature at {letter.provider}: ________________________________</p>
      </section>
    </article>
  );
}
