import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/app-assets';
import { isAppUrl, isLocalRequest } from '../../../electron/app-origin';
import { createAppResponder } from '../../../electron/app-response';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

const root = makeDataDir('app-response');
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>LEAD Desk</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export const x = 1;');
writeFileSync(join(root, 'outside.js'), 'not for the page');
afterAll(() => removeDataDir(root));

const respond = createAppResponder(rendererDir);
const get = (url: string, method = 'GET') => respond(new Request(url, { method }));

describe('app:// responses', () => {
  it('serve files with their type, the CSP and nosniff', async () => {
    const response = await get('app://lead/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export const x = 1;');
  });

  it('answer a client-side route with index.html', async () => {
    const response = await get('app://lead/participants/42');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>LEAD Desk</title>');
  });

  it('answer HEAD without a body', async () => {
    const response = await get('app://lead/', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuse writes', async () => {
    expect((await get('app://lead/', 'POST')).status).toBe(405);
  });

  it.each(['app://lead/..%2foutside.js', 'app://lead/assets/..%2f..%2foutside.js', 'app://other/', 'app://lead:1/'])(
    'keep the CSP on a 404 for %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );
});

describe('the app origin', () => {
  it.each([
    ['app://lead/', true],
    ['app://lead/settings?x=1#y', true],
    ['app://lead.evil/', false],
    ['app://user@lead/', false],
    ['app://lead:80/', false],
    ['https://lead/', false],
    ['not a url', false],
  ])('%s is the app: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('lets only local requests through', () => {
    expect(['app://lead/a.js', 'data:,x', 'blob:app://lead/1', 'devtools://devtools/x'].map(isLocalRequest)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['https://example.com/', 'ws://localhost/', 'file:///etc/passwd', 'app://x/', 'bad'].map(isLocalRequest)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
