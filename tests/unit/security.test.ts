import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  appIndexUrl,
  CSP,
  hardenContents,
  hardenSession,
  isTrustedSender,
  isTrustedUrl,
  secureWebPreferences,
  withCsp,
} from '../../electron/security';

const indexPath = join('/opt', 'Duebell', 'dist', 'renderer', 'index.html');
const index = appIndexUrl(indexPath);

describe('CSP', () => {
  it('has every required directive and nothing that allows eval or remote scripts', () => {
    const directives = new Map(CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('replaces any CSP the response already had and keeps the other headers', () => {
    const out = withCsp({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] });
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [CSP] });
  });
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/x/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isTrustedUrl', () => {
  it('trusts the app index, with or without a hash or query', () => {
    expect(isTrustedUrl(index, index)).toBe(true);
    expect(isTrustedUrl(`${index}#/plan`, index)).toBe(true);
    expect(isTrustedUrl(`${index}?lang=en`, index)).toBe(true);
    expect(isTrustedUrl('app://duebell/index.html', index)).toBe(true);
  });

  it('refuses other files, remote pages and odd schemes', () => {
    const foreign = [
      appIndexUrl(join('/opt', 'Duebell', 'dist', 'renderer', 'other.html')),
      appIndexUrl(join('/etc', 'passwd')),
      'file://evil-host/opt/Duebell/dist/renderer/index.html',
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
      '',
    ];
    for (const url of foreign) expect(isTrustedUrl(url, index), url).toBe(false);
  });

  it('refuses everything when the app index itself is not a URL', () => {
    expect(isTrustedUrl(index, 'nonsense')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('needs a frame showing the app page', () => {
    expect(isTrustedSender({ url: index }, index)).toBe(true);
    expect(isTrustedSender({ url: 'https://example.com/' }, index)).toBe(false);
    expect(isTrustedSender(null, index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });
});

type HeadersCallback = (r: { responseHeaders?: Record<string, string[]> }) => void;

describe('hardenSession', () => {
  it('adds the CSP to responses and denies every permission', () => {
    let onHeaders: ((d: { responseHeaders?: Record<string, string[]> }, cb: HeadersCallback) => void) | undefined;
    let onRequest: ((wc: unknown, perm: string, cb: (granted: boolean) => void) => void) | undefined;
    let onCheck: (() => boolean) | undefined;
    let onDevice: (() => boolean) | undefined;
    const fake = {
      webRequest: { onHeadersReceived: (l: typeof onHeaders) => (onHeaders = l) },
      setPermissionRequestHandler: (h: typeof onRequest) => (onRequest = h),
      setPermissionCheckHandler: (h: typeof onCheck) => (onCheck = h),
      setDevicePermissionHandler: (h: typeof onDevice) => (onDevice = h),
    };
    hardenSession(fake as unknown as Session);

    let headers: Record<string, string[]> | undefined;
    onHeaders?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CSP]);

    const answers: boolean[] = [];
    for (const perm of ['media', 'notifications', 'geolocation', 'openExternal']) onRequest?.(null, perm, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(onCheck?.()).toBe(false);
    expect(onDevice?.()).toBe(false);
  });
});

describe('hardenContents', () => {
  const setup = () => {
    const contents = new EventEmitter() as EventEmitter & { openHandler?: () => { action: string } };
    Object.assign(contents, { setWindowOpenHandler: (h: () => { action: string }) => (contents.openHandler = h) });
    hardenContents(contents as unknown as WebContents, index);
    const fire = (name: string, url?: string) => {
      let prevented = false;
      contents.emit(name, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire };
  };

  it('blocks navigation and redirects away from the app, allows the app page itself', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', appIndexUrl('/etc/passwd'))).toBe(true);
    expect(fire('will-navigate', `${index}#/customers`)).toBe(false);
  });

  it('denies new windows and <webview>', () => {
    const { contents, fire } = setup();
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });
});
