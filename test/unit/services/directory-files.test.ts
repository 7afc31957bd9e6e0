import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectorySearch } from '../../../shared/ipc/directory-contract';
import { localDate } from '../../../electron/local-date';
import { loadSyntheticDirectory } from '../../../electron/synthetic/synthetic-directory';
import type { FolderChooser } from '../../../electron/directory/folder-chooser';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { completeAssessment, enrollPerson } from '../../support/caseload';
import { TEAM, setUpTeam, signInAs } from '../../support/intake';

/** A tabular data package with one row in every table: invented, fictional, 555 numbers. */
const PACKAGE: Record<string, string> = {
  'organizations.csv': 'id,name,description,website\norg-1,Sample Harbor Outreach (fictional),"Outreach, meals and showers",\n',
  'services.csv':
    'id,organization_id,name,description,status,walk_in,no_id_needed,moud,capacity,capacity_confirmed_on\n' +
    'svc-1,org-1,Shower Drop-in (fictional),"Hot showers; towels given",active,true,yes,false,has_capacity,2026-01-05\n',
  'service_needs.csv': 'service_id,need\nsvc-1,physical_health\n',
  'locations.csv':
    'id,organization_id,name,transportation,latitude,longitude,cross_streets\nloc-1,org-1,Harbor Hall,Route 88 (fictional),39.29,-76.61,Sample St. & Example Ave.\n',
  'addresses.csv':
    'id,location_id,address_1,city,state_province,postal_code,country,address_type\nadr-1,loc-1,1 Sample Harbor Pl.,Baltimore,MD,21201,US,physical\n',
  'service_at_locations.csv': 'id,service_id,location_id,description\nsal-1,svc-1,loc-1,\n',
  'phones.csv': 'id,service_at_location_id,number,type,description\nph-1,sal-1,410-555-0150,voice,Front desk\n',
  'schedules.csv':
    'id,service_at_location_id,freq,byday,opens_at,closes_at,description,notes\n' +
    'sch-1,sal-1,WEEKLY,"MO,WE",08:00,11:00,Mornings,\nsch-2,sal-1,WEEKLY,"MO,WE",14:00:00,16:00:00,Afternoons,Bring a towel if you can\n',
  'languages.csv': 'id,service_id,name,code\nlang-1,svc-1,Spanish,es\n',
  'accessibility.csv': 'id,location_id,description\nacc-1,loc-1,Ramp at the side door\n',
  'required_documents.csv': 'id,service_id,document\ndoc-1,svc-1,None\n',
};
const JORDAN = { name: 'Jordan Testcase', dateOfBirth: '1990-05-12' };
const ANY: DirectorySearch = { text: '', need: null, attributes: [], capacity: null };
const files = (overrides: Record<string, string> = {}) =>
  Object.entries({ ...PACKAGE, ...overrides }).map(([name, text]) => ({ name, text }));

describe('the provider directory: HSDS CSV import and export', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  let exportDir: string;
  let pairId: number;
  const folders: FolderChooser = { choose: () => Promise.resolve(exportDir) };
  const count = (table: string) =>
    withDatabase(t, recoveryKey, (db) => db.prepare(`SELECT count(*) FROM directory_${table}`).pluck().get()) as number;
  const problems = async (overrides: Record<string, string>) => {
    const reply = await t.call('directory.import', { files: files(overrides), search: ANY });
    if (reply.ok) throw new Error('the import was accepted');
    return { message: reply.error.message, rows: Object.values(reply.error.fields ?? {}) };
  };

  beforeEach(async () => {
    exportDir = mkdtempSync(join(tmpdir(), 'lead-directory-export-'));
    t = makeCore({ folders });
    recoveryKey = await setUpDesk(t);
    ({ pairId } = await setUpTeam(t));
  });
  afterEach(() => {
    t.dispose();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('imports a good package, a row in every table, in one go', async () => {
    const summary = await t.ok('directory.import', { files: files(), search: ANY });
    expect(summary.results.rows.map((row) => row.serviceAtLocationId)).toEqual(['sal-1']);
    expect(summary.counts).toMatchObject({ 'services.csv': 1, 'schedules.csv': 2, 'required_documents.csv': 1, 'service_needs.csv': 1 });
    const entry = await t.ok('directory.entry', { serviceAtLocationId: 'sal-1' });
    expect(entry.service).toMatchObject({
      name: 'Shower Drop-in (fictional)',
      attributes: ['walk_in', 'no_id_needed'],
      needs: ['physical_health'],
    });
    expect(entry.service.languages).toEqual(['Spanish']);
    expect(entry.locations[0]).toMatchObject({
      name: 'Harbor Hall',
      address1: '1 Sample Harbor Pl.',
      crossStreets: 'Sample St. & Example Ave.',
      accessibility: 'Ramp at the side door',
      phones: [{ number: '410-555-0150', description: 'Front desk' }],
    });
    expect(entry.locations[0]!.schedule.map((window) => `${window.days.join(',')} ${window.opensAt}-${window.closesAt}`)).toEqual([
      'MO,WE 08:00-11:00',
      'MO,WE 14:00-16:00',
    ]);
    const found = await t.ok('directory.search', { text: 'shower', need: 'physical_health', attributes: ['walk_in'], capacity: null });
    expect(found.rows.map((row) => row.serviceAtLocationId)).toEqual(['sal-1']);
  });

  it('links an open referral typed with an imported service’s name to its place', async () => {
    const jordan = await enrollPerson(t, JORDAN, pairId, new Date(t.clock.now().getTime() - 3_600_000).toISOString());
    await completeAssessment(t, jordan, JORDAN);
    await signInAs(t, TEAM.peer);
    await t.ok('services.refer', {
      participantId: jordan,
      referral: { need: 'housing', provider: 'shower  drop-in (FICTIONAL)', referredOn: localDate(t.clock.now()), handoff: 'slip_only' },
    });
    await signInAs(t, TEAM.caseManager);
    await t.ok('directory.import', { files: files(), search: ANY });
    const linked = withDatabase(t, recoveryKey, (db) => db.prepare('SELECT service_at_location_id FROM service_referrals').pluck().all());
    expect(linked).toEqual(['sal-1']);
  });

  it('updates rows it already holds when the same ids come again, keeping columns a file leaves out', async () => {
    await t.ok('directory.import', { files: files(), search: ANY });
    await t.ok('directory.import', {
      files: [{ name: 'services.csv', text: 'id,organization_id,name\nsvc-1,org-1,Shower and Laundry Drop-in (fictional)\n' }],
      search: ANY,
    });
    expect(count('services')).toBe(1);
    expect(count('schedules')).toBe(2);
    const entry = await t.ok('directory.entry', { serviceAtLocationId: 'sal-1' });
    expect(entry.service).toMatchObject({
      name: 'Shower and Laundry Drop-in (fictional)',
      capacity: 'has_capacity',
      attributes: ['walk_in', 'no_id_needed'],
    });
  });

  it('names every bad row and imports nothing', async () => {
    const bad = await problems({
      'services.csv':
        'id,organization_id,name,walk_in,capacity\n' +
        'svc-1,org-1,Shower Drop-in (fictional),true,has_capacity\n' +
        'svc-2,x,Laundry (fictional),maybe,plenty\n' +
        'svc-3,org-1,<script>Clinic</script>,false,\n' +
        'svc-1,org-1,Again (fictional),false,\n',
      'phones.csv': 'id,service_at_location_id,number\nph-1,sal-9,410-555-0150\n',
    });
    expect(bad.message).toBe('Nothing was imported: 2 problems need fixing in the files first.');
    expect(bad.rows).toEqual([
      "services.csv row 3: walk_in 'maybe' must be true or false; capacity 'plenty' is not one of has_capacity, no_capacity, waitlist, assessment_needed.",
      'services.csv row 4: name cannot contain < or > or control characters.',
    ]);
    // References and repeated ids are checked once every cell reads well.
    const refs = await problems({
      'services.csv':
        'id,organization_id,name\nsvc-1,org-1,Shower Drop-in (fictional)\nsvc-2,x,Laundry (fictional)\nsvc-1,org-1,Again (fictional)\n',
      'phones.csv': 'id,service_at_location_id,number\nph-1,sal-9,410-555-0150\n',
    });
    expect(refs.rows).toEqual([
      "services.csv row 4: id 'svc-1' is also in row 2.",
      "services.csv row 3: organization_id 'x' is not in organizations.csv.",
      "phones.csv row 2: service_at_location_id 'sal-9' is not in service_at_locations.csv.",
    ]);
    expect(count('organizations')).toBe(0);
    expect(count('services')).toBe(0);
  });

  it('refuses what is not the package: an unknown file, a missing column, a broken CSV', async () => {
    const bad = await problems({
      'notes.csv': 'a,b\n1,2\n',
      'addresses.csv': 'id,location_id,city\nadr-1,loc-1,Baltimore\n',
      'languages.csv': 'id,service_id,name\n"lang-1,svc-1,Spanish\n',
    });
    expect(bad.rows).toEqual([
      expect.stringMatching(/^addresses\.csv: the columns address_1, state_province, postal_code must be in its first row\.$/),
      expect.stringMatching(/^languages\.csv: this is not a readable CSV file/),
      expect.stringMatching(/^notes\.csv is not one of the directory's files/),
    ]);
    expect(count('organizations')).toBe(0);
  });

  it('exports the directory as a tabular data package that imports back the same', async () => {
    const today = localDate(t.clock.now());
    await loadSyntheticDirectory((entry) => t.ok('directory.save', entry), today);
    const before = await t.ok('directory.search', { text: '', need: null, attributes: [], capacity: null });
    const exported = await t.ok('directory.export', {});
    expect(exported).toMatchObject({ saved: true });
    expect(readdirSync(exportDir).sort()).toEqual([
      'accessibility.csv',
      'addresses.csv',
      'datapackage.json',
      'languages.csv',
      'locations.csv',
      'organizations.csv',
      'phones.csv',
      'required_documents.csv',
      'schedules.csv',
      'service_at_locations.csv',
      'service_needs.csv',
      'services.csv',
    ]);
    const pkg = JSON.parse(readFileSync(join(exportDir, 'datapackage.json'), 'utf8')) as { profile: string; resources: { path: string }[] };
    expect(pkg.profile).toBe('tabular-data-package');
    const written = readdirSync(exportDir).map((name) => ({ name, text: readFileSync(join(exportDir, name), 'utf8') }));

    const fresh = makeCore({ folders });
    try {
      await setUpDesk(fresh);
      await setUpTeam(fresh);
      await fresh.ok('directory.import', { files: written, search: ANY });
      const after = await fresh.ok('directory.search', { text: '', need: null, attributes: [], capacity: null });
      expect(after).toEqual(before);
      const id = before.rows[0]!.serviceAtLocationId;
      expect(await fresh.ok('directory.entry', { serviceAtLocationId: id })).toEqual(
        await t.ok('directory.entry', { serviceAtLocationId: id }),
      );
    } finally {
      fresh.dispose();
    }
  });

  it('never writes into the data folder, and saves nothing when the person cancels', async () => {
    exportDir = t.dataDir;
    const refused = await t.call('directory.export', {});
    expect(refused.ok || refused.error.message).toBe('Choose a folder outside LEAD Desk’s own data folder.');
    const cancelling = makeCore({ folders: { choose: () => Promise.resolve(null) } });
    try {
      await setUpDesk(cancelling);
      await setUpTeam(cancelling);
      expect(await cancelling.ok('directory.export', {})).toEqual({ saved: false });
    } finally {
      cancelling.dispose();
    }
  });

  it('writes nothing when the desk locked while the folder was being chosen', async () => {
    const locking = makeCore({ folders: { choose: async () => (await locking.call('session.lock', {}), exportDir) } });
    try {
      await setUpDesk(locking);
      await setUpTeam(locking);
      const reply = await locking.call('directory.export', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
      expect(readdirSync(exportDir)).toEqual([]);
    } finally {
      locking.dispose();
    }
  });
});
