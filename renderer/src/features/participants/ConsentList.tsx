import { dateLabel } from '../../ui/dates';
import { useState } from 'react';
import type { Consent } from '../../../../shared/domain/consent';
import { recipientLabel } from '../../../../shared/domain/recipients';
import { SHARE_LEVEL_LABELS } from '../../../../shared/domain/share-levels';
import type { ConsentView } from '../../../../shared/ipc/consents-contract';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CONSENT_STATUS_LABELS } from './participant-format';
import { PrintButton } from '../../ui/PrintButton';
import { RevokeConsentDialog } from './RevokeConsentDialog';

export function expiryText(expiry: Consent['expiry']): string {
  if (expiry.kind === 'date') return `Through ${dateLabel(expiry.on)}`;
  return `When this happens: ${expiry.event}${expiry.occurredOn ? ` (happened ${dateLabel(expiry.occurredOn)})` : ''}`;
}

interface ConsentListProps {
  consents: ConsentView[];
  canWrite: boolean;
  onChanged(): void;
}

/** The participant's releases of information, newest first, each with its status at a glance. */
export function ConsentList({ consents, canWrite, onChanged }: ConsentListProps) {
  const [revoking, setRevoking] = useState<ConsentView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (consents.length === 0) return <p>No consent on file. Nothing about this participant may be shared outside the team.</p>;
  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      <ul className="participant-consents">
        {consents.map((view) => {
          const consent = view.consent;
          const headingId = `consent-${view.id}-heading`;
          return (
            <li key={view.id}>
              <article className={`participant-consent-card participant-consent-card-${view.status}`} aria-labelledby={headingId}>
                <div className="participant-consent-top">
                  <h3 id={headingId}>Consent signed {dateLabel(consent.signedOn)}</h3>
                  <span className={`participant-status participant-status-${view.status}`}>{CONSENT_STATUS_LABELS[view.status]}</span>
                </div>
                <dl className="participant-facts">
                  <div>
                    <dt>Recipients</dt>
                    <dd>
                      <ul className="participant-grants">
                        {consent.recipients.map((grant) => (
                          <li key={recipientLabel(grant.recipient)}>
                            <strong>{recipientLabel(grant.recipient)}</strong>: {SHARE_LEVEL_LABELS[grant.scope].toLowerCase()}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                  <div>
                    <dt>Purpose</dt>
                    <dd>{consent.purpose}</dd>
                  </div>
                  <div>
                    <dt>Who may disclose</dt>
                    <dd>{consent.discloser}</dd>
                  </div>
                  <div>
                    <dt>Expires</dt>
                    <dd>{expiryText(consent.expiry)}</dd>
                  </div>
                  {consent.irrevocableUntil && (
                    <div>
                      <dt>Irrevocable until</dt>
                      <dd>{dateLabel(consent.irrevocableUntil)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>Witness</dt>
                    <dd>
                      {consent.witness}; recorded by {view.createdBy}
                    </dd>
                  </div>
                  {consent.revocation && (
                    <div>
                      <dt>Revoked</dt>
                      <dd>
                        {dateLabel(consent.revocation.revokedOn)}, recorded by {consent.revocation.recordedBy}
                      </dd>
                    </div>
                  )}
                </dl>
                <div className="participant-actions">
                  <PrintButton job={{ document: 'consent-form', consentId: view.id }} what="consent form" describedBy={headingId} />
                  {canWrite && !consent.revocation && (
                    <Button aria-describedby={headingId} onClick={() => setRevoking(view)}>
                      Revoke…
                    </Button>
                  )}
                </div>
              </article>
            </li>
          );
        })}
      </ul>
      {revoking && (
        <RevokeConsentDialog
          consent={revoking}
          signedOn={revoking.consent.signedOn}
          onClose={() => setRevoking(null)}
          onRevoked={(revoked) => {
            setRevoking(null);
            const on = revoked.consent.revocation!.revokedOn;
            setNotice(`The consent signed ${dateLabel(revoked.consent.signedOn)} is revoked as of ${dateLabel(on)}.`);
            onChanged();
          }}
        />
      )}
    </>
  );
}
