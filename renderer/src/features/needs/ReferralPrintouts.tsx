import { useState } from 'react';
import { SLIP_LANGUAGES, SLIP_LANGUAGE_LABELS, type SlipLanguage } from '../../../../shared/domain/referral-slip';
import type { ParticipantRecord, ServiceReferralView } from '../../../../shared/ipc/participant-record-contract';
import { SLIP_LAYOUTS, SLIP_LAYOUT_LABELS, type SlipLayout } from '../../../../shared/print-jobs';
import { SelectField } from '../../ui/Field';
import { PrintButton } from '../../ui/PrintButton';

const LANGUAGE_OPTIONS = SLIP_LANGUAGES.map((value) => ({ value, label: SLIP_LANGUAGE_LABELS[value] }));
const LAYOUT_OPTIONS = SLIP_LAYOUTS.map((value) => ({ value, label: SLIP_LAYOUT_LABELS[value] }));

/**
 * What a peer prints for a referral: the participant's slip and wallet card, in the language
 * chosen, and the letter to the provider. The main process decides whether each may print (no
 * forbidden word on a slip; a consent naming the provider for the letter) and its refusal shows
 * beside the button, so a letter without consent says why and the slip is still there. Each
 * printout's line on the timeline comes back with the record, for `onRecord`.
 */
export function ReferralPrintouts({ referral, onRecord }: { referral: ServiceReferralView; onRecord(record: ParticipantRecord): void }) {
  const [language, setLanguage] = useState<SlipLanguage>('en');
  const [layout, setLayout] = useState<SlipLayout>('half-letter');
  const serviceReferralId = referral.id;
  return (
    <details className="need-referral-printouts">
      <summary>Print a slip, a wallet card or a letter</summary>
      <div className="need-referral-print-choices">
        <SelectField label="Language of the slip and card" value={language} options={LANGUAGE_OPTIONS} onChange={setLanguage} />
        <SelectField label="Slip size" value={layout} options={LAYOUT_OPTIONS} onChange={setLayout} />
      </div>
      <ul className="need-referral-print-buttons" aria-label={`Printouts for the referral to ${referral.provider}`}>
        <li>
          <PrintButton job={{ document: 'referral-slip', serviceReferralId, language, layout }} what="referral slip" onRecord={onRecord} />
        </li>
        <li>
          <PrintButton job={{ document: 'wallet-card', serviceReferralId, language }} what="wallet cards" onRecord={onRecord} />
        </li>
        <li>
          <PrintButton job={{ document: 'provider-letter', serviceReferralId }} what="letter to the provider" onRecord={onRecord} />
        </li>
      </ul>
    </details>
  );
}
