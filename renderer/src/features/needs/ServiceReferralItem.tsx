import { useId } from 'react';
import { SERVICE_REFERRAL_STATUS_LABELS, type ServiceReferralStatus } from '../../../../shared/domain/needs';
import type { ParticipantRecord, ServiceReferralView } from '../../../../shared/ipc/participant-record-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { useAction } from '../../ui/use-action';

interface ServiceReferralItemProps {
  referral: ServiceReferralView;
  onRecord(record: ParticipantRecord): void;
}

/** One service referral and where it stands: open until the person is connected, or it is closed. */
export function ServiceReferralItem({ referral, onRecord }: ServiceReferralItemProps) {
  const lineId = useId();
  const update = useAction(
    (status: ServiceReferralStatus) => call('services.update', { serviceReferralId: referral.id, status }),
    onRecord,
  );
  const to = (status: ServiceReferralStatus) => () => void update.run(status);

  return (
    <li className="need-referral">
      <p id={lineId} className="need-referral-line">
        <strong>{referral.provider}</strong>, referred {dateLabel(referral.referredOn)}:{' '}
        <span className={`need-referral-status need-referral-${referral.status}`}>{SERVICE_REFERRAL_STATUS_LABELS[referral.status]}</span>
      </p>
      <div className="need-referral-actions">
        {referral.status === 'open' ? (
          <>
            <Button aria-describedby={lineId} busyLabel={update.busy && 'Saving…'} onClick={to('connected')}>
              Mark connected
            </Button>
            <Button aria-describedby={lineId} disabled={update.busy} onClick={to('closed')}>
              Close without connecting
            </Button>
          </>
        ) : (
          <Button aria-describedby={lineId} busyLabel={update.busy && 'Saving…'} onClick={to('open')}>
            Reopen
          </Button>
        )}
      </div>
      {update.formError && <Alert tone="error">{update.formError}</Alert>}
    </li>
  );
}
