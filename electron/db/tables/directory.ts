import type { Need } from '../../../shared/domain/assessment';
import type { Capacity } from '../../../shared/domain/directory';
import { HSDS_TABLE, HSDS_TABLES, type HsdsRow, type HsdsTable, type HsdsTableName } from '../../../shared/domain/hsds';
import type { Db } from '../open-database';
import { preparedFor, type Build } from '../prepared';

/**
 * The provider directory's tables (migration 0008): every directory_ table. Rows are written
 * whole by one upsert per table, built from its HSDS columns (shared/domain/hsds.ts), so the
 * import and the team's form save the same way; a changed row keeps its creator.
 */

const STAMPS = ['created_by', 'created_at', 'updated_by', 'updated_at'];

function upsertSql(table: HsdsTable): string {
  const columns = [...table.columns.map((column) => column.name), ...(table.stamped ? STAMPS : [])];
  const keep = new Set([...table.key, 'created_by', 'created_at']);
  const updates = columns.filter((name) => !keep.has(name)).map((name) => `${name} = excluded.${name}`);
  return `INSERT INTO directory_${table.name} (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})
    ON CONFLICT (${table.key.join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
}

const perTable = (build: (table: HsdsTable) => Build) =>
  Object.fromEntries(HSDS_TABLES.map((table) => [table.name, build(table)])) as Record<HsdsTableName, Build>;

const upserts = preparedFor(perTable((table) => (db) => db.prepare(upsertSql(table))));
const rowsById = preparedFor(
  perTable(
    (table) => (db) =>
      db.prepare(`SELECT ${table.columns.map((column) => column.name).join(', ')} FROM directory_${table.name} WHERE id = ?`),
  ),
);
const everyRow = preparedFor(
  perTable(
    (table) => (db) =>
      db.prepare(
        `SELECT ${table.columns.map((column) => column.name).join(', ')} FROM directory_${table.name} ORDER BY ${table.key.join(', ')}`,
      ),
  ),
);
const keysOf = preparedFor(
  perTable((table) => (db) => db.prepare(`SELECT ${table.key.join(" || ' ' || ")} FROM directory_${table.name}`).pluck()),
);

/** Writes a row whole: inserted, or updated by its key (created_by and created_at stay as they were). */
export function upsertDirectoryRow(db: Db, table: HsdsTableName, row: HsdsRow, stamp: { staffId: number; at: string }): void {
  const { stamped, columns } = HSDS_TABLE[table];
  const values: HsdsRow = {};
  for (const column of columns) values[column.name] = row[column.name] ?? column.default ?? null;
  if (stamped) Object.assign(values, { created_by: stamp.staffId, created_at: stamp.at, updated_by: stamp.staffId, updated_at: stamp.at });
  upserts(db)[table].run(values);
}

/** A row of a table with an `id`, as stored, or undefined. */
export function findDirectoryRow(db: Db, table: HsdsTableName, id: string): HsdsRow | undefined {
  return rowsById(db)[table].get(id) as HsdsRow | undefined;
}

/** Every row of a table, in key order: what an export writes. */
export function allDirectoryRows(db: Db, table: HsdsTableName): HsdsRow[] {
  return everyRow(db)[table].all() as HsdsRow[];
}

/** The keys a table holds (its id; a key of several columns joined by spaces). */
export function directoryKeys(db: Db, table: HsdsTableName): Set<string> {
  return new Set(keysOf(db)[table].all() as string[]);
}

const ATTRIBUTE_COLUMNS = 's.walk_in, s.no_id_needed, s.moud, s.harm_reduction, s.screens_warrants, s.part2_program';

/** A service at a location with its names and first address (the physical one when there is one). */
const PLACES = `FROM directory_service_at_locations sal
  JOIN directory_services s ON s.id = sal.service_id
  JOIN directory_organizations o ON o.id = s.organization_id
  JOIN directory_locations l ON l.id = sal.location_id
  LEFT JOIN directory_addresses a ON a.id = (
    SELECT id FROM directory_addresses WHERE location_id = l.id ORDER BY address_type <> 'physical', id LIMIT 1)`;
const PLACE_COLUMNS = `sal.id AS serviceAtLocationId, s.name AS serviceName, o.name AS organizationName,
  l.name AS locationName, a.address_1 AS address1, a.city`;

const statements = preparedFor({
  /**
   * Search as you type: every word typed must appear in the service's or organization's name,
   * other name or description; the need, each attribute asked for and the capacity narrow it.
   * Services no longer offered (inactive, defunct) are left out. A 2,000-service directory is
   * scanned in a few milliseconds (test/bench/directory-search.ts), so no text index is kept.
   */
  search: (db) =>
    db.prepare(
      `SELECT ${PLACE_COLUMNS}, s.capacity, s.capacity_confirmed_on AS capacityConfirmedOn,
         ${ATTRIBUTE_COLUMNS}, count(*) OVER () AS total
       ${PLACES}
       WHERE s.status IN ('active', 'temporarily closed')
         AND NOT EXISTS (
           SELECT 1 FROM json_each(@words) w WHERE NOT (
             s.name LIKE w.value ESCAPE '\\' OR o.name LIKE w.value ESCAPE '\\'
             OR ifnull(s.alternate_name, '') LIKE w.value ESCAPE '\\' OR ifnull(o.alternate_name, '') LIKE w.value ESCAPE '\\'
             OR ifnull(s.description, '') LIKE w.value ESCAPE '\\' OR ifnull(o.description, '') LIKE w.value ESCAPE '\\'))
         AND (@need IS NULL OR EXISTS (SELECT 1 FROM directory_service_needs n WHERE n.service_id = s.id AND n.need = @need))
         AND (@walk_in = 0 OR s.walk_in = 1) AND (@no_id_needed = 0 OR s.no_id_needed = 1) AND (@moud = 0 OR s.moud = 1)
         AND (@harm_reduction = 0 OR s.harm_reduction = 1) AND (@screens_warrants = 0 OR s.screens_warrants = 1)
         AND (@part2_program = 0 OR s.part2_program = 1)
         AND (@capacity IS NULL OR s.capacity = @capacity)
       ORDER BY s.name COLLATE NOCASE, o.name COLLATE NOCASE, sal.id
       LIMIT @limit`,
    ),
  placesOf: (db) => db.prepare(`SELECT ${PLACE_COLUMNS} ${PLACES} WHERE sal.id IN (SELECT value FROM json_each(?))`),
  serviceAtLocation: (db) => db.prepare(`SELECT id, service_id, location_id FROM directory_service_at_locations WHERE id = ?`),
  locationsOfService: (db) =>
    db.prepare(
      `SELECT sal.id AS sal_id, l.* FROM directory_service_at_locations sal JOIN directory_locations l ON l.id = sal.location_id
       WHERE sal.service_id = ? ORDER BY sal.created_at, sal.id`,
    ),
  addressOf: (db) => db.prepare(`SELECT * FROM directory_addresses WHERE location_id = ? ORDER BY address_type <> 'physical', id LIMIT 1`),
  needsOf: (db) => db.prepare(`SELECT need FROM directory_service_needs WHERE service_id = ? ORDER BY need`).pluck(),
  placeNames: (db) =>
    db.prepare(
      `SELECT sal.id, s.name AS serviceName, o.name AS organizationName FROM directory_service_at_locations sal
       JOIN directory_services s ON s.id = sal.service_id JOIN directory_organizations o ON o.id = s.organization_id`,
    ),
  organizationNames: (db) => db.prepare(`SELECT DISTINCT name FROM directory_organizations ORDER BY name COLLATE NOCASE`).pluck(),
  deleteNeeds: (db) => db.prepare(`DELETE FROM directory_service_needs WHERE service_id = ?`),
  languagesOf: (db) =>
    db.prepare(`SELECT id, name FROM directory_languages WHERE service_id = ? AND location_id IS NULL AND phone_id IS NULL ORDER BY id`),
  documentsOf: (db) => db.prepare(`SELECT id, document FROM directory_required_documents WHERE service_id = ? ORDER BY id`),
  accessibilityOf: (db) => db.prepare(`SELECT id, description FROM directory_accessibility WHERE location_id = ? ORDER BY id`),
  /** The phones a place's entry shows: its own, and those of its location or service given for no one place. */
  phonesOf: (db) =>
    db.prepare(
      `SELECT id, number, description FROM directory_phones
       WHERE service_at_location_id = @sal OR (service_at_location_id IS NULL AND (location_id = @location OR service_id = @service))
       ORDER BY id`,
    ),
  /** Likewise its opening windows. */
  schedulesOf: (db) =>
    db.prepare(
      `SELECT id, byday, opens_at, closes_at, description, notes FROM directory_schedules
       WHERE service_at_location_id = @sal OR (service_at_location_id IS NULL AND (
         (service_id = @service AND (location_id IS NULL OR location_id = @location)) OR (service_id IS NULL AND location_id = @location)))
       ORDER BY opens_at, id`,
    ),
  deleteLanguage: (db) => db.prepare(`DELETE FROM directory_languages WHERE id = ?`),
  deleteDocument: (db) => db.prepare(`DELETE FROM directory_required_documents WHERE id = ?`),
  deleteAccessibility: (db) => db.prepare(`DELETE FROM directory_accessibility WHERE location_id = ?`),
  deletePhone: (db) => db.prepare(`DELETE FROM directory_phones WHERE id = ?`),
  deleteSchedule: (db) => db.prepare(`DELETE FROM directory_schedules WHERE id = ?`),
  confirmCapacity: (db) =>
    db.prepare(`UPDATE directory_services SET capacity = ?, capacity_confirmed_on = ?, updated_by = ?, updated_at = ? WHERE id = ?`),
});

export interface SearchFilters {
  /** Each a LIKE pattern, escaped with \. */
  words: string[];
  need: Need | null;
  attributes: ReadonlySet<string>;
  capacity: Capacity | null;
  limit: number;
}

/** A place of the directory as a result or a referral names it. */
export interface PlaceRow {
  serviceAtLocationId: string;
  serviceName: string;
  organizationName: string;
  locationName: string | null;
  address1: string | null;
  city: string | null;
}

export interface SearchRow extends PlaceRow {
  capacity: Capacity | null;
  capacityConfirmedOn: string | null;
  walk_in: 0 | 1;
  no_id_needed: 0 | 1;
  moud: 0 | 1;
  harm_reduction: 0 | 1;
  screens_warrants: 0 | 1;
  part2_program: 0 | 1;
  total: number;
}

export function searchDirectory(db: Db, filters: SearchFilters): SearchRow[] {
  const flag = (name: string) => (filters.attributes.has(name) ? 1 : 0);
  return statements(db).search.all({
    words: JSON.stringify(filters.words),
    need: filters.need,
    walk_in: flag('walk_in'),
    no_id_needed: flag('no_id_needed'),
    moud: flag('moud'),
    harm_reduction: flag('harm_reduction'),
    screens_warrants: flag('screens_warrants'),
    part2_program: flag('part2_program'),
    capacity: filters.capacity,
    limit: filters.limit,
  }) as SearchRow[];
}

/** The places of these services at locations (any that are gone are left out). */
export function placesOf(db: Db, serviceAtLocationIds: readonly string[]): PlaceRow[] {
  return statements(db).placesOf.all(JSON.stringify(serviceAtLocationIds)) as PlaceRow[];
}

export function findServiceAtLocation(db: Db, id: string): { id: string; service_id: string; location_id: string } | undefined {
  return statements(db).serviceAtLocation.get(id) as { id: string; service_id: string; location_id: string } | undefined;
}

export type LocationRow = HsdsRow & { sal_id: string; id: string };

export function locationsOfService(db: Db, serviceId: string): LocationRow[] {
  return statements(db).locationsOfService.all(serviceId) as LocationRow[];
}

export function addressOf(db: Db, locationId: string): HsdsRow | undefined {
  return statements(db).addressOf.get(locationId) as HsdsRow | undefined;
}

export function needsOf(db: Db, serviceId: string): Need[] {
  return statements(db).needsOf.all(serviceId) as Need[];
}

/** The service's needs become exactly these. */
export function replaceNeeds(db: Db, serviceId: string, needs: readonly Need[]): void {
  statements(db).deleteNeeds.run(serviceId);
  for (const need of needs) upsertDirectoryRow(db, 'service_needs', { service_id: serviceId, need }, { staffId: 0, at: '' });
}

export function languagesOf(db: Db, serviceId: string): { id: string; name: string | null }[] {
  return statements(db).languagesOf.all(serviceId) as { id: string; name: string | null }[];
}

export function documentsOf(db: Db, serviceId: string): { id: string; document: string | null }[] {
  return statements(db).documentsOf.all(serviceId) as { id: string; document: string | null }[];
}

export function accessibilityOf(db: Db, locationId: string): { id: string; description: string | null }[] {
  return statements(db).accessibilityOf.all(locationId) as { id: string; description: string | null }[];
}

export interface PlaceKeys {
  sal: string;
  service: string;
  location: string;
}

export function phonesOf(db: Db, place: PlaceKeys): { id: string; number: string; description: string | null }[] {
  return statements(db).phonesOf.all(place) as { id: string; number: string; description: string | null }[];
}

export interface ScheduleRow {
  id: string;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
  notes: string | null;
}

export function schedulesOf(db: Db, place: PlaceKeys): ScheduleRow[] {
  return statements(db).schedulesOf.all(place) as ScheduleRow[];
}

export function deleteLanguage(db: Db, id: string): void {
  statements(db).deleteLanguage.run(id);
}

export function deleteDocument(db: Db, id: string): void {
  statements(db).deleteDocument.run(id);
}

export function deleteAccessibilityOf(db: Db, locationId: string): void {
  statements(db).deleteAccessibility.run(locationId);
}

export function deletePhone(db: Db, id: string): void {
  statements(db).deletePhone.run(id);
}

export function deleteSchedule(db: Db, id: string): void {
  statements(db).deleteSchedule.run(id);
}

export function confirmCapacity(db: Db, serviceId: string, change: { capacity: Capacity; on: string; staffId: number; at: string }): void {
  statements(db).confirmCapacity.run(change.capacity, change.on, change.staffId, change.at, serviceId);
}

/** Every organization's name, A to Z: what a consent can name a provider from. */
export function directoryOrganizationNames(db: Db): string[] {
  return statements(db).organizationNames.all() as string[];
}

/** Every service at a location with its service's and organization's names: what a typed referral is matched against. */
export function directoryPlaceNames(db: Db): { id: string; serviceName: string; organizationName: string }[] {
  return statements(db).placeNames.all() as { id: string; serviceName: string; organizationName: string }[];
}
