import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api';
import type { Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/host/web/server';
import { openTestCore } from '../../support/core';
import { insertMessage } from '../../support/messages';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so tests control Host/Origin headers exactly (fetch would not let us). */
function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

let dir: string;
let core: Core;
let host: WebHost;
const api = (method: string, body: unknown, extra: Record<string, string> = {}) =>
  send(host.port, {
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-duebell-token': host.token, host: `127.0.0.1:${host.port}`, 'x-duebell-lang': 'en', ...extra },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duebell-web-'));
  core = await openTestCore(dir);
  const staticDir = join(dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Duebell</title>');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  host = await startWebHost({ core, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{32}$`));
  });

  it('refuses an API call without the token, or with a wrong one, with 401 before routing', async () => {
    const none = await send(host.port, { path: '/api/customers.list', headers: { host: `127.0.0.1:${host.port}` }, body: '{}' });
    expect(none.status).toBe(401);
    // One character off (never the same character: a token can end in any letter).
    const last = host.token.at(-1) === 'A' ? 'B' : 'A';
    const wrong = await api('customers.list', {}, { 'x-duebell-token': `${host.token.slice(0, -1)}${last}` });
    expect(wrong.status).toBe(401);
    // An unknown method without a token is still 401: nothing about routing leaks.
    const unknown = await send(host.port, { path: '/api/no.such.method', headers: { host: `127.0.0.1:${host.port}` }, body: '{}' });
    expect(unknown.status).toBe(401);
    const events = await send(host.port, { method: 'GET', path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } });
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host or Origin with 403, even with the token', async () => {
    expect((await api('customers.list', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('customers.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('customers.list', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
    const page = await send(host.port, { method: 'GET', path: '/', headers: { host: `rebind.example:${host.port}` } });
    expect(page.status).toBe(403);
  });

  it('refuses an oversized body (413) and invalid JSON (400) without touching the ledger', async () => {
    const big = await api('customers.add', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    const broken = await send(host.port, {
      path: '/api/customers.add',
      headers: { 'x-duebell-token': host.token, host: `127.0.0.1:${host.port}` },
      body: '{"name":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
    const list = JSON.parse((await api('customers.list', {})).body);
    expect(list.value.total).toBe(0);
  });

  it('answers invalid input and unknown methods as translated error results', async () => {
    const bad = JSON.parse((await api('customers.add', { name: 'A', mobile: '0571-88886666' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'mobile_landline' } });
    expect(bad.error.message).toMatch(/landline/);
    const zh = JSON.parse((await api('customers.add', { name: '' }, { 'x-duebell-lang': 'zh-CN' })).body);
    expect(zh.error.message).toContain('请填写名称');
    const hostile = JSON.parse((await api('customers.add', { name: 'A', __proto__: { admin: true }, extra: 1 })).body);
    expect(hostile.ok).toBe(true);
    expect(JSON.parse((await api('constructor', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(JSON.parse((await api('__proto__', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('serves every contract method through POST /api/<method>', async () => {
    const inputs: Record<string, unknown> = {
      'customers.get': { id: 1 },
      'customers.add': { name: '每个方法', mobile: '13800138000' },
      'customers.update': { id: 1, notes: 'x' },
      'invoices.add': { customerId: 1, reference: 'R1', dueDate: '2026-11-01', amountCents: 100 },
      'invoices.update': { id: 1, amountCents: 200 },
      'payments.add': { customerId: 1, amountCents: 50 },
      'settings.get': { key: 'timezone' },
      'settings.set': { key: 'business.phone', value: '0571-1' },
      'ledgers.open': { path: core.path },
      'ledgers.create': { name: 'second-shop' },
      'templates.get': { stage: 'reminder1', language: 'zh-CN' },
      'templates.save': { stage: 'reminder1', language: 'zh-CN', body: '{{customer.name}}' },
      'templates.reset': { stage: 'reminder1', language: 'zh-CN' },
      'templates.preview': { stage: 'reminder1', language: 'en' },
      'templates.check': { text: '再不还钱就把你拉进黑名单' },
      'queue.get': { id: 1 },
      'queue.cancel': { ids: [1] },
      'queue.approve': { ids: [1] },
      'queue.resolveUncertain': { id: 1, action: 'mark_sent' },
      'import.upload': { fileName: 'a.csv', dataBase64: Buffer.from('客户名称,到期日,金额\n甲,2026-11-01,1\n').toString('base64') },
      'import.preview': { path: fileURLToPath(new URL('../../../resources/samples/ledger-gbk.csv', import.meta.url)) },
      'import.undo': { importId: 1 },
    };
    // The reader's worker is the bundle the global set-up built; commit takes the preview's token.
    process.env.DUEBELL_IMPORT_WORKER = fileURLToPath(new URL('../../../dist/import-worker.js', import.meta.url));
    const order = ['customers.add', 'invoices.add', ...methodNames.filter((m) => !['customers.add', 'invoices.add', 'ledgers.create', 'demo.load'].includes(m)), 'ledgers.create', 'demo.load'];
    order.splice(order.indexOf('import.commit'), 1);
    order.splice(order.indexOf('import.preview') + 1, 0, 'import.commit');
    order.splice(order.indexOf('import.undo'), 1);
    order.splice(order.indexOf('import.commit') + 1, 0, 'import.undo');
    for (const m of order) {
      // No contract call creates a message yet (planning will): the queue methods get one directly.
      if (m === 'queue.get') insertMessage(core.database, { customerId: 1, to: '+8613800138000', state: 'uncertain' });
      const reply = await api(m, inputs[m] ?? {});
      if (m === 'import.preview') inputs['import.commit'] = { token: JSON.parse(reply.body).value?.token };
      expect(reply.status, m).toBe(200);
      expect(JSON.parse(reply.body), m).toMatchObject({ ok: true });
    }
  });

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const page = await send(host.port, { method: 'GET', path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    const traversal = await send(host.port, { method: 'GET', path: '/../secret.txt', headers: { host: `127.0.0.1:${host.port}` } });
    expect(traversal.body).not.toContain('do not serve');
    const encoded = await send(host.port, { method: 'GET', path: '/%2e%2e/secret.txt', headers: { host: `127.0.0.1:${host.port}` } });
    expect(encoded.body).not.toContain('do not serve');
  });

  it('pushes events over server-sent events to a client with the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, method: 'GET', path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } },
        (res) => {
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString('utf8');
            const m = /data: (.+)\n\n/.exec(buf);
            if (m) {
              resolve(m[1]!);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    await api('settings.set', { key: 'business.signature', value: '测试' });
    expect(JSON.parse(await received)).toEqual({ type: 'settings.changed', payload: { key: 'business.signature' } });
  });
});
