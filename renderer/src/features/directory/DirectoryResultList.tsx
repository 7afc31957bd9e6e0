import type { DirectoryResults, DirectoryRow } from '../../../../shared/ipc/directory-contract';
import { ATTRIBUTE_LABELS } from '../../../../shared/domain/directory';
import { Button } from '../../ui/Button';
import { capacityLabel, confirmationFlag } from './directory-format';
import { showScreen } from './directory-store';

interface DirectoryResultListProps {
  results: DirectoryResults;
  /** Given, each match has a "Choose" button (the referral form's picker); otherwise its name opens its entry. */
  choose?: (row: DirectoryRow) => void;
}

/** The matches; the count is announced as it changes. */
export function DirectoryResultList({ results, choose }: DirectoryResultListProps) {
  const { rows, total } = results;
  return (
    <>
      <p role="status" className="directory-count">
        {total === 0
          ? 'No provider matches. Try fewer words or filters.'
          : total > rows.length
            ? `${total} providers match; the first ${rows.length} are shown. Type more to narrow the list.`
            : `${total} ${total === 1 ? 'provider matches' : 'providers match'}.`}
      </p>
      {rows.length > 0 && (
        <ul className="directory-results" aria-label="Providers">
          {rows.map((row) => (
            <li key={row.serviceAtLocationId} className="directory-result">
              <div>
                {choose ? (
                  <strong className="directory-result-name">{row.serviceName}</strong>
                ) : (
                  <Button
                    variant="link"
                    className="directory-result-name"
                    onClick={() => showScreen({ kind: 'entry', serviceAtLocationId: row.serviceAtLocationId, entry: null })}
                  >
                    {row.serviceName}
                  </Button>
                )}
                <span className="directory-result-org">{row.organizationName}</span>
              </div>
              <span>{row.place}</span>
              <div>
                <span className={`directory-capacity directory-capacity-${row.capacity ?? 'unknown'}`}>{capacityLabel(row.capacity)}</span>
                {row.notConfirmed && <span className="directory-flag">{confirmationFlag(row.capacityConfirmedOn)}</span>}
              </div>
              {row.attributes.length > 0 && (
                <span className="directory-tags">{row.attributes.map((a) => ATTRIBUTE_LABELS[a]).join(' · ')}</span>
              )}
              {choose && (
                <Button aria-label={`Choose ${row.serviceName}, ${row.place}`} onClick={() => choose(row)}>
                  Choose
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
