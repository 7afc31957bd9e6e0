import { NEEDS } from './assessment';
import { CAPACITIES } from './directory';

/**
 * The files of HSDS 3.0's tabular data package the provider directory reads and writes, with
 * their columns as stored (electron/db/migrations/0008-provider-directory.ts): HSDS's names, and
 * LEAD's extensions marked. Each file is `<name>.csv`; each table is `directory_<name>`. Columns a
 * file has that are not listed here are HSDS fields this desk does not keep: they are ignored.
 */

export type ColumnKind =
  | { kind: 'id' }
  | { kind: 'ref'; table: HsdsTableName }
  | { kind: 'text'; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'date' }
  | { kind: 'time' }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'integer'; min: number; max: number };

export interface HsdsColumn {
  name: string;
  type: ColumnKind;
  required?: boolean;
  /** LEAD's own column, not part of HSDS. */
  extension?: boolean;
  /** What an empty cell, or a file without the column, stores: the table's own default. */
  default?: string | number;
}

export interface HsdsTable {
  name: HsdsTableName;
  /** Who created and last changed each row is kept (not part of the files). */
  stamped: boolean;
  /** LEAD's own table, not part of HSDS. */
  extension?: boolean;
  /** The columns that name a row: `id`, or for a table without one, all of its key. */
  key: readonly string[];
  columns: readonly HsdsColumn[];
}

export const HSDS_TABLE_NAMES = [
  'organizations',
  'services',
  'service_needs',
  'locations',
  'addresses',
  'service_at_locations',
  'phones',
  'schedules',
  'languages',
  'accessibility',
  'required_documents',
] as const;
export type HsdsTableName = (typeof HSDS_TABLE_NAMES)[number];

const id: HsdsColumn = { name: 'id', type: { kind: 'id' }, required: true };
const ref = (name: string, table: HsdsTableName, required = false): HsdsColumn => ({ name, type: { kind: 'ref', table }, required });
const text = (name: string, max = 500, required = false): HsdsColumn => ({ name, type: { kind: 'text', max }, required });
const flag = (name: string): HsdsColumn => ({ name, type: { kind: 'flag' }, extension: true, default: 0 });
const LONG = 2000;

/** In the order a file must be loaded: a table's references come before it. */
export const HSDS_TABLES: readonly HsdsTable[] = [
  {
    name: 'organizations',
    stamped: true,
    key: ['id'],
    columns: [
      id,
      text('name', 200, true),
      text('alternate_name', 200),
      text('description', LONG),
      text('email', 200),
      text('website', 300),
    ],
  },
  {
    name: 'services',
    stamped: true,
    key: ['id'],
    columns: [
      id,
      ref('organization_id', 'organizations', true),
      text('name', 200, true),
      text('alternate_name', 200),
      text('description', LONG),
      text('url', 300),
      text('email', 200),
      { name: 'status', type: { kind: 'enum', values: ['active', 'inactive', 'defunct', 'temporarily closed'] }, default: 'active' },
      text('interpretation_services', 500),
      text('application_process', 1000),
      text('fees_description', 500),
      text('eligibility_description', 1000),
      text('wait_time', 200),
      text('alert', 500),
      flag('walk_in'),
      flag('no_id_needed'),
      flag('moud'),
      flag('harm_reduction'),
      flag('screens_warrants'),
      flag('part2_program'),
      { name: 'capacity', type: { kind: 'enum', values: CAPACITIES }, extension: true },
      { name: 'capacity_confirmed_on', type: { kind: 'date' }, extension: true },
    ],
  },
  {
    name: 'service_needs',
    stamped: false,
    extension: true,
    key: ['service_id', 'need'],
    columns: [
      ref('service_id', 'services', true),
      {
        name: 'need',
        type: {
          kind: 'enum',
          values: NEEDS,
        },
        required: true,
      },
    ],
  },
  {
    name: 'locations',
    stamped: true,
    key: ['id'],
    columns: [
      id,
      { name: 'location_type', type: { kind: 'enum', values: ['physical', 'postal', 'virtual'] }, default: 'physical' },
      ref('organization_id', 'organizations'),
      text('name', 200),
      text('alternate_name', 200),
      text('description', LONG),
      text('transportation', 300),
      { name: 'latitude', type: { kind: 'number', min: -90, max: 90 } },
      { name: 'longitude', type: { kind: 'number', min: -180, max: 180 } },
      { ...text('cross_streets', 200), extension: true },
    ],
  },
  {
    name: 'addresses',
    stamped: false,
    key: ['id'],
    columns: [
      id,
      ref('location_id', 'locations', true),
      text('attention', 200),
      text('address_1', 200, true),
      text('address_2', 200),
      text('city', 100, true),
      text('region', 100),
      text('state_province', 50, true),
      text('postal_code', 10, true),
      { ...text('country', 2), default: 'US' },
      { name: 'address_type', type: { kind: 'enum', values: ['physical', 'postal', 'virtual'] }, default: 'physical' },
    ],
  },
  {
    name: 'service_at_locations',
    stamped: true,
    key: ['id'],
    columns: [id, ref('service_id', 'services', true), ref('location_id', 'locations', true), text('description', LONG)],
  },
  {
    name: 'phones',
    stamped: false,
    key: ['id'],
    columns: [
      id,
      ref('location_id', 'locations'),
      ref('service_id', 'services'),
      ref('organization_id', 'organizations'),
      ref('service_at_location_id', 'service_at_locations'),
      text('number', 30, true),
      text('extension', 20),
      { name: 'type', type: { kind: 'enum', values: ['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'] } },
      text('description', 200),
    ],
  },
  {
    name: 'schedules',
    stamped: false,
    key: ['id'],
    columns: [
      id,
      ref('service_id', 'services'),
      ref('location_id', 'locations'),
      ref('service_at_location_id', 'service_at_locations'),
      { name: 'valid_from', type: { kind: 'date' } },
      { name: 'valid_to', type: { kind: 'date' } },
      { name: 'freq', type: { kind: 'enum', values: ['WEEKLY', 'MONTHLY'] } },
      { name: 'interval', type: { kind: 'integer', min: 1, max: 52 } },
      text('byday', 100),
      { name: 'opens_at', type: { kind: 'time' } },
      { name: 'closes_at', type: { kind: 'time' } },
      text('description', 500),
      text('notes', 500),
    ],
  },
  {
    name: 'languages',
    stamped: false,
    key: ['id'],
    columns: [
      id,
      ref('service_id', 'services'),
      ref('location_id', 'locations'),
      ref('phone_id', 'phones'),
      text('name', 60),
      text('code', 20),
      text('note', 300),
    ],
  },
  {
    name: 'accessibility',
    stamped: false,
    key: ['id'],
    columns: [id, ref('location_id', 'locations'), text('description', 500), text('details', 500), text('url', 300)],
  },
  {
    name: 'required_documents',
    stamped: false,
    key: ['id'],
    columns: [id, ref('service_id', 'services'), text('document', 200), text('uri', 300)],
  },
];

export const HSDS_TABLE: Record<HsdsTableName, HsdsTable> = Object.fromEntries(HSDS_TABLES.map((table) => [table.name, table])) as Record<
  HsdsTableName,
  HsdsTable
>;

export const fileNameOf = (table: HsdsTableName) => `${table}.csv`;

/** A row as stored: column name to value (flags as 0 or 1, absent values as null). */
export type HsdsRow = Record<string, string | number | null>;
