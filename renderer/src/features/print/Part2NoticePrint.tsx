import { useState } from 'react';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { PrintProblem } from './PrintProblem';
import { SignatureLines } from './SignatureLines';
import { usePrintReady } from './use-print-ready';

/**
 * The written summary of the federal confidentiality rules each participant is given at intake
 * (42 CFR 2.22), in plain language: what is protected, the limits and exceptions in general
 * terms, where violations can be reported, and the citation.
 */
export function Part2NoticePrint({ participantId, programName }: { participantId: number; programName: string }) {
  const [record, setRecord] = useState<ParticipantRecord | null>(null);
  const load = useAction(() => call('participants.get', { id: participantId }), setRecord);
  useOnMount(() => void load.run());
  usePrintReady(record !== null);

  if (load.formError) return <PrintProblem message={load.formError} />;
  if (!record) return <p className="print-message">Preparing the document…</p>;

  return (
    <article className="print-document" aria-label="Notice of federal confidentiality protections">
      <header className="print-header">
        <p className="print-program">{programName}</p>
        <h1>Your records are protected by federal law</h1>
        <p className="print-subtitle">Notice of federal confidentiality protections for substance use disorder records (42 CFR 2.22)</p>
      </header>
      <p className="print-given-to">
        Given to: <strong>{record.name}</strong>
      </p>

      <h2>What is protected</h2>
      <p>
        Federal law and regulations protect the confidentiality of substance use disorder patient records kept by {programName}. In general,
        the program may not tell anyone outside the program that you take part in it, and may not share any information that identifies you
        as having or having had a substance use disorder, unless you agree in writing or one of the limited exceptions below applies.
      </p>

      <h2>When information may be shared without your written consent</h2>
      <p>Only in limited circumstances, for example:</p>
      <ul>
        <li>to medical personnel, as far as needed, in a medical emergency;</li>
        <li>when a court orders it after following the special procedures of these rules (a subpoena alone is not enough);</li>
        <li>for research, audits or program evaluation, under strict conditions that protect your identity;</li>
        <li>
          within the program, among staff who need the information to serve you, and with organizations that provide services to the program
          under a written agreement to protect it.
        </li>
      </ul>

      <h2>What these rules do not protect</h2>
      <ul>
        <li>
          information about a crime committed by a participant at the program or against program staff, or about a threat to commit such a
          crime;
        </li>
        <li>reports of suspected child abuse or neglect made under state law to the appropriate state or local authorities.</li>
      </ul>

      <h2>Sharing with your consent</h2>
      <p>
        With your written consent, the program may share the information you choose, with the people you name, for the purpose you agree to.
        You may revoke a consent in writing at any time, except for what was already done in reliance on it; a consent given by someone
        referred through the criminal justice system may be irrevocable for a set period. Records shared under these rules may not be used
        against you in criminal, civil, administrative or legislative proceedings unless you consent or a court orders it under these rules.
      </p>

      <h2>If you think the rules were broken</h2>
      <p>
        Violating these federal rules can lead to civil and criminal penalties. Suspected violations may be reported to the United States
        Attorney for the judicial district in which the violation occurred. Suspected violations by an opioid treatment program may also be
        reported to the office of the Substance Abuse and Mental Health Services Administration (SAMHSA) responsible for opioid treatment
        program oversight. You may also file a complaint with the program and with the Secretary of the U.S. Department of Health and Human
        Services. No one may retaliate against you for filing a complaint.
      </p>

      <h2>Questions</h2>
      <p>Ask your case manager or peer recovery specialist at {programName}. You may keep this notice.</p>

      <p className="print-citation">
        Federal law: 42 U.S.C. 290dd-2. Federal regulations: 42 CFR Part 2 (Confidentiality of Substance Use Disorder Patient Records).
      </p>

      <section className="print-keep" aria-labelledby="acknowledgement-heading">
        <h2 id="acknowledgement-heading">Acknowledgement</h2>
        <p>I received a copy of this notice.</p>
        <SignatureLines lines={[{ role: 'Signature of participant', name: record.name }, { role: 'Staff member who gave the notice' }]} />
      </section>
      <footer className="print-footer">{programName} · Notice of federal confidentiality protections</footer>
    </article>
  );
}
