import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { translateError, type Lang } from '../../../shared/i18n/errors';
import type { Core } from '../../core/core';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './guards';
import { serveStatic } from './static';

export interface WebHostOptions {
  core: Core;
  staticDir: string;
  port?: number;
  /** Fixed only in tests; normally a fresh random token per run. */
  token?: string;
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;
/** Methods that legitimately carry more: a spreadsheet upload (100 MB of file as base64 + JSON). */
const METHOD_MAX_BODY: Record<string, number> = { 'import.upload': 150 * 1024 * 1024 };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

const langOf = (req: IncomingMessage): Lang | undefined => {
  const h = req.headers['x-duebell-lang'];
  return h === 'en' || h === 'zh-CN' ? h : undefined;
};

function errorBody(code: string, lang: Lang) {
  return { ok: false, error: { code, message: translateError(code, lang) } };
}

/**
 * Reads the body up to `limit`. An oversized body is drained (not buffered) so the client gets a
 * clean 413 instead of a reset connection; a flood far beyond the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (size > limit * 16) req.destroy();
    });
    req.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('close', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Server-sent events: progress and push events, for as long as the page is open. */
function streamEvents(core: Core, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...SECURITY_HEADERS });
  res.write(': connected\n\n');
  const off = core.onEvent((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
  const beat = setInterval(() => res.write(': beat\n\n'), 15_000);
  req.on('close', () => {
    off();
    clearInterval(beat);
  });
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const lang = langOf(req) ?? opts.core.settings().language;
    if (!hostAllowed(req, port) || !originAllowed(req, port)) return sendJson(res, 403, errorBody('forbidden_origin', lang));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, errorBody('usage', lang));
      return serveStatic(opts.staticDir, url.pathname, res);
    }
    // The token is checked before any routing: an unauthenticated caller learns nothing.
    const given = url.pathname === '/api/events' ? url.searchParams.get('token') ?? undefined : req.headers['x-duebell-token'];
    if (!tokenMatches(typeof given === 'string' ? given : undefined, token)) {
      return sendJson(res, 401, errorBody('unauthorized', lang));
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(opts.core, req, res);
    if (req.method !== 'POST') return sendJson(res, 405, errorBody('usage', lang));
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const body = await readBody(req, Object.hasOwn(METHOD_MAX_BODY, method) ? Math.max(limit, METHOD_MAX_BODY[method]!) : limit);
    if (body === 'too_large') return sendJson(res, 413, errorBody('body_too_large', lang));
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, errorBody('invalid_json', lang));
      }
    }
    const result = await opts.core.call(method, input, lang);
    sendJson(res, 200, result);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(err) } });
      else res.end();
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
