import { useState } from 'react';
import type { CoverView } from '../../../../shared/ipc/cover-contract';
import { ROLE_LABELS } from '../../../../shared/roles';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { timeLabel } from '../../ui/dates';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';

/** The supervisor's view of who covers for which pair today, why, and since when. */
export function CoversToday() {
  const [covers, setCovers] = useState<CoverView[] | null>(null);
  const load = useAction(() => call('covers.today', {}), setCovers);
  useOnMount(() => void load.run());
  return (
    <section className="panel" aria-labelledby="covers-today-heading">
      <h2 id="covers-today-heading">Covering for another pair today</h2>
      {load.formError && <Alert tone="error">{load.formError}</Alert>}
      {covers?.length === 0 && <p>No one is covering for another pair today.</p>}
      {covers && covers.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Covers for</th>
              <th scope="col">Why</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {covers.map((cover) => (
              <tr key={cover.id}>
                <td>
                  {cover.staff.displayName} ({ROLE_LABELS[cover.staff.role].toLowerCase()})
                </td>
                <td>{cover.pair.label}</td>
                <td>{cover.reason}</td>
                <td>{timeLabel(cover.since)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
