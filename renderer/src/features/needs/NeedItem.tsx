import { useEffect, useId, useRef, useState } from 'react';
import { NEED_LABELS } from '../../../../shared/domain/assessment';
import { NEED_STATUS_LABELS } from '../../../../shared/domain/needs';
import type { NeedView, ParticipantRecord, ServiceReferralView } from '../../../../shared/ipc/participant-record-contract';
import { Button } from '../../ui/Button';
import { dateLabel } from '../../ui/dates';
import { NeedStatusForm } from './NeedStatusForm';
import { ServiceReferralForm } from './ServiceReferralForm';
import { ServiceReferralItem } from './ServiceReferralItem';

interface NeedItemProps {
  need: NeedView;
  referrals: ServiceReferralView[];
  participantId: number;
  onRecord(record: ParticipantRecord): void;
}

/** One need: where it stands, its note, its service referrals, and the two ways to work on it. */
export function NeedItem({ need, referrals, participantId, onRecord }: NeedItemProps) {
  const [form, setForm] = useState<'status' | 'refer' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();
  const item = useRef<HTMLLIElement>(null);
  const last = useRef<'status' | 'refer' | null>(null);
  // Opening a form moves focus into it; closing it brings focus back to the button that opened it.
  useEffect(() => {
    const root = item.current;
    if (form) root?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    else if (last.current) root?.querySelector<HTMLElement>(`[data-opens="${last.current}"]`)?.focus();
    last.current = form;
  }, [form]);
  const label = NEED_LABELS[need.need];
  const done = (record: ParticipantRecord, message: string) => {
    onRecord(record);
    setForm(null);
    setNotice(message);
  };
  const open = (which: 'status' | 'refer') => {
    setNotice(null);
    setForm(which);
  };

  return (
    <li ref={item} className="need" aria-labelledby={headingId}>
      <div className="need-head">
        <h3 id={headingId}>{label}</h3>
        <span className={`need-status need-status-${need.status}`}>{NEED_STATUS_LABELS[need.status]}</span>
      </div>
      {need.note && <p className="need-note">{need.note}</p>}
      <p className="need-updated">Updated {dateLabel(need.updatedAt)}</p>
      {referrals.length > 0 && (
        <ul className="need-referrals" aria-label={`Service referrals for ${label}`}>
          {referrals.map((referral) => (
            <ServiceReferralItem key={referral.id} referral={referral} onRecord={onRecord} />
          ))}
        </ul>
      )}
      {form === 'status' && (
        <NeedStatusForm
          participantId={participantId}
          need={need}
          onSaved={(record, status) => done(record, `${label}: ${NEED_STATUS_LABELS[status].toLowerCase()}.`)}
          onCancel={() => setForm(null)}
        />
      )}
      {form === 'refer' && (
        <ServiceReferralForm
          participantId={participantId}
          need={need.need}
          onSaved={(record, provider) => done(record, `Referral to ${provider} saved.`)}
          onCancel={() => setForm(null)}
        />
      )}
      {form === null && (
        <div className="need-actions">
          <Button data-opens="status" aria-label={`Update status of ${label}`} onClick={() => open('status')}>
            Update status
          </Button>
          <Button data-opens="refer" aria-label={`Refer to a service for ${label}`} onClick={() => open('refer')}>
            Refer to a service
          </Button>
        </div>
      )}
      <p role="status" className="expandable-notice">
        {notice}
      </p>
    </li>
  );
}
