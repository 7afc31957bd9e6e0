import { hasRole, INTAKE_ROLES } from '../../../../shared/roles';
import type { PageProps } from '../../app/pages';
import { Button } from '../../ui/Button';
import { Expandable } from '../../ui/Expandable';
import { Heading } from '../../ui/Heading';
import { DirectoryFiles } from './DirectoryFiles';
import { DirectorySearchPanel } from './DirectorySearchPanel';
import { EntryDetails } from './EntryDetails';
import { EntryForm } from './EntryForm';
import { showScreen, useDirectory } from './directory-store';
import '../../styles/directory.css';

/**
 * The provider directory (docs/architecture.md, "The provider directory"): everyone on the team
 * searches it as they type; supervisors and case managers add and edit entries, confirm
 * capacity, and import or export HSDS files.
 */
export function DirectoryPage({ view }: PageProps) {
  const screen = useDirectory((state) => state.screen);
  const keeps = hasRole(INTAKE_ROLES, view.user.role);
  if (screen.kind === 'entry') return <EntryDetails serviceAtLocationId={screen.serviceAtLocationId} shown={screen.entry} keeps={keeps} />;
  if (screen.kind === 'edit' && keeps) return <EntryForm serviceAtLocationId={screen.serviceAtLocationId} editing={screen.entry} />;
  return (
    <>
      <Heading>Provider directory</Heading>
      <p>
        Places to refer people to. Type a name or what you are looking for; narrow by need, by what the place offers and by capacity.
        Capacity not confirmed in 90 days is flagged.
      </p>
      {keeps && (
        <div className="directory-toolbar">
          <Button variant="primary" onClick={() => showScreen({ kind: 'edit', serviceAtLocationId: null, entry: null })}>
            Add a provider
          </Button>
          <Expandable label="Import or export HSDS files">{(close) => <DirectoryFiles close={close} />}</Expandable>
        </div>
      )}
      <DirectorySearchPanel />
    </>
  );
}
