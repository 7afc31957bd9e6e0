import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../../../shared/domain/referral-status';
import type { ReferralSummary } from '../../../../shared/ipc/intake-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { canWriteIntake } from '../../app/roles';
import { dateTimeLabel, daysLabel, pathwayLabel, statusLabel } from './intake-format';
import { useReferrals } from './intake-store';
import '../../styles/intake-screens.css';

const FILTER_OPTIONS = [
  { value: '', label: 'All statuses' },
  ...REFERRAL_STATUSES.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] })),
];

/** Every referral, newest first, with what is waiting for the State's Attorney on top. */
export function ReferralsPage({ view }: PageProps) {
  const { list, filter, waiting } = useReferrals();
  const load = useAction(
    (status: ReferralStatus | '') => call('referrals.list', status ? { statuses: [status] } : {}),
    (referrals) => useReferrals.setState({ list: referrals }),
  );
  const loadWaiting = useAction(
    () => call('referrals.list', { statuses: ['awaiting_sao'] }),
    (referrals) =>
      useReferrals.setState({ waiting: [...referrals].sort((a, b) => (b.daysWaitingForSao ?? 0) - (a.daysWaitingForSao ?? 0)) }),
  );
  useOnMount(() => {
    void load.run(filter);
    void loadWaiting.run();
  });

  return (
    <>
      <div className="page-heading">
        <Heading>Referrals</Heading>
        {canWriteIntake(view.user.role) && (
          <Button variant="primary" onClick={() => go('referral-new')}>
            New referral
          </Button>
        )}
      </div>

      <section className="panel intake-waiting-panel" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for the State’s Attorney</h2>
        {loadWaiting.formError && <Alert tone="error">{loadWaiting.formError}</Alert>}
        {waiting && waiting.length === 0 && <p>Nothing is waiting for the State’s Attorney’s verification.</p>}
        {waiting && waiting.length > 0 && (
          <>
            <p>A referral is not enrolled until the State’s Attorney’s Office verifies it. Longest waiting first.</p>
            <ul className="intake-waiting-list">
              {waiting.map((referral) => (
                <li key={referral.id}>
                  <span className="intake-days" aria-hidden="true">
                    {daysLabel(referral.daysWaitingForSao ?? 0)}
                  </span>
                  <span>
                    <Button
                      variant="link"
                      aria-label={`${referral.personName}, waiting ${daysLabel(referral.daysWaitingForSao ?? 0).toLowerCase()}`}
                      onClick={() => go('referral', referral.id)}
                    >
                      {referral.personName}
                    </Button>
                    <span className="cell-second-line">
                      {pathwayLabel(referral.pathway)}, {dateTimeLabel(referral.occurredAt)}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <div className="intake-list-head">
          <h2 id="all-heading">All referrals</h2>
          <SelectField
            label="Show"
            value={filter}
            options={FILTER_OPTIONS}
            onChange={(value) => {
              useReferrals.setState({ filter: value as ReferralStatus | '' });
              void load.run(value as ReferralStatus | '');
            }}
          />
        </div>
        {load.formError && <Alert tone="error">{load.formError}</Alert>}
        {list && (
          <p role="status" className="result-count">
            {list.length === 0
              ? filter
                ? `No referrals are “${REFERRAL_STATUS_LABELS[filter]}”.`
                : 'No referrals yet.'
              : `${list.length} ${list.length === 1 ? 'referral' : 'referrals'}, newest first.`}
          </p>
        )}
        {list && list.length > 0 && <ReferralTable referrals={list} />}
      </section>
    </>
  );
}

function ReferralTable({ referrals }: { referrals: ReferralSummary[] }) {
  return (
    <div className="table-scroll" role="region" aria-label="Referrals" tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Pathway</th>
            <th scope="col">Referred</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => (
            <tr key={referral.id}>
              <th scope="row">
                <Button variant="link" className="intake-row-link" onClick={() => go('referral', referral.id)}>
                  {referral.personName}
                </Button>
              </th>
              <td>{pathwayLabel(referral.pathway)}</td>
              <td className="nowrap">{dateTimeLabel(referral.occurredAt)}</td>
              <td>
                <span className={`intake-status intake-status-${referral.status}`}>{statusLabel(referral.status)}</span>
                {referral.daysWaitingForSao !== null && (
                  <span className="cell-second-line">Waiting {daysLabel(referral.daysWaitingForSao).toLowerCase()}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
