import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCore, setUpDesk, withDatabase, type CoreUnderTest } from '../../support/core';
import { setUpTeam } from '../../support/intake';

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 'x' };
  for (let level = 1; level < depth; level += 1) node = { child: node };
  return node;
}

class Stamp {
  constructor(readonly at = 'noon') {}
}

describe('the router refuses input that is not plain, bounded JSON data', () => {
  let t: CoreUnderTest;
  let recoveryKey: string;
  const drafts = () => withDatabase(t, recoveryKey, (db) => db.prepare('SELECT COUNT(*) AS n FROM drafts').get() as { n: number });

  beforeAll(async () => {
    t = makeCore();
    recoveryKey = await setUpDesk(t);
    await setUpTeam(t);
  });
  afterAll(() => t.dispose());

  const save = (data: unknown) => t.core.invoke('drafts.save', { key: 'referral:new', data });

  it.each([
    ['nested 5,000 deep', () => nested(5000), /nested too deeply: at most 20 levels/],
    ['nested past the draft limit', () => nested(12), /nested too deeply: at most 10 levels/],
    ['holding a BigInt', () => ({ count: 10n }), /BigInt/],
    ['holding NaN', () => ({ count: Number.NaN }), /must be finite/],
    ['holding Infinity', () => ({ count: Number.POSITIVE_INFINITY }), /must be finite/],
    ['holding a function', () => ({ run: () => 1 }), /function is not data/],
    ['holding a symbol', () => ({ tag: Symbol('x') }), /symbol is not data/],
    ['holding a Date', () => ({ on: new Date(0) }), /date object is not plain data/],
    ['holding a Map', () => ({ seen: new Map([[1, 2]]) }), /Map or Set/],
    ['holding a class instance', () => ({ stamp: new Stamp() }), /object of a class/],
    ['with a __proto__ key', () => JSON.parse('{"__proto__": {"isAdmin": true}}'), /cannot be called "__proto__"/],
    ['with a constructor key', () => ({ constructor: { prototype: { isAdmin: true } } }), /cannot be called "constructor"/],
    ['with a getter', () => Object.defineProperty({}, 'note', { get: () => 'x', enumerable: true }), /not plain data/],
    // eslint-disable-next-line no-sparse-arrays -- the gap is the point
    ['with a gap in a list', () => ({ notes: [1, , 3] }), /gaps/],
    [
      'a proxy that throws',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
      /not plain data/,
    ],
    ['50 MB of text', () => ({ note: 'x'.repeat(50_000_000) }), /too large: at most 256 KiB/],
    ['over the draft size', () => ({ note: 'é'.repeat(60_000) }), /too large: at most 100 KiB/],
  ])('drafts.save %s: a structured INVALID_INPUT, nothing saved, nothing logged', async (_name, data, message) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const before = drafts().n;
    const reply = await save(data());
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect(drafts().n).toBe(before);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('names the field at fault', async () => {
    const reply = await save({ officer: { badge: 12n } });
    expect(reply).toMatchObject({ ok: false, error: { fields: { 'data.officer.badge': expect.stringMatching(/BigInt/) } } });
  });

  it('still saves a draft of ordinary form data, undefined fields left out as JSON leaves them', async () => {
    expect(
      await save({ name: 'Jordan Testcase', officer: { name: 'Officer Sample', badge: undefined }, offenses: ['cds_possession'] }),
    ).toEqual({
      ok: true,
      value: { done: true },
    });
    expect(await t.ok('drafts.get', { key: 'referral:new' })).toMatchObject({
      data: { name: 'Jordan Testcase', officer: { name: 'Officer Sample' } },
    });
  });

  it('refuses a non-string channel as unknown', async () => {
    expect(await t.core.invoke({ toString: () => 'drafts.save' } as never, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });
});
