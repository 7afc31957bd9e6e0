import { useState } from 'react';
import type { StaffMember } from '../../../../shared/ipc/staff-contract';
import type { PairView } from '../../../../shared/ipc/pairs-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { SelectField } from '../../ui/Field';
import { useAction } from '../../ui/use-action';

interface CreatePairFormProps {
  staff: readonly StaffMember[];
  pairs: readonly PairView[];
  onCreated(pair: PairView): void;
}

/** A pair is one active case manager and one active peer, neither already in an active pair. */
export function CreatePairForm({ staff, pairs, onCreated }: CreatePairFormProps) {
  const [caseManagerId, setCaseManagerId] = useState('');
  const [peerId, setPeerId] = useState('');
  const paired = new Set(pairs.filter((pair) => pair.active).flatMap((pair) => [pair.caseManager.id, pair.peer.id]));
  const free = (role: StaffMember['role']) => staff.filter((member) => member.role === role && member.enabled && !paired.has(member.id));
  const caseManagers = free('case_manager');
  const peers = free('peer');

  const create = useAction(
    async () => {
      const fields: Record<string, string> = {};
      if (!caseManagerId) fields.caseManagerId = 'Choose a case manager.';
      if (!peerId) fields.peerId = 'Choose a peer recovery specialist.';
      if (Object.keys(fields).length) return invalid(fields);
      return call('pairs.create', { caseManagerId: Number(caseManagerId), peerId: Number(peerId) });
    },
    (pair) => {
      setCaseManagerId('');
      setPeerId('');
      onCreated(pair);
    },
    ['caseManagerId', 'peerId'],
  );

  const options = (members: StaffMember[], none: string) => [
    { value: '', label: members.length ? none : 'No one available' },
    ...members.map((member) => ({ value: String(member.id), label: member.displayName })),
  ];

  return (
    <ActionForm action={create} submitLabel="Create pair" busyLabel="Creating…" onSubmit={() => void create.run()}>
      <div className="field-row">
        <SelectField
          label="Case manager"
          hint={
            caseManagers.length
              ? 'Active case managers not already in a pair.'
              : 'Every active case manager is in a pair. Add one on the Staff page.'
          }
          value={caseManagerId}
          options={options(caseManagers, 'Choose a case manager')}
          onChange={setCaseManagerId}
          error={create.fieldError('caseManagerId')}
        />
        <SelectField
          label="Peer recovery specialist"
          hint={peers.length ? 'Active peers not already in a pair.' : 'Every active peer is in a pair. Add one on the Staff page.'}
          value={peerId}
          options={options(peers, 'Choose a peer')}
          onChange={setPeerId}
          error={create.fieldError('peerId')}
        />
      </div>
    </ActionForm>
  );
}
