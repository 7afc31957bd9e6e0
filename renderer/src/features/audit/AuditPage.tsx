import { useState } from 'react';
import { call } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { dateLabel, timeLabel } from '../../ui/dates';
import { SelectField, TextField } from '../../ui/Field';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { setStaff, useStaff } from '../staff';
import { ACTION_FILTERS, actionLabel, detailLabel, subjectLabel } from './audit-format';
import { LOG_OPTIONS, NO_FILTER, queryAudit, type AuditFilter } from './audit-query';
import type { PageProps } from '../../app/pages';
import { useAudit } from './audit-store';

/**
 * The audit logs: administrators read the desk's; a supervisor who holds the records key also
 * reads the participant records' (and starts there). Each search and integrity check is recorded.
 */
export function AuditPage({ view }: PageProps) {
  const { entries, nextBeforeId, applied, report } = useAudit();
  const staff = useStaff((state) => state.members) ?? [];
  const readsRecordsLog = view.recordsAccess === 'granted';
  const start: AuditFilter = { ...NO_FILTER, log: readsRecordsLog ? 'records' : 'desk' };
  const [filter, setFilter] = useState<AuditFilter>(start);
  const change = (name: keyof AuditFilter) => (value: string) => setFilter((current) => ({ ...current, [name]: value }));

  const search = useAction(
    queryAudit,
    (result) => useAudit.setState({ applied: result.filter, entries: result.entries, nextBeforeId: result.nextBeforeId }),
    ['action', 'actorId', 'from', 'to'],
  );
  const older = useAction(
    () => queryAudit(applied ?? NO_FILTER, nextBeforeId ?? undefined),
    (result) => useAudit.setState((state) => ({ entries: [...state.entries, ...result.entries], nextBeforeId: result.nextBeforeId })),
  );
  const verify = useAction(
    () => call('audit.verify', { log: (applied ?? start).log }),
    (result) => useAudit.setState({ report: result }),
  );
  const loadStaff = useAction(() => call('staff.list', {}), setStaff);
  useOnMount(() => {
    void loadStaff.run();
    void search.run(start);
  });

  const people = [
    { value: '', label: 'Anyone' },
    ...staff.map((member) => ({ value: String(member.id), label: `${member.displayName} (${member.username})` })),
  ];

  return (
    <>
      <div className="page-heading">
        <Heading>Audit log</Heading>
        <Button busyLabel={verify.busy && 'Checking…'} onClick={() => void verify.run()}>
          Check integrity
        </Button>
      </div>
      {report &&
        (report.intact ? (
          <Alert tone="success">Intact: {report.entries} entries</Alert>
        ) : (
          <Alert tone="error">
            Broken at entry #{report.brokenAtId}: {report.reason}
          </Alert>
        ))}
      {verify.formError && <Alert tone="error">{verify.formError}</Alert>}

      <section className="panel filters" aria-label="Filters">
        <ActionForm
          action={search}
          submitLabel="Show entries"
          busyLabel="Searching…"
          onSubmit={() => void search.run(filter)}
          secondary={
            <Button
              onClick={() => {
                const cleared = { ...NO_FILTER, log: filter.log };
                setFilter(cleared);
                void search.run(cleared);
              }}
            >
              Clear filters
            </Button>
          }
        >
          <div className="field-row">
            {readsRecordsLog && (
              <SelectField
                label="Log"
                value={filter.log}
                options={LOG_OPTIONS}
                onChange={(value) => setFilter((current) => ({ ...current, log: value === 'records' ? 'records' : 'desk' }))}
              />
            )}
            <SelectField
              label="Action"
              value={filter.action}
              options={ACTION_FILTERS}
              onChange={change('action')}
              error={search.fieldError('action')}
            />
            <SelectField
              label="Person"
              value={filter.actorId}
              options={people}
              onChange={change('actorId')}
              error={search.fieldError('actorId')}
            />
            <TextField label="From date" type="date" value={filter.from} onChange={change('from')} error={search.fieldError('from')} />
            <TextField label="To date" type="date" value={filter.to} onChange={change('to')} error={search.fieldError('to')} />
          </div>
        </ActionForm>
      </section>

      {applied && (
        <p role="status" className="result-count">
          {entries.length === 0
            ? 'No entries match.'
            : `Showing ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, newest first.`}
        </p>
      )}
      {entries.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Audit entries" tabIndex={0}>
          <table className="table table-audit">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Subject</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <span className="nowrap">{dateLabel(entry.at)}</span> <span className="nowrap">{timeLabel(entry.at, true)}</span>
                  </td>
                  <td>{entry.actorName ?? (entry.actorId ? `#${entry.actorId}` : 'Not signed in')}</td>
                  <th scope="row">{actionLabel(entry.action)}</th>
                  <td>{subjectLabel(entry, staff)}</td>
                  <td className="detail">{detailLabel(entry.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {older.formError && <Alert tone="error">{older.formError}</Alert>}
      {nextBeforeId !== null && (
        <Button busyLabel={older.busy && 'Loading…'} onClick={() => void older.run()}>
          Load older entries
        </Button>
      )}
    </>
  );
}
