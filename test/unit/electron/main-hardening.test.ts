import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/app-assets';
import { bootMain, type BootedMain } from './boot-main';

let booted: BootedMain;
beforeEach(async () => {
  booted = await bootMain();
});
afterEach(() => booted.dispose());

describe('app start-up', () => {
  it('sandboxes every renderer', () => {
    expect(booted.fake.app.sandboxEnabled).toBe(true);
  });

  it('registers app:// as a standard, secure scheme with fetch support before ready', () => {
    expect(booted.fake.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer with the Content-Security-Policy and nosniff', async () => {
    const response = await booted.fake.protocol.fetch('app://lead/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>LEAD Desk</title>');
  });

  it.each([
    'app://lead/..%2fsecret.txt',
    'app://lead/..%2f..%2fsecret.txt',
    'app://lead/%2e%2e/secret.txt',
    'app://lead/assets/..%2f..%2f..%2fsecret.txt',
    'app://lead/missing.js',
    'app://elsewhere/',
    'app://lead.evil/',
  ])('answers 404 for %s', async (url) => {
    const response = await booted.fake.protocol.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });
});

describe('every web contents', () => {
  it('may navigate within the app origin only', () => {
    const contents = booted.window().webContents;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const inside = booted.fake.navigationEvent('app://lead/settings');
      const outside = booted.fake.navigationEvent('https://example.com/');
      const lookalike = booted.fake.navigationEvent('app://lead.evil/');
      const file = booted.fake.navigationEvent('file:///etc/passwd');
      contents.emit(name, inside);
      contents.emit(name, outside);
      contents.emit(name, lookalike);
      contents.emit(name, file);
      expect([name, inside.defaultPrevented]).toEqual([name, false]);
      expect([name, outside.defaultPrevented, lookalike.defaultPrevented, file.defaultPrevented]).toEqual([name, true, true, true]);
    }
  });

  it('cannot open windows, even on the app origin', () => {
    const contents = booted.window().webContents;
    expect(contents.windowOpen('https://example.com/')).toBe('deny');
    expect(contents.windowOpen('app://lead/')).toBe('deny');
  });

  it('cannot attach a <webview>', () => {
    const event = new booted.fake.FakeEvent();
    booted.window().webContents.emit('will-attach-webview', event, {}, { src: 'app://lead/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the session', () => {
  const ses = () => booted.fake.session.defaultSession;

  it('denies every permission request and check', async () => {
    const contents = booted.window().webContents;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(await ses().requestPermission(contents, permission)).toBe(false);
      expect(ses().checkPermission(contents, permission, 'app://lead')).toBe(false);
    }
    expect(ses().checkDevicePermission('usb', 'app://lead')).toBe(false);
  });

  it('sends no request off the machine', async () => {
    expect(await ses().request('app://lead/assets/app.js')).toBe('sent');
    expect(await ses().request('data:image/png;base64,AA==')).toBe('sent');
    expect(await ses().request('https://example.com/')).toBe('cancelled');
    expect(await ses().request('http://localhost:8080/')).toBe('cancelled');
    expect(await ses().request('file:///etc/passwd')).toBe('cancelled');
    expect(await ses().request('app://elsewhere/')).toBe('cancelled');
  });

  it('saves no downloads', () => {
    expect(ses().download()).toBe(false);
  });

  it('never trusts a bad certificate', () => {
    const event = new booted.fake.FakeEvent();
    const answers: boolean[] = [];
    booted.fake.app.emit(
      'certificate-error',
      event,
      booted.window().webContents,
      'https://example.com/',
      'net::ERR_CERT_INVALID',
      {},
      (trusted: boolean) => answers.push(trusted),
      true,
    );
    expect(event.defaultPrevented).toBe(true);
    expect(answers).toEqual([false]);
  });
});
