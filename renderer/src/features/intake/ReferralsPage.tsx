import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS, type ReferralStatus } from '../../../../shared/domain/referral-status';
import type { ReferralPage, ReferralSummary } from '../../../../shared/ipc/referrals-contract';
import type { PageProps } from '../../app/pages';
import { go } from '../../app/route-store';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, type Option } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { Pager, count, pageRange } from '../../ui/Pager';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { hasRole, INTAKE_ROLES } from '../../../../shared/roles';
import { dateTimeLabel, daysLabel, pathwayLabel, statusLabel } from './intake-format';
import { useReferrals } from './intake-store';
import '../../styles/intake-screens.css';
import '../../styles/tables.css';

const FILTER_OPTIONS: readonly Option<ReferralStatus | ''>[] = [
  { value: '', label: 'All statuses' },
  ...REFERRAL_STATUSES.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] })),
];

/** Referrals a page holds; the waiting panel shows the longest-waiting few. */
const PAGE = 50;
const WAITING_SHOWN = 10;

/** Every referral, newest first, a page at a time with the true count, and what is waiting for the State's Attorney on top. */
export function ReferralsPage({ view }: PageProps) {
  const { list, filter, offset, waiting } = useReferrals();
  const load = useAction(
    (status: ReferralStatus | '', from: number) =>
      call('referrals.list', { ...(status ? { statuses: [status] } : {}), offset: from, limit: PAGE }),
    (page) => useReferrals.setState({ list: page }),
  );
  const loadWaiting = useAction(
    () => call('referrals.list', { statuses: ['awaiting_sao'], order: 'oldest', limit: WAITING_SHOWN }),
    (page) => useReferrals.setState({ waiting: page }),
  );
  useOnMount(() => {
    void load.run(filter, offset);
    void loadWaiting.run();
  });
  const showPage = (status: ReferralStatus | '', from: number) => {
    useReferrals.setState({ filter: status, offset: from });
    void load.run(status, from);
  };
  const options = FILTER_OPTIONS.map((option) =>
    list ? { ...option, label: `${option.label} (${count(list.counts[option.value === '' ? 'all' : option.value])})` } : option,
  );

  return (
    <>
      <div className="page-heading">
        <Heading>Referrals</Heading>
        {hasRole(INTAKE_ROLES, view.user.role) && (
          <Button variant="primary" onClick={() => go('referral-new')}>
            New referral
          </Button>
        )}
      </div>

      <section className="panel intake-waiting-panel" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for the State’s Attorney</h2>
        {loadWaiting.formError && <Alert tone="error">{loadWaiting.formError}</Alert>}
        {waiting && waiting.total === 0 && <p>Nothing is waiting for the State’s Attorney’s verification.</p>}
        {waiting && waiting.total > 0 && (
          <>
            <p>
              A referral is not enrolled until the State’s Attorney’s Office verifies it.{' '}
              {waiting.total > waiting.referrals.length
                ? `${count(waiting.total)} are waiting; the ${waiting.referrals.length} waiting longest are here.`
                : 'Longest waiting first.'}
            </p>
            <ul className="intake-waiting-list">
              {waiting.referrals.map((referral) => (
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
            {waiting.total > waiting.referrals.length && (
              <Button variant="link" onClick={() => showPage('awaiting_sao', 0)}>
                List all {count(waiting.total)} waiting below
              </Button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <div className="intake-list-head">
          <h2 id="all-heading">All referrals</h2>
          <SelectField label="Show" value={filter} options={options} onChange={(value) => showPage(value, 0)} />
        </div>
        {load.formError && <Alert tone="error">{load.formError}</Alert>}
        {list && (
          <p role="status" className="result-count">
            {referralLine(list, filter, offset)}
          </p>
        )}
        {list && list.referrals.length > 0 && <ReferralTable referrals={list.referrals} />}
        {list && (
          <Pager
            noun="referrals"
            offset={offset}
            pageSize={PAGE}
            total={list.total}
            busy={load.busy}
            onOffset={(next) => showPage(filter, next)}
          />
        )}
      </section>
    </>
  );
}

function referralLine(list: ReferralPage, filter: ReferralStatus | '', offset: number): string {
  if (list.total === 0) return filter ? `No referrals are “${REFERRAL_STATUS_LABELS[filter]}”.` : 'No referrals yet.';
  const what = `${count(list.total)} ${list.total === 1 ? 'referral' : 'referrals'}${filter ? ` “${REFERRAL_STATUS_LABELS[filter]}”` : ''}, newest first.`;
  return list.total <= list.referrals.length && offset === 0
    ? what
    : `${what} Showing ${pageRange(offset, list.referrals.length, list.total)}.`;
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
