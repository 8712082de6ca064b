import { pathToFileURL } from 'node:url';
import type { OnHeadersReceivedListenerDetails, Session, WebContents, WebPreferences } from 'electron';

// Security lives in this one module (window options, CSP, navigation, permissions, trusted URLs).
// Electron objects are passed in, never required, so plain Node tests can import it.

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Reserved for a future custom protocol (app://duebell/…); the app is loaded from file:// today. */
const APP_SCHEME = 'app:';
const APP_HOST = 'duebell';

export const appIndexUrl = (indexPath: string): string => pathToFileURL(indexPath).href;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * True only for the app's own page: the file:// index (any hash or query, which a SPA uses) or
 * the app:// origin. Everything else — other files, http(s), data:, javascript: — is foreign.
 */
export function isTrustedUrl(url: string, appIndex: string): boolean {
  const u = parse(url);
  const index = parse(appIndex);
  if (!u || !index) return false;
  if (u.protocol === 'file:') return index.protocol === 'file:' && u.host === index.host && u.pathname === index.pathname;
  // Compared by parts: for a scheme Node doesn't know as standard, URL.origin is the string 'null'.
  return u.protocol === APP_SCHEME && u.host === APP_HOST;
}

/** The IPC sender check: the calling frame must exist and show the app's own page. */
export const isTrustedSender = (frame: { url: string } | null | undefined, appIndex: string): boolean =>
  !!frame && isTrustedUrl(frame.url, appIndex);

/** Response headers with our CSP, replacing any CSP already there (header names are case-insensitive). */
export function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CSP];
  return out;
}

/** CSP on every response of the app's session (it only ever loads the app), all permissions denied. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details: OnHeadersReceivedListenerDetails, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** No navigation away from the app, no new windows, no <webview>. */
export function hardenContents(contents: WebContents, appIndex: string): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedUrl(url, appIndex)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
