import { useState } from 'react';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { call } from '../../lead';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { useAction } from '../../ui/use-action';
import { useOnMount } from '../../ui/use-on-mount';
import { setStaff, useStaff } from '../staff';
import { CreatePairForm } from './CreatePairForm';
import { DeactivatePairDialog } from './DeactivatePairDialog';
import { setPairs, usePairs } from './pairs-store';
import '../../styles/intake-screens.css';

/**
 * Pairs for the administrator: who works together and how full each caseload is. Only counts
 * are shown here; the administrator sees no participant data.
 */
export function PairsPage() {
  const pairs = usePairs((state) => state.pairs);
  const staff = useStaff((state) => state.members);
  const [closing, setClosing] = useState<PairView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useAction(() => call('pairs.list', {}), setPairs);
  const loadStaff = useAction(() => call('staff.list', {}), setStaff);
  useOnMount(() => {
    void load.run();
    void loadStaff.run();
  });

  return (
    <>
      <Heading>Pairs</Heading>
      <p>Each pair is a case manager and a peer recovery specialist sharing one caseload. The caseload cap is set on the Settings page.</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {(load.formError ?? loadStaff.formError) && <Alert tone="error">{load.formError ?? loadStaff.formError}</Alert>}

      {pairs && pairs.length === 0 && <p>No pairs yet. Create the first one below.</p>}
      {pairs && pairs.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Pairs" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Caseload</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={pair.id} className={pair.active ? undefined : 'row-muted'}>
                  <th scope="row">
                    {pair.caseManager.displayName}
                    <span className="cell-second-line">with {pair.peer.displayName}</span>
                  </th>
                  <td>
                    <Load pair={pair} />
                  </td>
                  <td>{pair.active ? 'Active' : 'Inactive'}</td>
                  <td>
                    {pair.active && pair.caseload === 0 && (
                      <div className="row-actions">
                        <Button aria-label={`Deactivate ${pair.label}`} onClick={() => setClosing(pair)}>
                          Deactivate
                        </Button>
                      </div>
                    )}
                    {pair.active && pair.caseload > 0 && <span className="cell-second-line">Has participants: reassign them first</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pairs && staff && (
        <section className="panel" aria-labelledby="create-pair-heading">
          <h2 id="create-pair-heading">Create a pair</h2>
          <CreatePairForm
            staff={staff}
            pairs={pairs}
            onCreated={(pair) => {
              setNotice(`${pair.label} can now take participants.`);
              void load.run();
            }}
          />
        </section>
      )}

      {closing && (
        <DeactivatePairDialog
          pair={closing}
          onClose={() => setClosing(null)}
          onDeactivated={(pair) => {
            setClosing(null);
            setNotice(`${pair.label} is no longer active.`);
            void load.run();
          }}
        />
      )}
    </>
  );
}

/** "12 of 28", with a meter, and plainly "at the cap" when it is full. */
function Load({ pair }: { pair: PairView }) {
  const full = pair.caseload >= pair.cap;
  return (
    <div className="intake-load">
      <span className="nowrap">
        {pair.caseload} of {pair.cap}
        {full && <strong> — at the cap</strong>}
      </span>
      <meter
        className="intake-load-meter"
        min={0}
        max={pair.cap}
        high={pair.cap - 0.5}
        value={Math.min(pair.caseload, pair.cap)}
        aria-hidden="true"
      />
    </div>
  );
}
