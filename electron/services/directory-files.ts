import { existsSync, realpathSync } from 'node:fs';
import { basename, join, relative, isAbsolute } from 'node:path';
import { fileNameOf, HSDS_TABLE, HSDS_TABLES } from '../../shared/domain/hsds';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import { allDirectoryRows, directoryKeys, findDirectoryRow, upsertDirectoryRow } from '../db/tables/directory';
import { writeFileAtomic } from '../fs-atomic';
import { searchRows } from './directory';
import { DATAPACKAGE_FILE, dataPackage, hsdsCsv, readHsdsFiles } from './hsds-files';
import { sameDeskAfterDialog } from './after-a-dialog';
import { linkTypedReferrals } from './service-referrals';

/** At most this many row messages in one reply: a wrong file has one problem on every row. */
const MAX_PROBLEMS = 50;

/**
 * Import: every row of every file is checked first (electron/services/hsds-files.ts); any problem
 * and nothing is saved, each bad row named. Then all files in one transaction: a row whose id the
 * directory holds is updated (columns the file lacks keep their values), the others added.
 */
function importFiles(context: SignedInContext, files: readonly { name: string; text: string }[]): Record<string, number> {
  const { db } = context;
  const read = readHsdsFiles(files, (table) => directoryKeys(db, table));
  if (read.problems.length) {
    const shown = read.problems.slice(0, MAX_PROBLEMS);
    const more = read.problems.length - shown.length;
    throw new UserError(
      'INVALID_INPUT',
      `Nothing was imported: ${read.problems.length === 1 ? 'one problem needs' : `${read.problems.length} problems need`} fixing in the files first.`,
      Object.fromEntries([...shown, ...(more > 0 ? [`…and ${more} more.`] : [])].map((problem, index) => [`files.${index}`, problem])),
    );
  }
  const stamp = { staffId: context.user.id, at: context.desk.now() };
  const counts: Record<string, number> = {};
  try {
    context.transaction(() => {
      for (const file of read.files) {
        const hasId = HSDS_TABLE[file.table].key.includes('id');
        for (const { values } of file.rows) {
          const before = hasId ? findDirectoryRow(db, file.table, String(values.id)) : undefined;
          upsertDirectoryRow(db, file.table, { ...before, ...values }, stamp);
        }
        counts[fileNameOf(file.table)] = file.rows.length;
      }
      context.audit({ subjectType: 'directory', detail: { counts, linkedReferrals: linkTypedReferrals(db) } });
    });
  } catch (error) {
    // A service offered twice at one place under two ids: the files agree with themselves but not with the directory.
    if (error instanceof Error && /UNIQUE constraint failed: directory_service_at_locations/.test(error.message)) {
      throw new UserError(
        'INVALID_INPUT',
        'Nothing was imported: service_at_locations.csv names a service at a place the directory already has under another id.',
      );
    }
    throw error;
  }
  return counts;
}

/** True when `folder` is the data folder or inside it: the directory's files never go there. */
function insideDataFolder(folder: string, dataDir: string): boolean {
  const path = relative(realpathSync(dataDir), realpathSync(folder));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

export const directoryFilesHandlers: Pick<Handlers, 'directory.import' | 'directory.export'> = {
  'directory.import': (input, context) => {
    const counts = importFiles(context, input.files);
    return { counts, results: searchRows(context.db, input.search, context.desk.today()) };
  },

  'directory.export': async (_input, context) => {
    const chooser = context.desk.options.folders;
    if (!chooser) throw new UserError('INTERNAL', 'Exporting to a folder is not available on this computer.');
    const folder = await chooser.choose('Choose a folder for the directory’s CSV files');
    if (folder === null) return { saved: false };
    if (!sameDeskAfterDialog(context))
      throw new UserError('NOT_SIGNED_IN', 'The desk was locked while the folder was chosen. Sign in and export again.');
    if (!existsSync(folder)) throw new UserError('NOT_FOUND', 'That folder no longer exists. Choose another.');
    if (insideDataFolder(folder, context.desk.options.dataDir)) {
      throw new UserError('INVALID_INPUT', 'Choose a folder outside LEAD Desk’s own data folder.');
    }
    // Each file is replaced whole; datapackage.json, which names them, is written last.
    const db = context.db;
    const written = HSDS_TABLES.map((table) => {
      writeFileAtomic(join(folder, fileNameOf(table.name)), hsdsCsv(table.name, allDirectoryRows(db, table.name)));
      return fileNameOf(table.name);
    });
    writeFileAtomic(join(folder, DATAPACKAGE_FILE), dataPackage());
    context.audit({ subjectType: 'directory', detail: { files: written.length + 1 } });
    return { saved: true, files: [...written, DATAPACKAGE_FILE], folderName: basename(folder) };
  },
};
