import { useId, useState } from 'react';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_FILES,
  IMPORT_MAX_TOTAL_BYTES,
  type DirectorySearch,
  type ImportSummary,
} from '../../../../shared/ipc/directory-contract';
import { call, invalid } from '../../lead';
import { ActionForm } from '../../ui/ActionForm';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/use-action';
import { setResults, useDirectory } from './directory-store';

/**
 * HSDS CSV files in and out (docs/architecture.md, "The provider directory"). Import sends the
 * chosen files' names and text in one call; the main process checks every row and imports all or
 * nothing, naming each bad row. Export writes the files into a folder the person chooses.
 */
export function DirectoryFiles({ close }: { close(): void }) {
  return (
    <section aria-labelledby="directory-files-title" className="directory-panel">
      <h2 id="directory-files-title">Import and export</h2>
      <p>
        Files in Open Referral’s HSDS format (one CSV per table, such as organizations.csv and services.csv), as a 211 or city directory
        exports them. An entry whose id is already in the directory is updated.
      </p>
      <ImportForm />
      <ExportButton />
      <Button onClick={() => close()}>Close</Button>
    </section>
  );
}

async function readChosen(files: readonly File[], search: DirectorySearch) {
  if (files.length === 0) return invalid({ files: 'Choose the CSV files to import.' });
  if (files.length > IMPORT_MAX_FILES) return invalid({ files: `Choose at most ${IMPORT_MAX_FILES} files.` });
  const large = files.find((file) => file.size > IMPORT_MAX_BYTES);
  if (large) return invalid({ files: `${large.name} is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB. Nothing was imported.` });
  // Checked before any file is read: the main process would refuse the call anyway, after the renderer held it all.
  if (files.reduce((sum, file) => sum + file.size, 0) > IMPORT_MAX_TOTAL_BYTES) {
    return invalid({
      files: `These files come to more than ${IMPORT_MAX_TOTAL_BYTES / 1024 / 1024} MiB together. Import them a few at a time. Nothing was imported.`,
    });
  }
  const chosen = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  return call('directory.import', { files: chosen, search });
}

function ImportForm() {
  const id = useId();
  const search = useDirectory((state) => state.search);
  const [files, setFiles] = useState<File[]>([]);
  const [done, setDone] = useState<ImportSummary | null>(null);
  // The reply carries the search asked again, so the list shows what came in.
  const importing = useAction(readChosen, (summary) => {
    setDone(summary);
    setResults(summary.results);
  });
  const rows = Object.values(importing.error?.fields ?? {});
  const imported = done ? Object.values(done.counts).reduce((sum, count) => sum + count, 0) : 0;

  return (
    <ActionForm
      action={importing}
      submitLabel="Import files"
      busyLabel="Importing…"
      onSubmit={() => {
        setDone(null);
        void importing.run(files, search);
      }}
      errorTitle={importing.error?.message ?? 'Nothing was imported'}
      errors={rows.length ? rows : importing.error ? [importing.error.message] : []}
    >
      <div className="field">
        <label htmlFor={id}>CSV files to import</label>
        <input id={id} type="file" multiple accept=".csv,.json,text/csv" onChange={(event) => setFiles([...(event.target.files ?? [])])} />
      </div>
      {done && (
        <Alert tone="success">{`Imported ${imported} ${imported === 1 ? 'row' : 'rows'} from ${Object.keys(done.counts).length} files.`}</Alert>
      )}
    </ActionForm>
  );
}

function ExportButton() {
  const [said, setSaid] = useState<string | null>(null);
  const exporting = useAction(
    () => call('directory.export', {}),
    (result) =>
      setSaid(result.saved ? `The directory was exported: ${result.files.length} files in the folder ${result.folderName}.` : null),
  );
  return (
    <>
      <p>
        <Button busyLabel={exporting.busy && 'Exporting…'} onClick={() => void exporting.run()}>
          Export the directory
        </Button>
      </p>
      {exporting.formError && <Alert tone="error">{exporting.formError}</Alert>}
      {said && <Alert tone="success">{said}</Alert>}
    </>
  );
}
