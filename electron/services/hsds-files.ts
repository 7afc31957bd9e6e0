import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isIsoDate } from '../../shared/domain/calendar';
import { HSDS_ID, TIME } from '../../shared/domain/directory';
import { fileNameOf, HSDS_TABLE, HSDS_TABLES, type HsdsColumn, type HsdsRow, type HsdsTableName } from '../../shared/domain/hsds';
import { plainTextProblem } from '../../shared/text';

/**
 * Reading and writing HSDS's tabular data package (docs/architecture.md, "The provider
 * directory"): one CSV per table, named as HSDS names them, and a datapackage.json describing
 * them. Reading checks every row of every file before anything is saved; each problem is said
 * as "services.csv row 14: …", counting the header as row 1, as a spreadsheet shows it.
 */

export interface ParsedFile {
  table: HsdsTableName;
  /** Only the columns the file has: a column it lacks keeps what the directory holds. */
  columns: string[];
  rows: { row: number; values: HsdsRow }[];
}

export interface ReadResult {
  files: ParsedFile[];
  problems: string[];
}

/** The ids each table already holds (a key of several columns joined by a space). */
export type KnownKeys = (table: HsdsTableName) => Set<string>;

const DATAPACKAGE = 'datapackage.json';
const FILE_NAMES = new Map(HSDS_TABLES.map((table) => [fileNameOf(table.name), table.name]));
const shown = (value: string) => `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
const FLAGS: Record<string, 0 | 1> = { true: 1, false: 0, yes: 1, no: 0, '1': 1, '0': 0 };

/** Why `raw` does not fit `column`, or its stored value. */
function cell(column: HsdsColumn, raw: string): { value: string | number | null } | { problem: string } {
  const value = raw.trim();
  if (value === '') return column.required ? { problem: `${column.name} is required` } : { value: column.default ?? null };
  const { type } = column;
  switch (type.kind) {
    case 'id':
    case 'ref':
      return HSDS_ID.test(value)
        ? { value }
        : { problem: `${column.name} ${shown(value)} is not an id (letters, digits and . _ : - only)` };
    case 'text': {
      if (value.length > type.max) return { problem: `${column.name} is longer than ${type.max} characters` };
      const problem = plainTextProblem(value);
      return problem ? { problem: `${column.name} ${problem.replace(/\.$/, '')}` } : { value };
    }
    case 'enum': {
      const match = type.values.find((known) => known.toLowerCase() === value.toLowerCase());
      return match ? { value: match } : { problem: `${column.name} ${shown(value)} is not one of ${type.values.join(', ')}` };
    }
    case 'flag': {
      const flag = FLAGS[value.toLowerCase()];
      return flag === undefined ? { problem: `${column.name} ${shown(value)} must be true or false` } : { value: flag };
    }
    case 'date':
      return isIsoDate(value) ? { value } : { problem: `${column.name} ${shown(value)} is not a date (YYYY-MM-DD)` };
    case 'time':
      return TIME.test(value) ? { value: value.slice(0, 5) } : { problem: `${column.name} ${shown(value)} is not a time (HH:MM)` };
    case 'number':
    case 'integer': {
      const number = Number(value);
      const whole = type.kind === 'integer' ? Number.isInteger(number) : Number.isFinite(number);
      return whole && number >= type.min && number <= type.max
        ? { value: number }
        : {
            problem: `${column.name} ${shown(value)} is not ${type.kind === 'integer' ? 'a whole number' : 'a number'} from ${type.min} to ${type.max}`,
          };
    }
  }
}

function parseRecords(name: string, text: string): string[][] | string {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return `${name}: this is not a readable CSV file${typeof line === 'number' ? ` (near line ${line})` : ''}. Save it from the spreadsheet as CSV and try again.`;
  }
}

/**
 * Reads the chosen files and checks every row: each cell by its column, each id once per file,
 * and each reference to a row of another file or of the directory. Any problem, and nothing is
 * to be saved.
 */
export function readHsdsFiles(chosen: readonly { name: string; text: string }[], known: KnownKeys): ReadResult {
  const problems: string[] = [];
  const parsed: ParsedFile[] = [];
  const seen = new Set<string>();
  for (const file of chosen) {
    if (file.name === DATAPACKAGE) continue;
    const table = FILE_NAMES.get(file.name);
    if (!table) {
      problems.push(`${file.name} is not one of the directory's files (${[...FILE_NAMES.keys()].join(', ')}).`);
      continue;
    }
    if (seen.has(file.name)) {
      problems.push(`${file.name} was chosen twice.`);
      continue;
    }
    seen.add(file.name);
    const records = parseRecords(file.name, file.text);
    if (typeof records === 'string') {
      problems.push(records);
      continue;
    }
    const [header, ...rows] = records;
    if (!header) {
      problems.push(`${file.name} is empty: its first row must name the columns.`);
      continue;
    }
    const names = header.map((name) => name.trim());
    const spec = HSDS_TABLE[table].columns;
    const missing = spec.filter((column) => column.required && !names.includes(column.name));
    if (missing.length) {
      problems.push(
        `${file.name}: the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => c.name).join(', ')} must be in its first row.`,
      );
      continue;
    }
    const columns = spec.filter((column) => names.includes(column.name));
    parsed.push({
      table,
      columns: columns.map((column) => column.name),
      rows: rows.map((record, index) => {
        const values: HsdsRow = {};
        const rowProblems: string[] = [];
        for (const column of columns) {
          const checked = cell(column, record[names.indexOf(column.name)] ?? '');
          if ('problem' in checked) rowProblems.push(checked.problem);
          else values[column.name] = checked.value;
        }
        if (rowProblems.length) problems.push(`${file.name} row ${index + 2}: ${rowProblems.join('; ')}.`);
        return { row: index + 2, values };
      }),
    });
  }
  if (problems.length === 0) problems.push(...checkKeys(parsed, known));
  return { files: HSDS_TABLES.flatMap((table) => parsed.filter((file) => file.table === table.name)), problems };
}

const keyOf = (table: HsdsTableName, values: HsdsRow) => HSDS_TABLE[table].key.map((name) => String(values[name])).join(' ');

/** Each id once per file, and every reference to a row that will exist. */
function checkKeys(files: readonly ParsedFile[], known: KnownKeys): string[] {
  const problems: string[] = [];
  const inFiles = new Map<HsdsTableName, Map<string, number>>();
  for (const file of files) {
    const keys = new Map<string, number>();
    for (const { row, values } of file.rows) {
      const key = keyOf(file.table, values);
      const first = keys.get(key);
      if (first !== undefined)
        problems.push(
          `${fileNameOf(file.table)} row ${row}: ${HSDS_TABLE[file.table].key.join(' and ')} ${shown(key)} is also in row ${first}.`,
        );
      else keys.set(key, row);
    }
    inFiles.set(file.table, keys);
  }
  const cache = new Map<HsdsTableName, Set<string>>();
  const exists = (table: HsdsTableName, id: string) => {
    if (inFiles.get(table)?.has(id)) return true;
    if (!cache.has(table)) cache.set(table, known(table));
    return cache.get(table)!.has(id);
  };
  for (const file of files) {
    const refs = HSDS_TABLE[file.table].columns.filter((column) => column.type.kind === 'ref');
    for (const { row, values } of file.rows) {
      const missing = refs
        .filter((column) => values[column.name] !== null && values[column.name] !== undefined)
        .filter((column) => column.type.kind === 'ref' && !exists(column.type.table, String(values[column.name])))
        .map(
          (column) =>
            `${column.name} ${shown(String(values[column.name]))} is not in ${fileNameOf((column.type as { table: HsdsTableName }).table)}`,
        );
      if (missing.length) problems.push(`${fileNameOf(file.table)} row ${row}: ${missing.join('; ')}.`);
    }
  }
  return problems;
}

/** One table as a CSV: HSDS's columns in order, flags as true and false. */
export function hsdsCsv(table: HsdsTableName, rows: readonly HsdsRow[]): string {
  const { columns } = HSDS_TABLE[table];
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column.name];
      if (column.type.kind === 'flag') return value === 1 ? 'true' : 'false';
      return value === null || value === undefined ? '' : String(value);
    }),
  );
  return stringify([columns.map((column) => column.name), ...cells]);
}

const FIELD_TYPES: Record<HsdsColumn['type']['kind'], string> = {
  id: 'string',
  ref: 'string',
  text: 'string',
  enum: 'string',
  flag: 'boolean',
  date: 'date',
  time: 'time',
  number: 'number',
  integer: 'integer',
};

/** The package's description (Frictionless's tabular data package), LEAD's extensions marked as such. */
export function dataPackage(): string {
  const resources = HSDS_TABLES.map((table) => ({
    name: table.name,
    path: fileNameOf(table.name),
    profile: 'tabular-data-resource',
    ...(table.extension ? { description: 'LEAD Desk extension: not part of HSDS.' } : {}),
    schema: {
      fields: table.columns.map((column) => ({
        name: column.name,
        type: FIELD_TYPES[column.type.kind],
        ...(column.required ? { constraints: { required: true } } : {}),
        ...(column.extension ? { description: 'LEAD Desk extension: not part of HSDS.' } : {}),
      })),
      primaryKey: [...table.key],
    },
  }));
  return `${JSON.stringify({ name: 'lead-desk-provider-directory', profile: 'tabular-data-package', resources }, null, 2)}\n`;
}

export const DATAPACKAGE_FILE = DATAPACKAGE;
