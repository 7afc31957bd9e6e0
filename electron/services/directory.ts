import { randomUUID } from 'node:crypto';
import {
  ATTRIBUTES,
  DAYS,
  describeWindow,
  notConfirmed,
  type Attribute,
  type Day,
  type DirectoryEntry,
} from '../../shared/domain/directory';
import type { HsdsRow } from '../../shared/domain/hsds';
import { SEARCH_LIMIT, type DirectoryEntryView, type DirectoryRow, type LocationView } from '../../shared/ipc/directory-contract';
import type { Handlers, SignedInContext } from '../ipc/router';
import { UserError } from '../ipc/user-error';
import type { Db } from '../db/open-database';
import { linkTypedReferrals } from './service-referrals';
import {
  accessibilityOf,
  addressOf,
  confirmCapacity,
  deleteAccessibilityOf,
  deleteDocument,
  deleteLanguage,
  deletePhone,
  deleteSchedule,
  documentsOf,
  directoryOrganizationNames,
  findDirectoryRow,
  findServiceAtLocation,
  languagesOf,
  locationsOfService,
  needsOf,
  phonesOf,
  replaceNeeds,
  schedulesOf,
  searchDirectory,
  upsertDirectoryRow,
  type PlaceKeys,
  type PlaceRow,
} from '../db/tables/directory';

/**
 * The provider directory (docs/architecture.md, "The provider directory"): search, one entry in
 * full, the team's edits and capacity confirmations. Directory rows are not participant data:
 * writes are audited with ids only, and nothing goes on a timeline.
 */

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const orNull = (value: string) => (value === '' ? null : value);

/** A typed word as a LIKE pattern: % _ and \ match themselves. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function attributesOf(row: Partial<Record<Attribute, unknown>>): Attribute[] {
  return ATTRIBUTES.filter((attribute) => row[attribute] === 1);
}

/** Where a place is, in a line: "Harbor Light Shelter · 101 Sample Harbor St., Baltimore". */
export function placeOf(row: PlaceRow): string {
  const street = [row.address1, row.city].filter(Boolean).join(', ');
  return [row.locationName, street].filter(Boolean).join(' · ');
}

export function searchRows(
  db: Db,
  input: Parameters<Handlers['directory.search']>[0],
  today: string,
): { rows: DirectoryRow[]; total: number } {
  const rows = searchDirectory(db, {
    words: input.text.split(/\s+/).filter(Boolean).slice(0, 8).map(likePattern),
    need: input.need,
    attributes: new Set(input.attributes),
    capacity: input.capacity,
    limit: SEARCH_LIMIT,
  });
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => ({
      serviceAtLocationId: row.serviceAtLocationId,
      serviceName: row.serviceName,
      organizationName: row.organizationName,
      place: placeOf(row),
      capacity: row.capacity,
      capacityConfirmedOn: row.capacityConfirmedOn,
      notConfirmed: notConfirmed(row.capacityConfirmedOn, today),
      attributes: attributesOf(row),
    })),
  };
}

/** "MO,TU" as days; codes HSDS allows but a week cannot show ("1MO", the first Monday) are left out. */
const daysOf = (byday: string | null): Day[] =>
  (byday ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code): code is Day => (DAYS as readonly string[]).includes(code));

function locationView(db: Db, serviceId: string, location: HsdsRow & { sal_id: string; id: string }): LocationView {
  const place: PlaceKeys = { sal: location.sal_id, service: serviceId, location: location.id };
  const address = addressOf(db, location.id);
  return {
    serviceAtLocationId: location.sal_id,
    id: location.id,
    name: text(location.name),
    address1: text(address?.address_1),
    city: text(address?.city),
    stateProvince: text(address?.state_province),
    postalCode: text(address?.postal_code),
    crossStreets: text(location.cross_streets),
    transportation: text(location.transportation),
    accessibility: accessibilityOf(db, location.id)
      .map((row) => text(row.description))
      .filter(Boolean)
      .join('\n'),
    phones: phonesOf(db, place).map((phone) => ({ id: phone.id, number: phone.number, description: text(phone.description) })),
    schedule: schedulesOf(db, place).map((window) => ({
      id: window.id,
      days: daysOf(window.byday),
      opensAt: text(window.opens_at).slice(0, 5),
      closesAt: text(window.closes_at).slice(0, 5),
      description: text(window.description),
      notes: text(window.notes),
    })),
  };
}

export function entryView(db: Db, serviceId: string, today: string): DirectoryEntryView {
  const service = findDirectoryRow(db, 'services', serviceId);
  if (!service) throw new UserError('NOT_FOUND', 'That directory entry does not exist.');
  const organization = findDirectoryRow(db, 'organizations', String(service.organization_id))!;
  const confirmedOn = service.capacity_confirmed_on === null ? null : String(service.capacity_confirmed_on);
  return {
    serviceId,
    organization: {
      id: String(organization.id),
      name: text(organization.name),
      description: text(organization.description),
      website: text(organization.website),
    },
    service: {
      name: text(service.name),
      description: text(service.description),
      eligibilityDescription: text(service.eligibility_description),
      feesDescription: text(service.fees_description),
      applicationProcess: text(service.application_process),
      attributes: attributesOf(service),
      needs: needsOf(db, serviceId),
      capacity: (service.capacity as DirectoryEntryView['service']['capacity']) ?? null,
      capacityConfirmedOn: confirmedOn,
      languages: languagesOf(db, serviceId)
        .map((row) => text(row.name))
        .filter(Boolean),
      requiredDocuments: documentsOf(db, serviceId)
        .map((row) => text(row.document))
        .filter(Boolean),
    },
    notConfirmed: notConfirmed(confirmedOn, today),
    locations: locationsOfService(db, serviceId).map((location) => locationView(db, serviceId, location)),
  };
}

function requirePlace(context: SignedInContext, serviceAtLocationId: string) {
  const place = findServiceAtLocation(context.db, serviceAtLocationId);
  if (!place) throw new UserError('NOT_FOUND', 'That directory entry does not exist.');
  return place;
}

/**
 * Saves an entry as the form sent it, in one transaction: the organization, the service and each
 * place, with their phones, opening windows, languages and documents. Columns the form does not
 * show (an imported service's wait time, a phone's type) keep what they held, and an existing
 * place keeps its service-at-location id, since referrals will point at it.
 */
export function saveEntry(context: SignedInContext, entry: DirectoryEntry): string {
  const { db, user } = context;
  const stamp = { staffId: user.id, at: context.desk.now() };
  const merge = (table: 'organizations' | 'services' | 'locations', id: string, changes: HsdsRow): HsdsRow => ({
    ...(findDirectoryRow(db, table, id) ?? {}),
    id,
    ...changes,
  });
  const existingService = entry.serviceId ? findDirectoryRow(db, 'services', entry.serviceId) : undefined;
  if (entry.serviceId && !existingService) throw new UserError('NOT_FOUND', 'That directory entry does not exist.');
  if (entry.organization.id && !findDirectoryRow(db, 'organizations', entry.organization.id)) {
    throw new UserError('NOT_FOUND', 'That organization is not in the directory.');
  }
  const serviceId = entry.serviceId ?? randomUUID();
  const existingPlaces = entry.serviceId ? locationsOfService(db, serviceId) : [];
  const kept = new Set(entry.locations.map((location) => location.serviceAtLocationId).filter(Boolean));
  for (const place of entry.locations) {
    if (place.serviceAtLocationId && !existingPlaces.some((known) => known.sal_id === place.serviceAtLocationId)) {
      throw new UserError('NOT_FOUND', 'One of these places is not part of this entry.');
    }
  }
  if (existingPlaces.some((place) => !kept.has(place.sal_id))) {
    throw new UserError('CONFLICT', 'A place cannot be removed from an entry: referrals may point at it. Change its details instead.', {
      locations: 'Keep every place this entry already has.',
    });
  }

  let firstPlace = '';
  context.transaction(() => {
    const organizationId = entry.organization.id ?? randomUUID();
    upsertDirectoryRow(
      db,
      'organizations',
      merge('organizations', organizationId, {
        name: entry.organization.name,
        description: orNull(entry.organization.description),
        website: orNull(entry.organization.website),
      }),
      stamp,
    );
    const { service } = entry;
    upsertDirectoryRow(
      db,
      'services',
      merge('services', serviceId, {
        organization_id: organizationId,
        name: service.name,
        description: orNull(service.description),
        eligibility_description: orNull(service.eligibilityDescription),
        fees_description: orNull(service.feesDescription),
        application_process: orNull(service.applicationProcess),
        status: existingService?.status ?? 'active',
        ...Object.fromEntries(ATTRIBUTES.map((attribute) => [attribute, service.attributes.includes(attribute) ? 1 : 0])),
        capacity: service.capacity,
        capacity_confirmed_on: service.capacityConfirmedOn,
      }),
      stamp,
    );
    replaceNeeds(db, serviceId, service.needs);
    saveNamed(
      languagesOf(db, serviceId).map((row) => ({ id: row.id, value: text(row.name) })),
      service.languages,
      (id) => deleteLanguage(db, id),
      (name) => upsertDirectoryRow(db, 'languages', { id: randomUUID(), service_id: serviceId, name }, stamp),
    );
    saveNamed(
      documentsOf(db, serviceId).map((row) => ({ id: row.id, value: text(row.document) })),
      service.requiredDocuments,
      (id) => deleteDocument(db, id),
      (document) => upsertDirectoryRow(db, 'required_documents', { id: randomUUID(), service_id: serviceId, document }, stamp),
    );
    entry.locations.forEach((location, index) => {
      const known = existingPlaces.find((place) => place.sal_id === location.serviceAtLocationId);
      // A new place is a new location: an id the caller sends could name another entry's location.
      const locationId = known?.id ?? randomUUID();
      const sal = known?.sal_id ?? randomUUID();
      if (index === 0) firstPlace = sal;
      upsertDirectoryRow(
        db,
        'locations',
        merge('locations', locationId, {
          organization_id: known?.organization_id ?? organizationId,
          location_type: known?.location_type ?? 'physical',
          name: orNull(location.name),
          cross_streets: orNull(location.crossStreets),
          transportation: orNull(location.transportation),
        }),
        stamp,
      );
      const address = addressOf(db, locationId);
      upsertDirectoryRow(
        db,
        'addresses',
        {
          ...(address ?? { id: randomUUID(), country: 'US', address_type: 'physical' }),
          location_id: locationId,
          address_1: location.address1,
          city: location.city,
          state_province: location.stateProvince,
          postal_code: location.postalCode,
        },
        stamp,
      );
      deleteAccessibilityOf(db, locationId);
      if (location.accessibility) {
        upsertDirectoryRow(db, 'accessibility', { id: randomUUID(), location_id: locationId, description: location.accessibility }, stamp);
      }
      if (!known) upsertDirectoryRow(db, 'service_at_locations', { id: sal, service_id: serviceId, location_id: locationId }, stamp);
      const place: PlaceKeys = { sal, service: serviceId, location: locationId };
      savePhones(db, place, location.phones, stamp);
      saveSchedule(db, place, location.schedule, stamp);
    });
    const linkedReferrals = linkTypedReferrals(db);
    context.audit({
      subjectType: 'directory_service',
      subjectId: serviceId,
      detail: { serviceId, organizationId, created: !existingService, linkedReferrals },
    });
  });
  return firstPlace;
}

/** A list of names (languages, documents): rows whose name is gone are removed, new names added, the rest kept as they were. */
function saveNamed(
  rows: { id: string; value: string }[],
  wanted: readonly string[],
  remove: (id: string) => void,
  add: (value: string) => void,
): void {
  for (const row of rows) if (!wanted.includes(row.value)) remove(row.id);
  for (const value of wanted) if (!rows.some((row) => row.value === value)) add(value);
}

type Stamp = { staffId: number; at: string };

/** The phones the place shows: each sent with its id is changed in place, new ones belong to this place, the missing are removed. */
function savePhones(db: Db, place: PlaceKeys, phones: DirectoryEntry['locations'][number]['phones'], stamp: Stamp): void {
  const shown = new Set(phonesOf(db, place).map((phone) => phone.id));
  const sent = new Set(phones.map((phone) => phone.id).filter((id) => id !== undefined && shown.has(id)));
  for (const id of shown) if (!sent.has(id)) deletePhone(db, id);
  for (const phone of phones) {
    const known = phone.id && shown.has(phone.id) ? findDirectoryRow(db, 'phones', phone.id) : undefined;
    const row: HsdsRow = known
      ? { ...known, number: phone.number, description: orNull(phone.description) }
      : {
          id: randomUUID(),
          service_at_location_id: place.sal,
          service_id: place.service,
          location_id: place.location,
          number: phone.number,
          type: 'voice',
          description: orNull(phone.description),
        };
    upsertDirectoryRow(db, 'phones', row, stamp);
  }
}

function saveSchedule(db: Db, place: PlaceKeys, windows: DirectoryEntry['locations'][number]['schedule'], stamp: Stamp): void {
  const shown = new Set(schedulesOf(db, place).map((window) => window.id));
  const sent = new Set(windows.map((window) => window.id).filter((id) => id !== undefined && shown.has(id)));
  for (const id of shown) if (!sent.has(id)) deleteSchedule(db, id);
  for (const window of windows) {
    const known = window.id && shown.has(window.id) ? findDirectoryRow(db, 'schedules', window.id) : undefined;
    upsertDirectoryRow(
      db,
      'schedules',
      {
        ...(known ?? { id: randomUUID(), service_at_location_id: place.sal, service_id: place.service, location_id: place.location }),
        freq: 'WEEKLY',
        byday: window.days.join(','),
        opens_at: window.opensAt,
        closes_at: window.closesAt,
        description: describeWindow(window),
        notes: orNull(window.notes),
      },
      stamp,
    );
  }
}

export const directoryHandlers: Pick<
  Handlers,
  'directory.search' | 'directory.organizationNames' | 'directory.entry' | 'directory.save' | 'directory.confirmCapacity'
> = {
  'directory.search': (input, context) => searchRows(context.db, input, context.desk.today()),

  'directory.organizationNames': (_input, context) => directoryOrganizationNames(context.db),

  'directory.entry': (input, context) => {
    const place = requirePlace(context, input.serviceAtLocationId);
    return entryView(context.db, place.service_id, context.desk.today());
  },

  'directory.save': (input, context) => {
    const sal = saveEntry(context, input);
    return entryView(context.db, findServiceAtLocation(context.db, sal)!.service_id, context.desk.today());
  },

  'directory.confirmCapacity': (input, context) => {
    const place = requirePlace(context, input.serviceAtLocationId);
    const today = context.desk.today();
    context.transaction(() => {
      confirmCapacity(context.db, place.service_id, {
        capacity: input.capacity,
        on: today,
        staffId: context.user.id,
        at: context.desk.now(),
      });
      context.audit({ subjectType: 'directory_service', subjectId: place.service_id, detail: { serviceId: place.service_id } });
    });
    return entryView(context.db, place.service_id, today);
  },
};
