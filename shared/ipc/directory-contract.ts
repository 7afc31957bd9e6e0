import { z } from 'zod';
import { Need } from '../domain/assessment';
import type { IsoDate } from '../domain/calendar';
import { Attribute, Capacity, Day, directoryEntryInput, HsdsId, type DirectoryEntryInput } from '../domain/directory';
import { INTAKE_ROLES, TEAM_ROLES } from '../roles';
import { blankablePlainText } from '../text';
import { channel, type SchemaClock } from './channel';

/**
 * The provider directory (docs/architecture.md, "The provider directory"). Not participant data,
 * so nothing here reaches a timeline, but only the team uses it: administrators hold no records
 * key and see none of it. Supervisors and case managers keep it; the whole team searches it.
 */

export const SEARCH_LIMIT = 50;

export const DirectorySearch = z
  .object({
    text: blankablePlainText('Search', 100),
    need: Need.nullable(),
    attributes: z.array(Attribute).max(6),
    capacity: Capacity.nullable(),
  })
  .strict();
export type DirectorySearch = z.input<typeof DirectorySearch>;

/** One result: small, so a search as you type stays fast. */
export const DirectoryRow = z.object({
  serviceAtLocationId: HsdsId,
  serviceName: z.string(),
  organizationName: z.string(),
  place: z.string(),
  capacity: Capacity.nullable(),
  capacityConfirmedOn: z.string().nullable(),
  notConfirmed: z.boolean(),
  attributes: z.array(Attribute),
});
export type DirectoryRow = z.infer<typeof DirectoryRow>;

export const DirectoryResults = z.object({ rows: z.array(DirectoryRow), total: z.number().int().nonnegative() });
export type DirectoryResults = z.infer<typeof DirectoryResults>;

const PhoneView = z.object({ id: HsdsId, number: z.string(), description: z.string() });
const WindowView = z.object({
  id: HsdsId,
  days: z.array(Day),
  opensAt: z.string(),
  closesAt: z.string(),
  /** HSDS's plain-language description, as imported or as written here. */
  description: z.string(),
  notes: z.string(),
});

export const LocationView = z.object({
  serviceAtLocationId: HsdsId,
  id: HsdsId,
  name: z.string(),
  address1: z.string(),
  city: z.string(),
  stateProvince: z.string(),
  postalCode: z.string(),
  crossStreets: z.string(),
  transportation: z.string(),
  accessibility: z.string(),
  phones: z.array(PhoneView),
  schedule: z.array(WindowView),
});
export type LocationView = z.infer<typeof LocationView>;

/** A service in full with every place it is offered: what the detail view shows and the form edits. */
export const DirectoryEntryView = z.object({
  serviceId: HsdsId,
  organization: z.object({ id: HsdsId, name: z.string(), description: z.string(), website: z.string() }),
  service: z.object({
    name: z.string(),
    description: z.string(),
    eligibilityDescription: z.string(),
    feesDescription: z.string(),
    applicationProcess: z.string(),
    attributes: z.array(Attribute),
    needs: z.array(Need),
    capacity: Capacity.nullable(),
    capacityConfirmedOn: z.string().nullable(),
    languages: z.array(z.string()),
    requiredDocuments: z.array(z.string()),
  }),
  notConfirmed: z.boolean(),
  locations: z.array(LocationView),
});
export type DirectoryEntryView = z.infer<typeof DirectoryEntryView>;

/** The HSDS tabular data package's files, as the team picks them: names and text. */
export const IMPORT_MAX_FILES = 12;
/** A city's directory of a few thousand services fits; far more would be a mistaken file. */
export const IMPORT_MAX_BYTES = 4 * 1024 * 1024;
export const IMPORT_MAX_TOTAL_BYTES = 8 * 1024 * 1024;
export const ImportFile = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, { error: 'A file name may hold letters, digits, _ . and - only.' }),
    text: z.string().max(IMPORT_MAX_BYTES, { error: 'A file may be at most 4 MiB.' }),
  })
  .strict();

/** The rows imported per file, and the caller's search asked again: the list shows what came in. */
export const ImportSummary = z.object({ counts: z.record(z.string(), z.number().int().nonnegative()), results: DirectoryResults });
export type ImportSummary = z.infer<typeof ImportSummary>;

const entryInput = ({ today }: SchemaClock) => directoryEntryInput(today as IsoDate);
const saved = z.object({ serviceAtLocationId: HsdsId }).strict();

export const directoryChannels = {
  /** Search as you type: by name and description, need, attributes and capacity; stable order. */
  'directory.search': channel({ access: TEAM_ROLES, audit: 'none', input: DirectorySearch, output: DirectoryResults }),
  /** Every organization's name, for a consent to name a provider from the directory (a typed name matches the same). */
  'directory.organizationNames': channel({ access: TEAM_ROLES, audit: 'none', input: z.object({}).strict(), output: z.array(z.string()) }),
  /** One service at a location, with the rest of its service, in full. */
  'directory.entry': channel({ access: TEAM_ROLES, audit: 'none', input: saved, output: DirectoryEntryView }),
  /** Creates or changes an entry; the reply is the entry as saved. */
  'directory.save': channel({ access: INTAKE_ROLES, audit: 'write', input: entryInput, output: DirectoryEntryView }),
  /** Records today's capacity, as the provider confirmed it. */
  'directory.confirmCapacity': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    input: z.object({ serviceAtLocationId: HsdsId, capacity: Capacity }).strict(),
    output: DirectoryEntryView,
  }),
  /** Loads an HSDS tabular data package: every row of every file checked, then all in one transaction or nothing. */
  'directory.import': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    input: z
      .object({
        files: z.array(ImportFile).min(1, { error: 'Choose the CSV files to import.' }).max(IMPORT_MAX_FILES),
        search: DirectorySearch,
      })
      .strict(),
    output: ImportSummary,
    maxInputBytes: IMPORT_MAX_TOTAL_BYTES,
  }),
  /** Writes the whole directory as an HSDS tabular data package into a folder the person chooses. */
  'directory.export': channel({
    access: INTAKE_ROLES,
    audit: 'write',
    input: z.object({}).strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), files: z.array(z.string()), folderName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  }),
} as const;

/** What the form starts from to edit an entry: the view, less what only the view shows. */
export function editableEntry(view: DirectoryEntryView): DirectoryEntryInput {
  return {
    serviceId: view.serviceId,
    organization: view.organization,
    service: view.service,
    locations: view.locations.map((location) => ({
      ...location,
      schedule: location.schedule.map((window) => ({
        id: window.id,
        days: window.days,
        opensAt: window.opensAt,
        closesAt: window.closesAt,
        notes: window.notes,
      })),
    })),
  };
}
