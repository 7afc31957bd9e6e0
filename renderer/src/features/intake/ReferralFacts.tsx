import type { ReferralView } from '../../../../shared/ipc/referrals-contract';
import { calendarDateLabel, dateTimeLabel, offenseLabel, pathwayLabel } from './intake-format';

/** The facts of the referral as the officer gave them: read-only once saved. */
export function ReferralFacts({ referral }: { referral: ReferralView }) {
  const details = referral.details;
  return (
    <section className="panel intake-facts" aria-labelledby="referral-facts">
      <h2 id="referral-facts">The referral</h2>
      <dl className="intake-dl">
        <div>
          <dt>Person</dt>
          <dd>{referral.personName}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{calendarDateLabel(referral.dateOfBirth)}</dd>
        </div>
        <div>
          <dt>Pathway</dt>
          <dd>{pathwayLabel(referral.pathway)}</dd>
        </div>
        <div>
          <dt>Date and time</dt>
          <dd>{dateTimeLabel(referral.occurredAt)}</dd>
        </div>
        <div>
          <dt>Referring officer</dt>
          <dd>
            {details.officer.name}, #{details.officer.badge}
            <span className="cell-second-line">{details.officer.unit}</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {details.location.description}
            <span className="cell-second-line">
              {details.location.insideReferralArea ? 'Inside the referral area' : 'Outside the referral area'}
            </span>
          </dd>
        </div>
        <div>
          <dt>Suspected offenses</dt>
          <dd>
            <ul className="intake-plain-list">
              {details.offenses.map((offense) => (
                <li key={offense}>{offenseLabel(offense)}</li>
              ))}
            </ul>
          </dd>
        </div>
        {details.approval && (
          <div>
            <dt>Victim’s or store owner’s approval</dt>
            <dd>
              {details.approval.approvedBy}
              <span className="cell-second-line">{dateTimeLabel(details.approval.approvedAt)}</span>
            </dd>
          </div>
        )}
        {details.pathway === 'social_contact' && (
          <div>
            <dt>Recent law violations or police contacts</dt>
            <dd className="intake-prose">{details.justification}</dd>
          </div>
        )}
        <div>
          <dt>Recorded</dt>
          <dd>
            {referral.createdBy}
            <span className="cell-second-line">{dateTimeLabel(referral.createdAt)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
