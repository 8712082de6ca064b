import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, DuebellApi } from '../../shared/api';

// Bundles the preload exactly as scripts/build.mjs does (CJS, everything but 'electron' inlined)
// and runs it with a fake `electron`. The fake `require` refuses any other module, which is what a
// sandboxed preload faces in Electron.

interface Recorded {
  exposed: Record<string, unknown>;
  invoked: unknown[][];
  listeners: Map<string, Set<(...args: unknown[]) => void>>;
  required: string[];
}

async function loadPreload(): Promise<Recorded> {
  const out = await build({
    entryPoints: ['electron/preload.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const rec: Recorded = { exposed: {}, invoked: [], listeners: new Map(), required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        rec.exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        rec.invoked.push(args);
        return { ok: true, value: { host: 'electron' } };
      },
      on: (channel: string, l: (...args: unknown[]) => void) => {
        if (!rec.listeners.has(channel)) rec.listeners.set(channel, new Set());
        rec.listeners.get(channel)?.add(l);
      },
      removeListener: (channel: string, l: (...args: unknown[]) => void) => {
        rec.listeners.get(channel)?.delete(l);
      },
    },
  };
  const fakeRequire = (name: string) => {
    rec.required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(fakeRequire, module, module.exports);
  return rec;
}

describe('preload', () => {
  let rec: Recorded;
  let api: DuebellApi;
  beforeAll(async () => {
    rec = await loadPreload();
    api = rec.exposed.duebell as DuebellApi;
  });

  it('requires nothing but electron', () => {
    expect(new Set(rec.required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly window.duebell with exactly call and on', () => {
    expect(Object.keys(rec.exposed)).toEqual(['duebell']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.on).toBe('function');
  });

  it('never sends a method outside the contract', async () => {
    const loose = api.call as (m: unknown, i: unknown) => Promise<unknown>;
    for (const m of ['nope', 'constructor', '__proto__', 42, undefined]) {
      expect(await loose(m, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(rec.invoked).toEqual([]);
  });

  it('sends a contract call on duebell:call with (method, input)', async () => {
    const r = await api.call('settings.get', { key: 'language' });
    expect(r).toEqual({ ok: true, value: { host: 'electron' } });
    expect(rec.invoked).toEqual([['duebell:call', 'settings.get', { key: 'language' }]]);
  });

  it('delivers only the app event to listeners and unsubscribes', () => {
    const got: unknown[][] = [];
    const off = api.on((...args: unknown[]) => got.push(args));
    const channel = rec.listeners.get('duebell:event');
    expect(channel?.size).toBe(1);
    const event: AppEvent = { type: 'ledger.switched', payload: { path: '/x.db' } };
    for (const l of channel ?? []) l({ sender: 'the IpcRendererEvent' }, event);
    expect(got).toEqual([[event]]);
    off();
    expect(channel?.size).toBe(0);
  });
});
