import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYSLOTS_FILE } from '../../../electron/desk';
import { openDeskDatabases } from '../../../electron/db/desk-databases';
import type { Db } from '../../../electron/db/open-database';
import { generateProgram, type GeneratedProgram } from '../../../electron/synthetic/generate-program';
import { SeededRandom } from '../../../electron/synthetic/seeded-random';
import { KeyVault } from '../../../electron/vault/vault';
import { systemClock } from '../../../electron/clock';
import { FAST_SCRYPT } from '../../support/core';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

const END = new Date('2026-11-23T15:00:00Z');

describe('the synthetic team program', () => {
  let dir: string;
  let program: GeneratedProgram;
  let db: Db;
  const count = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  beforeAll(async () => {
    dir = makeDataDir('synthetic');
    program = await generateProgram({ dataDir: dir, size: 'team', seed: 7, endAt: END, scryptCost: FAST_SCRYPT });
    const vault = new KeyVault(join(dir, KEYSLOTS_FILE), systemClock, FAST_SCRYPT);
    const unlocked = vault.unlockWithRecoveryKey(program.recoveryKey);
    if (unlocked?.layout !== 'split') throw new Error('the recovery key did not open the program');
    db = openDeskDatabases(dir, vault.databases()!, unlocked.keys);
  }, 180_000);
  afterAll(() => {
    db.close();
    removeDataDir(dir);
  });

  it('is a team of three pairs with about sixty people on the caseload after a year', () => {
    expect(program.counts.pairs).toBe(3);
    expect(count('SELECT count(*) FROM pairs WHERE active = 1')).toBe(3);
    expect(count(`SELECT count(*) FROM participants WHERE stage <> 'exited'`)).toBe(program.counts.onCaseload);
    expect(program.counts.onCaseload).toBeGreaterThanOrEqual(45);
    expect(program.counts.onCaseload).toBeLessThanOrEqual(80);
    expect(
      count('SELECT max(c) FROM (SELECT count(*) AS c FROM participants WHERE stage <> ? GROUP BY pair_id)', 'exited'),
    ).toBeLessThanOrEqual(28);
    const days =
      (Date.parse(END.toISOString()) - Date.parse(db.prepare('SELECT min(created_at) FROM referrals').pluck().get() as string)) /
      86_400_000;
    expect(days).toBeGreaterThan(350);
  });

  it('holds every kind of record the app keeps, as its services write them', () => {
    expect(db.prepare('SELECT DISTINCT pathway FROM referrals ORDER BY 1').pluck().all()).toEqual(['arrest_diversion', 'social_contact']);
    for (const status of ['ineligible', 'not_approved', 'declined', 'enrolled']) {
      expect(count('SELECT count(*) FROM referrals WHERE status = ?', status), status).toBeGreaterThan(0);
    }
    const scopes = new Set(
      (db.prepare('SELECT data FROM consents').pluck().all() as string[]).flatMap((data) =>
        (JSON.parse(data) as { recipients: { scope: string }[] }).recipients.map((r) => r.scope),
      ),
    );
    expect([...scopes].sort()).toEqual(['clinical', 'progress', 'status']);
    for (const table of ['assessments', 'needs', 'service_referrals', 'outcomes', 'justice_events', 'stage_moves']) {
      expect(count(`SELECT count(*) FROM ${table}`), table).toBeGreaterThan(0);
    }
    expect(db.prepare('SELECT DISTINCT to_stage FROM stage_moves ORDER BY 1').pluck().all()).toEqual(
      expect.arrayContaining(['active', 'exited', 'inactive']),
    );
    // Every contact went through the router: one audit entry each, and its note in the search index.
    expect(count(`SELECT count(*) FROM records.audit_log WHERE action = 'contacts.log'`)).toBe(program.counts.contacts);
    expect(count('SELECT count(*) FROM contacts WHERE note IS NOT NULL')).toBe(program.counts.contactNotes);
    expect(count(`SELECT count(*) FROM contact_notes WHERE contact_notes MATCH 'shelter'`)).toBeGreaterThan(0);
  });

  it('follows service referrals through the lifecycle: handoffs, appointments, outcomes, each change an event', () => {
    const statuses = db.prepare('SELECT DISTINCT status FROM service_referrals ORDER BY 1').pluck().all();
    expect(statuses).toEqual(expect.arrayContaining(['accepted', 'closed', 'scheduled', 'sent']));
    expect(db.prepare(`SELECT DISTINCT outcome FROM service_referrals WHERE status = 'closed'`).pluck().all()).toEqual(
      expect.arrayContaining(['got_help', 'no_capacity']),
    );
    expect(count('SELECT count(*) FROM service_referrals WHERE handoff IS NULL')).toBe(0);
    expect(count('SELECT count(*) FROM service_referrals WHERE appointment_at IS NOT NULL')).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM service_referral_events WHERE source = 'provider_phone'`)).toBeGreaterThan(0);
    // One event for the referral's first status, and one more for each change audited.
    expect(count('SELECT count(*) FROM service_referral_events')).toBe(
      count('SELECT count(*) FROM service_referrals') + count(`SELECT count(*) FROM records.audit_log WHERE action = 'services.update'`),
    );
  });

  it('invents people: names from made-up parts, phones in the 555-01xx range', () => {
    const phones = (db.prepare('SELECT data FROM assessments').pluck().all() as string[])
      .map((data) => (JSON.parse(data) as { phone: string | null }).phone)
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/^410-555-01\d\d$/);
    for (const name of db.prepare('SELECT name FROM people').pluck().all() as string[]) {
      expect(name).toMatch(
        /^[A-Z][a-z]+ (Ash|Birch|Cinder|Dusk|Ember|Fern|Gale|Hazel|Ivory|Juniper|Kestrel|Lark|Moss|Nettle|Oriel|Pewter|Quill|Rush|Sable|Thistle)[a-z]+$/,
      );
    }
  });
});

describe('the seeded random source', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays within the bounds asked for and weighs choices as told', () => {
    const random = new SeededRandom(1);
    const rolls = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(rolls)).toEqual(new Set([3, 4, 5]));
    const picks = Array.from({ length: 2000 }, () =>
      random.weighted([
        ['a', 3],
        ['b', 1],
      ] as const),
    );
    const share = picks.filter((pick) => pick === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });
});
