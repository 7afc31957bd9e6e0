import { useEffect, useId, useRef, useState } from 'react';
import {
  EVENT_SOURCE_LABELS,
  HANDOFF_LABELS,
  SERVICE_REFERRAL_OUTCOME_LABELS,
  SERVICE_REFERRAL_STATUS_LABELS,
} from '../../../../shared/domain/service-referral-status';
import type { ParticipantRecord, ServiceReferralView } from '../../../../shared/ipc/participant-record-contract';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { ReferralPrintouts } from './ReferralPrintouts';
import { ServiceReferralChangeForm } from './ServiceReferralChangeForm';

interface ServiceReferralItemProps {
  referral: ServiceReferralView;
  onRecord(record: ParticipantRecord): void;
}

const at = (instant: string) => `${dateLabel(instant)}, ${timeLabel(instant)}`;

/** The status in words, with the outcome once closed. */
export function statusText(referral: Pick<ServiceReferralView, 'status' | 'outcome'>): string {
  if (referral.status !== 'closed') return SERVICE_REFERRAL_STATUS_LABELS[referral.status];
  if (referral.outcome) return `Closed: ${SERVICE_REFERRAL_OUTCOME_LABELS[referral.outcome].toLowerCase()}`;
  return 'Closed (no outcome was recorded before this version)';
}

function eventText(event: ServiceReferralView['events'][number]): string {
  const to = SERVICE_REFERRAL_STATUS_LABELS[event.to];
  const detail = event.outcome
    ? `: ${SERVICE_REFERRAL_OUTCOME_LABELS[event.outcome].toLowerCase()}`
    : event.reason
      ? `: ${event.reason}`
      : event.appointmentAt
        ? ` for ${at(event.appointmentAt)}`
        : '';
  return `${to}${detail}`;
}

/**
 * One service referral: where it stands in words, the appointment and what to know for it,
 * "Ask how it went" when the follow-up is due, its history (who, when, from whom), its printouts,
 * and a form to record what happened.
 */
export function ServiceReferralItem({ referral, onRecord }: ServiceReferralItemProps) {
  const lineId = useId();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const changeArea = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // The form's first choice, not the first field of the item: the printouts' selects come
    // before it, folded away in their <details>, where focus() does nothing.
    if (open) changeArea.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (wasOpen.current) item.current?.querySelector<HTMLElement>('[data-opens="change"]')?.focus();
    wasOpen.current = open;
  }, [open]);
  const facts = [
    referral.place && `Place: ${[referral.place.service, referral.place.where].filter(Boolean).join(' · ')} (from the directory)`,
    referral.handoff && `Handoff: ${HANDOFF_LABELS[referral.handoff]}`,
    referral.askFor && `Ask for: ${referral.askFor}`,
    referral.bring && `Bring: ${referral.bring}`,
    referral.directions && `Getting there: ${referral.directions}`,
    referral.note && `Note: ${referral.note}`,
  ].filter((fact): fact is string => Boolean(fact));

  return (
    <li ref={item} className="need-referral">
      <p id={lineId} className="need-referral-line">
        <strong>{referral.provider}</strong>, referred {dateLabel(referral.referredOn)}:{' '}
        <span className={`need-referral-status need-referral-${referral.status}`}>{statusText(referral)}</span>
      </p>
      {referral.appointmentAt && <p className="need-referral-appointment">Appointment: {at(referral.appointmentAt)}</p>}
      {referral.followUpDue && <p className="need-referral-follow-up">Ask how it went</p>}
      {facts.length > 0 && (
        <ul className="need-referral-facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      <details className="need-referral-history">
        <summary>History ({referral.events.length})</summary>
        <ol aria-label={`History of the referral to ${referral.provider}`}>
          {referral.events.map((event) => (
            <li key={event.id}>
              {eventText(event)}. {at(event.at)}, {event.by ? `recorded by ${event.by}` : 'no one recorded'} · Source:{' '}
              {EVENT_SOURCE_LABELS[event.source]}
            </li>
          ))}
        </ol>
      </details>
      {referral.status !== 'closed' && <ReferralPrintouts referral={referral} onRecord={onRecord} />}
      {open ? (
        <div ref={changeArea}>
          <ServiceReferralChangeForm
            referral={referral}
            onSaved={(record, values) => {
              onRecord(record);
              setOpen(false);
              setNotice(values.to ? `Saved: ${SERVICE_REFERRAL_STATUS_LABELS[values.to].toLowerCase()}.` : null);
            }}
            onCancel={() => setOpen(false)}
          />
        </div>
      ) : (
        referral.status !== 'closed' && (
          <div className="need-referral-actions">
            <Button
              data-opens="change"
              aria-describedby={lineId}
              onClick={() => {
                setNotice(null);
                setOpen(true);
              }}
            >
              Record what happened
            </Button>
          </div>
        )
      )}
      <p role="status" className="expandable-notice">
        {notice}
      </p>
    </li>
  );
}
