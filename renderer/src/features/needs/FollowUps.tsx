import { useState } from 'react';
import type { FollowUp } from '../../../../shared/ipc/caseload-contract';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { participantName } from '../../ui/participant-name';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import '../../styles/needs-outcomes.css';

/**
 * Home's "Ask how it went": the referrals whose appointment was two or more days ago with no
 * news since (services.followUps decides, at the desk's clock). Nothing shows when there are none.
 */
export function FollowUps() {
  const [due, setDue] = useState<FollowUp[] | null>(null);
  const load = useAction(() => call('services.followUps', {}), setDue);
  useOnMount(() => void load.run());
  if (load.formError) return <Alert tone="error">{load.formError}</Alert>;
  if (!due || due.length === 0) return null;

  return (
    <section className="panel" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Referrals to follow up</h2>
      <ul className="follow-ups">
        {due.map((followUp) => (
          <li key={followUp.serviceReferralId}>
            <strong>Ask how it went: {followUp.provider}</strong>{' '}
            <span>
              ({participantName(followUp)}, appointment {dateLabel(followUp.appointmentAt)}, {timeLabel(followUp.appointmentAt)})
            </span>{' '}
            <Button variant="link" onClick={() => go('participant', followUp.participantId)}>
              Open {participantName(followUp)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
