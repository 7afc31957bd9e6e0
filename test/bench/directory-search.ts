import { NEEDS } from '../../shared/domain/assessment';
import { ATTRIBUTES, CAPACITIES } from '../../shared/domain/directory';
import type { DirectorySearch } from '../../shared/ipc/directory-contract';
import { createLeadCore } from '../../electron/lead-core';
import { SeededRandom } from '../../electron/synthetic/seeded-random';
import { makeDataDir, removeDataDir } from '../support/data-dir';
import { FAST_SCRYPT } from '../support/core';
import { summarize, type Timing } from './measure';

/**
 * The provider directory at a city's size: 2,000 invented services, loaded through
 * `directory.import` as a 211's HSDS files would be, then searched as a person types, keystroke
 * by keystroke, through the router (validation, roles and all) on the encrypted database. Needs
 * no decade dataset: `BENCH_ONLY=directory npm run bench` runs it alone. Target: p95 under 20 ms.
 */

const SERVICES = 2_000;
const WORDS = [
  'Recovery',
  'Shelter',
  'Pantry',
  'Clinic',
  'Housing',
  'Counseling',
  'Outreach',
  'Legal',
  'Benefits',
  'Workforce',
  'Harbor',
  'Bridge',
];
const KINDS = ['Intake', 'Drop-in', 'Program', 'Services', 'Help Desk', 'Navigation', 'Van', 'Center'];
const TYPED = ['methadone', 'shelter intake', 'food pantry', 'harbor clinic', 'legal help', 'counseling'];

const csv = (rows: (string | number)[][]) =>
  rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';

/** An HSDS package of `SERVICES` invented services, one place each, with phones, two opening windows and a need or two. */
function inventedPackage(random: SeededRandom): { name: string; text: string }[] {
  const pick = <T>(list: readonly T[]) => list[random.int(0, list.length - 1)]!;
  const organizations: (string | number)[][] = [['id', 'name', 'description']];
  const services: (string | number)[][] = [
    ['id', 'organization_id', 'name', 'description', ...ATTRIBUTES, 'capacity', 'capacity_confirmed_on'],
  ];
  const needs: (string | number)[][] = [['service_id', 'need']];
  const locations: (string | number)[][] = [['id', 'organization_id', 'transportation', 'cross_streets']];
  const addresses: (string | number)[][] = [['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code']];
  const places: (string | number)[][] = [['id', 'service_id', 'location_id']];
  const phones: (string | number)[][] = [['id', 'service_at_location_id', 'number']];
  const schedules: (string | number)[][] = [['id', 'service_at_location_id', 'freq', 'byday', 'opens_at', 'closes_at']];
  for (let o = 0; o < SERVICES / 5; o += 1)
    organizations.push([`org-${o}`, `${pick(WORDS)} ${pick(WORDS)} Partners ${o} (fictional)`, 'Invented for the benchmark.']);
  for (let s = 0; s < SERVICES; s += 1) {
    const org = `org-${random.int(0, SERVICES / 5 - 1)}`;
    const day = String(random.int(1, 28)).padStart(2, '0');
    services.push([
      `svc-${s}`,
      org,
      `${pick(WORDS)} ${pick(KINDS)} ${s} (fictional)`,
      `${pick(WORDS)} and ${pick(WORDS).toLowerCase()} help; ${random.chance(0.1) ? 'methadone and buprenorphine' : 'walk in or call'}.`,
      ...ATTRIBUTES.map(() => (random.chance(0.3) ? 'true' : 'false')),
      pick(CAPACITIES),
      `2026-0${random.int(1, 9)}-${day}`,
    ]);
    needs.push([`svc-${s}`, pick(NEEDS)]);
    locations.push([`loc-${s}`, org, `Route ${random.int(1, 99)} (fictional)`, 'Sample St. & Example Ave.']);
    addresses.push([`adr-${s}`, `loc-${s}`, `${random.int(1, 999)} Example St.`, 'Baltimore', 'MD', '21201']);
    places.push([`sal-${s}`, `svc-${s}`, `loc-${s}`]);
    phones.push([`ph-${s}`, `sal-${s}`, `410-555-01${String(random.int(0, 99)).padStart(2, '0')}`]);
    schedules.push(
      [`sch-${s}-a`, `sal-${s}`, 'WEEKLY', 'MO,TU,WE,TH,FR', '09:00', '12:00'],
      [`sch-${s}-b`, `sal-${s}`, 'WEEKLY', 'MO,WE', '13:00', '16:00'],
    );
  }
  return Object.entries({
    organizations,
    services,
    service_needs: needs,
    locations,
    addresses,
    service_at_locations: places,
    phones,
    schedules,
  }).map(([name, rows]) => ({ name: `${name}.csv`, text: csv(rows) }));
}

export interface DirectoryBench {
  services: number;
  import_ms: number;
  searches: number;
  search: Timing;
}

export async function measureDirectorySearch(log: (line: string) => void): Promise<DirectoryBench> {
  const dataDir = makeDataDir('bench-directory');
  const core = createLeadCore({ dataDir, scryptCost: FAST_SCRYPT });
  const ok = async (channel: string, input: unknown) => {
    const reply = await core.invoke(channel, input);
    if (!reply.ok) throw new Error(`bench: ${channel} was refused (${reply.error.code}: ${reply.error.message})`);
    return reply.value as never;
  };
  try {
    const issued: { recoveryKey: string; check: { groups: number[] } } = await ok('setup.create', {
      programName: 'Directory Bench (fictional)',
      displayName: 'Bench Admin',
      username: 'bench.admin',
      password: 'copper lantern wisdom tides',
    });
    await ok('recoveryKey.confirm', { groups: issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]) });
    const supervisor = { username: 'bench.supervisor', password: 'granite meadow tuesday river' };
    await ok('staff.create', {
      displayName: 'Bench Supervisor',
      username: supervisor.username,
      role: 'supervisor',
      temporaryPassword: 'temporary pass 1',
    });
    await ok('session.signIn', { username: supervisor.username, password: 'temporary pass 1' });
    await ok('account.changePassword', { currentPassword: 'temporary pass 1', newPassword: supervisor.password });
    await ok('account.completeWithRecoveryKey', { recoveryKey: issued.recoveryKey });

    const random = new SeededRandom(2_026);
    const files = inventedPackage(random);
    const started = performance.now();
    await ok('directory.import', { files, search: { text: '', need: null, attributes: [], capacity: null } });
    const import_ms = Math.round(performance.now() - started);
    log(`  imported ${SERVICES} services in ${import_ms} ms`);

    const samples: number[] = [];
    const search = async (input: DirectorySearch) => {
      const at = performance.now();
      await ok('directory.search', input);
      return performance.now() - at;
    };
    for (let round = 0; round < 5; round += 1) {
      for (const phrase of TYPED) {
        // A keystroke at a time, sometimes with a need or an attribute ticked first, as the page sends them.
        const need = random.chance(0.3) ? NEEDS[random.int(0, NEEDS.length - 1)]! : null;
        const attributes = random.chance(0.3) ? [ATTRIBUTES[random.int(0, ATTRIBUTES.length - 1)]!] : [];
        for (let length = 1; length <= phrase.length; length += 1) {
          const time = await search({ text: phrase.slice(0, length), need, attributes, capacity: null });
          if (round > 0) samples.push(time); // the first round warms the statements and the page cache
        }
      }
    }
    return { services: SERVICES, import_ms, searches: samples.length, search: summarize(samples) };
  } finally {
    core.close();
    removeDataDir(dataDir);
  }
}
