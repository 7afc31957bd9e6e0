import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryEntryInput } from '../../../shared/domain/directory';
import { editableEntry, type DirectorySearch } from '../../../shared/ipc/directory-contract';
import { localDate } from '../../../electron/local-date';
import { loadSyntheticDirectory, syntheticDirectory } from '../../../electron/synthetic/synthetic-directory';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { TEAM, setUpTeam, signInAdmin, signInAs } from '../../support/intake';

const ANY: DirectorySearch = { text: '', need: null, attributes: [], capacity: null };

describe('the provider directory: search, entries, roles and bad input', () => {
  let t: CoreUnderTest;
  let today: string;
  let recoveryKey: string;

  const search = async (filters: Partial<DirectorySearch>) => (await t.ok('directory.search', { ...ANY, ...filters })).rows;
  const names = async (filters: Partial<DirectorySearch>) => (await search(filters)).map((row) => row.serviceName);
  const count = (table: string) =>
    withDatabase(t, recoveryKey, (db) => db.prepare(`SELECT count(*) FROM directory_${table}`).pluck().get()) as number;

  beforeEach(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    await setUpTeam(t);
    today = localDate(t.clock.now());
    await loadSyntheticDirectory((entry) => t.ok('directory.save', entry), today);
  });
  afterEach(() => t.dispose());

  it('finds services by words typed, in a stable order', async () => {
    expect(await names({ text: 'buprenorphine' })).toEqual(['Same-Day Buprenorphine Start (fictional)']);
    // Every word must match somewhere: the organization's name and the service's description here.
    expect(await names({ text: 'eastside same day' })).toEqual(['Same-Day Buprenorphine Start (fictional)']);
    expect(await names({ text: 'SHELTER' })).toEqual(['Drop-in Shelter Intake (fictional)']);
    expect(await names({ text: '100%' })).toEqual([]);
    const all = await names({});
    expect(all).toHaveLength(12);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('filters by need, by each attribute and by capacity', async () => {
    expect(await names({ need: 'id_documents' })).toEqual(['ID Replacement Help (fictional)']);
    expect(await names({ attributes: ['walk_in', 'no_id_needed'] })).toEqual([
      'Drop-in Shelter Intake (fictional)',
      'Hot Meals and Pantry (fictional)',
      'Street Medicine Van (fictional)',
    ]);
    expect(await names({ attributes: ['moud'] })).toEqual([
      'Methadone Program Intake (fictional)',
      'Same-Day Buprenorphine Start (fictional)',
    ]);
    expect(await names({ attributes: ['screens_warrants'] })).toEqual(['Withdrawal Management Beds (fictional)']);
    expect(await names({ capacity: 'no_capacity' })).toEqual(['Withdrawal Management Beds (fictional)']);
    expect(await names({ need: 'substance_use_treatment', attributes: ['walk_in'] })).toEqual(['Same-Day Buprenorphine Start (fictional)']);
  });

  it('flags capacity not confirmed in 90 days, and clears the flag when confirmed', async () => {
    const rows = await search({});
    const flagged = rows.filter((row) => row.notConfirmed).map((row) => row.serviceName);
    expect(flagged.sort()).toEqual([
      'Hot Meals and Pantry (fictional)',
      'Rapid Rehousing Referrals (fictional)',
      'Walk-in Counseling (fictional)',
    ]);
    const counseling = rows.find((row) => row.serviceName === 'Walk-in Counseling (fictional)')!;
    const confirmed = await t.ok('directory.confirmCapacity', {
      serviceAtLocationId: counseling.serviceAtLocationId,
      capacity: 'has_capacity',
    });
    expect(confirmed.notConfirmed).toBe(false);
    expect(confirmed.service.capacityConfirmedOn).toBe(today);
    t.clock.advanceMinutes(91 * 24 * 60);
    const later = await t.ok('directory.entry', { serviceAtLocationId: counseling.serviceAtLocationId });
    expect(later.notConfirmed).toBe(true);
  });

  it('shows one entry in full and saves an edit in place, keeping the place’s id', async () => {
    const [row] = await search({ text: 'methadone' });
    const entry = await t.ok('directory.entry', { serviceAtLocationId: row!.serviceAtLocationId });
    expect(entry.locations[0]!.schedule.map((window) => `${window.days.join(',')} ${window.opensAt}-${window.closesAt}`)).toEqual([
      'MO,TU,WE,TH,FR 06:00-10:00',
      'MO,TU,WE,TH,FR 13:00-15:00',
    ]);
    const form = editableEntry(entry);
    const [location] = form.locations;
    const edited: DirectoryEntryInput = {
      ...form,
      service: { ...form.service, name: 'Methadone Intake (fictional)', needs: ['substance_use_treatment', 'mental_health'] },
      locations: [
        {
          ...location!,
          phones: [...location!.phones, { number: '410-555-0199', description: 'Nurse line' }],
          schedule: [location!.schedule[0]!],
        },
      ],
    };
    const saved = await t.ok('directory.save', edited);
    expect(saved.locations[0]!.serviceAtLocationId).toBe(row!.serviceAtLocationId);
    expect(saved.locations[0]!.phones.map((phone) => phone.number)).toEqual(expect.arrayContaining(['410-555-0103', '410-555-0199']));
    expect(saved.locations[0]!.schedule).toHaveLength(1);
    expect(saved.service.needs).toEqual(['mental_health', 'substance_use_treatment']);
    expect(await names({ need: 'mental_health' })).toContain('Methadone Intake (fictional)');
    expect(count('services')).toBe(12);
  });

  it('never lets a new place take over another entry’s location, however the call is made', async () => {
    const [pantry, other] = (await search({})).slice(0, 2);
    const taken = (await t.ok('directory.entry', { serviceAtLocationId: other!.serviceAtLocationId })).locations[0]!;
    const entry = editableEntry(await t.ok('directory.entry', { serviceAtLocationId: pantry!.serviceAtLocationId }));
    const { serviceAtLocationId: _kept, ...place } = entry.locations[0]!;
    const crafted = { ...entry, locations: [...entry.locations, { ...place, id: taken.id, address1: '1 Taken Over St.' }] };
    const saved = await t.ok('directory.save', crafted);
    expect(saved.locations.map((location) => location.id)).not.toContain(taken.id);
    expect((await t.ok('directory.entry', { serviceAtLocationId: other!.serviceAtLocationId })).locations[0]).toEqual(taken);
  });

  it('names every organization once, A to Z, for a consent to name a provider from', async () => {
    const organizations = syntheticDirectory(today).map((entry) => entry.organization.name);
    const listed = await t.ok('directory.organizationNames', {});
    expect(listed).toEqual([...new Set(organizations)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(listed).toContain('Harbor Light Housing (fictional)');
    await signInAdmin(t);
    const admin = await t.call('directory.organizationNames', {});
    expect(admin.ok || admin.error.code).toBe('FORBIDDEN');
  });

  it('lets supervisors and case managers keep it, peers search it, and administrators neither', async () => {
    const [entry] = syntheticDirectory(today);
    await signInAs(t, TEAM.peer);
    expect((await search({ text: 'pantry' })).length).toBe(1);
    expect((await t.call('directory.save', entry!)).ok).toBe(false);
    const refused = await t.call('directory.import', { files: [{ name: 'organizations.csv', text: 'id,name\n' }], search: ANY });
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    await signInAs(t, TEAM.supervisor);
    expect((await t.call('directory.save', entry!)).ok).toBe(true);
    await signInAdmin(t);
    const admin = await t.call('directory.search', ANY);
    expect(admin.ok || admin.error.code).toBe('FORBIDDEN');
  });

  it('refuses a 5,000-character description and markup, saving nothing', async () => {
    const [entry] = syntheticDirectory(today);
    const long = await t.call('directory.save', { ...entry!, service: { ...entry!.service, description: 'x'.repeat(5000) } });
    expect(long.ok || long.error.fields).toEqual({ 'service.description': 'Description must be at most 2000 characters.' });
    const markup = await t.call('directory.save', { ...entry!, organization: { ...entry!.organization, name: '<b>Clinic</b>' } });
    expect(markup.ok || markup.error.message).toBe('Organization name cannot contain < or > or control characters.');
    const phone = await t.call('directory.save', {
      ...entry!,
      locations: [{ ...entry!.locations[0]!, phones: [{ number: 'call us', description: '' }] }],
    });
    expect(phone.ok || phone.error.message).toMatch(/ten digits/);
    const hours = await t.call('directory.save', {
      ...entry!,
      locations: [{ ...entry!.locations[0]!, schedule: [{ days: ['MO'], opensAt: '17:00', closesAt: '09:00', notes: '' }] }],
    });
    expect(hours.ok || hours.error.message).toBe('Closing time must be after opening time.');
    expect(count('services')).toBe(12);
    expect(count('organizations')).toBe(12);
  });
});
